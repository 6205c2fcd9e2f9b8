"""`{{ line.notes|footnote_marks }}`: the superscript links to a line's footnotes, [1][4].

Written here rather than as an included template: a profile cites thousands of sources at
a large record, and an include per line cost more than the rest of the line."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

_MARK = '<sup class="fn"><a href="#fn-{0}" aria-label="Source {0}">[{0}]</a></sup>'
# The first mark of a footnote is where its back-link returns (profiles/footnotes.py, Cited).
_FIRST_MARK = (
    '<sup class="fn" id="fnref-{0}"><a href="#fn-{0}" aria-label="Source {0}">[{0}]</a></sup>'
)


@register.filter
def footnote_marks(numbers) -> str:
    """The marks of these footnote numbers, in order ("" for none)."""
    first = numbers.take_first() if hasattr(numbers, "take_first") else frozenset()
    return format_html_join(
        "",
        "{}",
        ((format_html(_FIRST_MARK if n in first else _MARK, int(n)),) for n in numbers or ()),
    )
