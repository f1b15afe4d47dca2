"""The reports workspace: preview, save, print and export the branch reports."""
