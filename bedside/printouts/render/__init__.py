"""Printed sheets drawn with reportlab from the data the printouts package gathered."""
