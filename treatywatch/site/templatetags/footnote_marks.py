"""`{{ line.notes|footnote_marks }}`: the superscript links to a line's footnotes, [1][4];
`{{ line|cited }}`: a line's text with its marks, each of its sentences (or clauses) followed
by its own.

Written here rather than as an included template: a profile cites thousands of sources at
a large record, and an include per line cost more than the rest of the line."""

from django import template
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import mark_safe

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
    parts = getattr(line, "parts", ())
    if not parts:
        return _cited(line)
    gap = " " if hasattr(line, "date") else ""
    return mark_safe(gap.join(_cited(part) for part in parts))


def _cited(line) -> str:
    return conditional_escape(line.text) + footnote_marks(line.notes)
