"""Links both ways between footnote marks and the endnotes of a printed page.

The site's marks (site/templatetags/footnote_marks.py) link to their note, `#fn-N`; a
reader of a PDF also needs the way back. The first mark of each note gets an id, and each
note that cites one and has no internal link of its own gets a link back to it. Marks or
notes that already carry such ids and links are left as they are.
"""

import re

_MARK = re.compile(r'<a href="#fn-(\d+)"([^>]*)>')
_NOTE = re.compile(r'(<li id="fn-(\d+)"[^>]*>)(.*?)(</li>)', re.DOTALL)


def with_back_links(html: str) -> str:
    marked: set[str] = set()
    html = _MARK.sub(lambda match: _mark(match, marked), html)
    return _NOTE.sub(lambda match: _note(match, marked), html)


def _mark(match: re.Match, marked: set[str]) -> str:
    number, rest = match[1], match[2]
    if number in marked or " id=" in rest:
        return match[0]
    marked.add(number)
    return f'<a id="cite-{number}" href="#fn-{number}"{rest}>'


def _note(match: re.Match, marked: set[str]) -> str:
    opening, number, body, closing = match.groups()
    if number not in marked or 'href="#' in body:
        return match[0]
    back = f' <a class="back-link" href="#cite-{number}" aria-label="Back to the first mark of note {number}">back to text</a>'
    return f"{opening}{body}{back}{closing}"
