"""Printing: the preview, the print actions, paper and the workstation's printer defaults."""
