"""The static build: every public address rendered through the site itself and written as
a file, with the static assets, so that any web server can serve the whole site.

The build is made in a folder beside OUTDIR and moved into place at the end: a failed bake
leaves the previous build untouched. OUTDIR is only ever replaced when it is empty or holds
an earlier build (marked by MARKER), never a folder of someone's other files."""

import os
import shutil
import tempfile
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.test import Client
from django.test.utils import override_settings
from django.urls import resolve, reverse

from treatywatch.site.publishing.addresses import file_paths, page_paths
from treatywatch.site.publishing.static_paths import file_for

MARKER = ".treatywatch-bake"
PDF_ROUTE = "site:country-pdf"


class BakeRefused(Exception):
    """OUTDIR or the base address is unusable; nothing was written."""


class BakeFailure(Exception):
    """An address did not render; the previous build, if any, is left as it was."""


@dataclass(frozen=True)
class BakeReport:
    pages: int  # addresses rendered (pages, downloads, feeds, ...)
    static_files: int
    seconds: float
    left_out: tuple[str, ...] = ()  # the PDF profiles a sample left out


def bake(
    outdir: Path,
    base_url: str,
    paths: list[str] | None = None,
    pdf_sample: Collection[str] | None = None,
) -> BakeReport:
    """Render `paths` (default: every public address) into `outdir`. `pdf_sample`: the
    states (ISO3) whose PDF profiles to render, the others being left out; None: all."""
    started = time.perf_counter()
    check_outdir(outdir)
    scheme, host = _origin(base_url)
    paths, left_out = _sampled(paths if paths is not None else all_paths(), pdf_sample)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_folder(outdir)
    try:
        rendered = _render_all(staging, scheme, host, paths)
        copied = copy_static_files(staging / settings.STATIC_URL.strip("/"))
        (staging / MARKER).write_text(f"baked for {base_url}\n", encoding="utf-8")
        _replace(outdir, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BakeReport(rendered, copied, time.perf_counter() - started, left_out)


def all_paths() -> list[str]:
    return [*page_paths(), *file_paths()]


def _sampled(
    paths: list[str], pdf_sample: Collection[str] | None
) -> tuple[list[str], tuple[str, ...]]:
    # A PDF takes a second or so to render, the rest of a profile milliseconds: a trial
    # build (and the tests) may render a few states' PDFs rather than every state's.
    if pdf_sample is None:
        return paths, ()
    kept = {reverse(PDF_ROUTE, args=[iso3.lower()]) for iso3 in pdf_sample}
    left_out = tuple(p for p in paths if p not in kept and resolve(p).view_name == PDF_ROUTE)
    return [p for p in paths if p not in left_out], left_out


def check_outdir(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise BakeRefused(f"{outdir} is a file: give a folder for the site")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / MARKER).exists():
        raise BakeRefused(
            f"{outdir} is not empty and holds no earlier build: give a new or empty folder"
        )


def _staging_folder(outdir: Path) -> Path:
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.baking-", dir=outdir.parent))
    # mkdtemp makes a private folder; the build must be readable like any folder the user makes.
    mask = os.umask(0)
    os.umask(mask)
    staging.chmod(0o777 & ~mask)
    return staging


def _origin(base_url: str) -> tuple[str, str]:
    parts = urlsplit(base_url)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or parts.path not in ("", "/")
        or parts.query
    ):
        raise BakeRefused(
            f"'{base_url}' is not a site's address: give scheme and host only, e.g. https://treatywatch.example.org"
        )
    return parts.scheme, parts.netloc


def _render_all(staging: Path, scheme: str, host: str, paths: list[str]) -> int:
    # Feeds and the sitemap need absolute addresses: render as the site's own host.
    with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, host.split(":")[0]]):
        client = Client(HTTP_HOST=host)
        for path in paths:
            _write(staging / file_for(path), _render(client, path, secure=scheme == "https"))
    return len(paths)


def _render(client: Client, path: str, secure: bool) -> bytes:
    try:
        response = client.get(path, secure=secure)
    except Exception as error:
        raise BakeFailure(f"{path}: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise BakeFailure(f"{path}: answered {response.status_code}, not 200")
    return b"".join(response) if response.streaming else response.content


def _write(file: Path, content: bytes) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(content)


def copy_static_files(target: Path) -> int:
    """Copy every file the static finders know, the first found winning, as collectstatic does."""
    copied = set()
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            prefixed = Path(getattr(storage, "prefix", None) or "") / path
            if prefixed not in copied:
                copied.add(prefixed)
                _write(target / prefixed, Path(storage.path(path)).read_bytes())
    return len(copied)


def _replace(outdir: Path, staging: Path) -> None:
    check_outdir(outdir)
    if outdir.exists():
        shutil.rmtree(outdir)
    staging.rename(outdir)
