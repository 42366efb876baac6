"""The `bedside` command line: parsing (entry.py) and one module per group of sub-commands."""
