"""Laboratory result files (CSV with a centre's mapping, HL7 v2 ORU^R01): read, preview, then save as one act."""
