"""The checklist engine: a pure function of protocol, patient facts and date."""
