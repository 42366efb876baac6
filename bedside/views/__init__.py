"""What a screen shows, as plain data computed in the core: the board, a day, a patient's header."""
