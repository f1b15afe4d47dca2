"""Sync in the window: the background controller (status bar) and the Sync workspace."""
