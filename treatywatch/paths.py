"""Where TreatyWatch keeps its files by default."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_DATASET_DIR = PACKAGE_DIR.parent / "data"


def data_home() -> Path:
    """The per-user folder for the default SQLite database (XDG base directory spec)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "treatywatch"


def default_database_url() -> str:
    return f"sqlite:///{data_home() / 'treatywatch.sqlite3'}"
