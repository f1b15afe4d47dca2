"""Sign-in, idle lock, staff accounts and security settings in the window program."""
