"""Checking a static build: every internal link and asset of every baked HTML page must
resolve to a baked file, and a link to #fragment to an element with that id. Links to other
sites are not followed, nor links under the prefixes given as live-only (forms the static
build cannot serve), nor links to the addresses a bake left out on purpose (PDFs outside a
sample); a query (?as_of=) is ignored, as a static server ignores it."""

from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from treatywatch.site.publishing.static_paths import address_of, file_for

_LINK_ATTRIBUTES = ("href", "src", "action")


@dataclass(frozen=True)
class BrokenLink:
    page: str  # the address of the page holding the link
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link}: {self.reason}"


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in _LINK_ATTRIBUTES and value is not None:
                self.links.append(value)
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value or "")


def broken_links(
    outdir: Path, live_only: tuple[str, ...] = (), left_out: Collection[str] = ()
) -> list[BrokenLink]:
    """Every link in the baked HTML that does not resolve, page by page."""
    pages = {_address(outdir, path): _parse(path) for path in sorted(outdir.rglob("*.html"))}
    left_out = frozenset(left_out)
    problems = []
    for address, page in pages.items():
        problems += [
            problem
            for link in page.links
            if urlsplit(urljoin(address, link)).path not in left_out
            and (problem := _check(outdir, pages, address, link, live_only))
        ]
    return problems


def _address(outdir: Path, path: Path) -> str:
    return address_of(PurePosixPath(path.relative_to(outdir).as_posix()))


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _check(
    outdir: Path, pages: dict, address: str, link: str, live_only: tuple[str, ...]
) -> BrokenLink | None:
    target = urlsplit(urljoin(address, link))
    if target.scheme or target.netloc or target.path.startswith(live_only):
        return None
    if not (outdir / file_for(target.path)).is_file():
        return BrokenLink(address, link, f"no file {file_for(target.path)} in the build")
    page = pages.get(address_of(file_for(target.path)))
    if target.fragment and page is not None and target.fragment not in page.ids:
        return BrokenLink(address, link, f"no element with id '{target.fragment}' on {target.path}")
    return None
