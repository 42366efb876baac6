"""Who is at the keyboard: sign-in, lock, emergency access, the session."""
