"""The bedside-patient/1 file: read, validate and write it (docs/patient-format.md)."""
