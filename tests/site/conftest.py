"""What the site's page tests read from a rendered page."""

import re
from html.parser import HTMLParser

import pytest

BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "tr", "caption", "section", "ol", "ul", "table"}


class Page(HTMLParser):
    """What the tests read from a page: its text by block, ids, links, headings, attributes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.chunks, self.ids, self.hrefs, self.headings, self.tags = [], set(), [], [], []
        self.feed(html)
        self.text = re.sub(
            r"[ \t]*\n\s*", "\n", re.sub(r"[ \t]+", " ", "".join(self.chunks))
        ).strip()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        attributes = dict(attrs)
        self.ids.add(attributes.get("id"))
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in BLOCKS:
            self.chunks.append("\n")
        elif tag in ("th", "td"):
            self.chunks.append(" ")

    def handle_data(self, data):
        self.chunks.append(data)

    def section(self, start: str, end: str) -> str:
        """The text from the heading `start` up to the heading `end`."""
        return self.text[self.text.index(f"\n{start}\n") : self.text.index(f"\n{end}\n")]


@pytest.fixture
def page(client):
    def get(address: str) -> Page:
        response = client.get(address)
        assert response.status_code == 200, response.content[:300]
        return Page(response.content.decode())

    return get
