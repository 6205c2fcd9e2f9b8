"""`{{ line.notes|footnote_marks }}`: the superscript links to a line's footnotes, [1][4];
`{{ line|cited }}`: a line's text with its marks, each of its sentences (or clauses) followed
by its own.

Written here rather than as an included template: a profile cites thousands of sources at
a large record, and an include per line cost more than the rest of the line."""

from django import template
from django.utils.html import format_html_join

register = template.Library()

_MARK = '<sup class="fn"><a href="#fn-{0}" aria-label="Source {0}">[{0}]</a></sup>'


@register.filter
def footnote_marks(numbers) -> str:
    """The marks of these footnote numbers, in order ("" for none)."""
    return format_html_join("", _MARK, ((int(number),) for number in numbers or ()))


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
