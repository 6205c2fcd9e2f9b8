"""Where attachments are kept: a private folder outside anything the site serves.

Files get random names (nothing a submitter typed reaches a path), mode 0o600 and folders
0o700: readable by the server's own user only, and never executable.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from treatywatch.paths import PACKAGE_DIR, data_home

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_dir() -> Path:
    """settings.TREATYWATCH_PRIVATE_DIR, or `private/` in the data home; never a served folder."""
    configured = getattr(settings, "TREATYWATCH_PRIVATE_DIR", None)
    folder = Path(configured or data_home() / "private").resolve()
    for served in _served_folders():
        if folder == served or served in folder.parents:
            raise ImproperlyConfigured(
                f"TREATYWATCH_PRIVATE_DIR ({folder}) is inside {served}, which the site serves; "
                "choose a folder outside it, e.g. ~/.local/share/treatywatch/private"
            )
    return folder


def _served_folders() -> list[Path]:
    # The package holds the app static folders WhiteNoise serves straight from source.
    folders = [
        getattr(settings, "STATIC_ROOT", None),
        getattr(settings, "MEDIA_ROOT", None),
        PACKAGE_DIR,
    ]
    folders += [
        entry[1] if isinstance(entry, tuple) else entry
        for entry in getattr(settings, "STATICFILES_DIRS", [])
    ]
    return [Path(folder).resolve() for folder in folders if folder]


def folder(name: str) -> Path:
    """A sub-folder of the private folder; both are made 0700 whatever the umask (mkdir's
    mode covers only the last folder it makes, and is narrowed by the umask)."""
    root = private_dir()
    for path in (root, root / name):
        path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        os.chmod(path, FOLDER_MODE)
    return root / name


def attachments_dir() -> Path:
    return folder("attachments")


def new_stored_name() -> str:
    # Random and extension-less: no server or shell will treat it as something to run.
    return secrets.token_hex(16)


def write_private(path: Path, chunks) -> int:
    """Write `chunks` (bytes) to a new file at `path` with mode 0o600; return the size."""
    # O_EXCL: never follow or overwrite something already there.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.fchmod(descriptor, FILE_MODE)  # the umask may only have narrowed it; be exact
    size = 0
    with os.fdopen(descriptor, "wb") as handle:
        for chunk in chunks:
            size += handle.write(chunk)
    return size


def save_upload(upload, target: Path) -> str:
    """Copy an uploaded file into `target` under a new random name; return the name."""
    name = new_stored_name()
    upload.seek(0)
    write_private(target / name, upload.chunks())
    return name


def attachment_path(stored_name: str) -> Path:
    if not stored_name or Path(stored_name).name != stored_name or stored_name.startswith("."):
        raise ValueError(f"not a stored attachment name: {stored_name!r}")
    return attachments_dir() / stored_name


def delete_attachment(stored_name: str) -> None:
    attachment_path(stored_name).unlink(missing_ok=True)
