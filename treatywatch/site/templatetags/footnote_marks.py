"""`{{ line.notes|footnote_marks }}`: the superscript links to a line's footnotes, [1][4];
`{{ line|cited }}`: a line's text with its marks, each of its sentences (or clauses) followed
by its own; `{% filter footnote_anchors %}...{% endfilter %}`: each footnote's back-link
returns to its first mark in the page as rendered.

Written here rather than as an included template: a profile cites thousands of sources at
a large record, and an include per line cost more than the rest of the line."""

import re

from django import template
from django.utils.html import format_html_join

register = template.Library()

_MARK = '<sup class="fn"><a href="#fn-{0}" aria-label="Source {0}">[{0}]</a></sup>'
_MARK_OPENING = re.compile(r'<sup class="fn"><a href="#fn-(\d+)"')
_BACK_LINK = re.compile(r' <a class="fn-back" href="#fnref-(\d+)"[^>]*></a>')


@register.filter
def footnote_marks(numbers) -> str:
    """The marks of these footnote numbers, in order ("" for none)."""
    return format_html_join("", _MARK, ((int(number),) for number in numbers or ()))


@register.filter(is_safe=True)
def footnote_anchors(html: str) -> str:
    """The page with its first mark of each footnote as the place the footnote's back-link
    returns to. Decided on the page as rendered, not where a source was first numbered: a
    line may be numbered and shown later, shown twice, or folded into a paragraph. A note
    no mark cites (none should be) loses its back-link rather than point nowhere."""
    first: set[str] = set()
    html = _MARK_OPENING.sub(lambda mark: _first_mark(mark, first), str(html))
    # is_safe: the page given is safe (rendered by the template), and ids and links of
    # numbers added to it keep it so.
    return _BACK_LINK.sub(lambda back: back[0] if back[1] in first else "", html)


def _first_mark(mark: re.Match, first: set[str]) -> str:
    if mark[1] in first:
        return mark[0]
    first.add(mark[1])
    return f'<sup class="fn" id="fnref-{mark[1]}"><a href="#fn-{mark[1]}"'


@register.filter
def cited(line) -> str:
    """A Line (or a Paragraph) as text with marks: with `parts`, each part's own marks;
    parts that are sentences of one line are separated by a space, a paragraph's clauses
    carry their own spacing."""
    parts = getattr(line, "parts", ()) or (line,)
    gap = " " if hasattr(line, "date") else ""
    return format_html_join(
        gap, "{}{}", ((part.text, footnote_marks(part.notes)) for part in parts)
    )
