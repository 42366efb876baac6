"""Menu actions that are not printing: backups, exports, patient files, stays, checks of the file."""
