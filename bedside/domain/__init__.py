"""Domain types: what a patient record holds, in the ward's words."""
