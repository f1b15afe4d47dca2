"""BranchDesk: consumer-protection desk for bank branches."""

__version__ = "0.1.0"
APP_NAME = "BranchDesk"
