"""Where a source may point: the publisher's own address, never a proxy or a spam host.

A mirror or an archive is a fine place to have read a copy, but it belongs in
`retrieved_from`; as the main `url` it only earns a warning, since the publisher's own
address is sometimes gone.
"""

from collections.abc import Iterator
from urllib.parse import urlsplit

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset
from treatywatch.dataset.schema import SOURCES

# Hosts that wrap or resell other sites' pages: never a source, not even as the copy read.
DENIED_HOSTS = frozenset(
    {
        "hqproductreviews.com",
        "africa-press.net",
        "wikimili.com",
        "findatwiki.com",
        "encycloreader.org",
        "liquisearch.com",
        "absoluteastronomy.com",
        "calendarz.com",
        "thisday.fyi",
    }
)
# Hosts that keep copies of other publishers' documents. A repository's own home page on
# github.com is its publisher's address; a file inside someone's repository is a copy.
MIRROR_HOSTS = frozenset(
    {
        "raw.githubusercontent.com",
        "web.archive.org",
        "archive.org",
        "archive.ph",
        "archive.today",
        "docslib.org",
        "reliefweb.int",
    }
)


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _on(host: str, hosts: frozenset[str]) -> bool:
    return host in hosts or any(host.endswith("." + listed) for listed in hosts)


def check_source_hosts(dataset: Dataset) -> Iterator[Problem]:
    for row in dataset[SOURCES.name]:
        for field in ("url", "retrieved_from"):
            if row[field] and _on(host_of(row[field]), DENIED_HOSTS):
                yield row.problem(
                    field,
                    f"{host_of(row[field])} serves other sites' pages (a proxy or spam host): "
                    "cite the publisher's own address",
                )


def is_mirror(url: str) -> bool:
    host = host_of(url)
    if host == "github.com":
        return any(part in urlsplit(url).path for part in ("/blob/", "/raw/", "/tree/"))
    return _on(host, MIRROR_HOSTS)


def mirror_warnings(dataset: Dataset) -> Iterator[Problem]:
    """Sources whose main url is a mirror or an archive: worth replacing, not refused."""
    for row in dataset[SOURCES.name]:
        if row["url"] and is_mirror(row["url"]):
            yield row.problem(
                "url",
                f"{host_of(row['url'])} keeps copies: put the publisher's own address in url "
                "and this one in retrieved_from",
            )
