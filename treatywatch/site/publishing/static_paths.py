"""Where a page of the site lives in a static build: the file a plain web server serves for
an address. `/countries/` is countries/index.html; `/api/v1/docs`, which has no extension,
is api/v1/docs/index.html (servers redirect the bare folder to it); a file stays a file."""

from pathlib import PurePosixPath
from urllib.parse import unquote


def file_for(path: str) -> PurePosixPath:
    relative = PurePosixPath(unquote(path).lstrip("/"))
    if path.endswith("/") or not relative.suffix:
        return relative / "index.html"
    return relative


def address_of(file: PurePosixPath) -> str:
    """The root-relative address a baked file is served at (the reverse of file_for)."""
    if file.name == "index.html":
        folder = str(file.parent)
        return "/" if folder == "." else f"/{folder}/"
    return f"/{file}"
