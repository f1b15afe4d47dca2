"""One module per kind of record, each exposing KIND (see transfer/kind.py)."""
