"""First start at a branch: the set-up wizard (wizard.py) and what it saves (setup.py)."""
