"""The site's static files as a PDF reads them: from the static finders, on disk."""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders


def static_file(path: str) -> Path | None:
    """The file the static finders hold for a root-relative address, if any."""
    if not path.startswith(settings.STATIC_URL):
        return None
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    return Path(found) if found else None
