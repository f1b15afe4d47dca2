"""Device settings: the rules (rules.py, no Qt) and the dialog (dialog.py)."""
