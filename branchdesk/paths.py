"""Where BranchDesk keeps its files: --data-dir, then BRANCHDESK_DATA_DIR, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "BranchDesk"
DB_FILENAME = "branchdesk.sqlite"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get("BRANCHDESK_DATA_DIR"):
        path = Path(os.environ["BRANCHDESK_DATA_DIR"])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(data: Path | None = None) -> Path:
    if data is not None and (os.environ.get("BRANCHDESK_DATA_DIR") or data.name != APP_DIR_NAME):
        # An explicit data folder keeps its logs beside it, so a test or trial leaves no trace elsewhere.
        path = data / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a PyInstaller bundle."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources"


def i18n_dir() -> Path:
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "i18n"
