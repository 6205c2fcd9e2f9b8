"""Styles for an SVG drawn inside a PDF.

WeasyPrint draws an inline SVG apart from the page: the page's stylesheets do not reach its
classes, so a chart styled by class needs its rules inside the drawing itself.
"""

from django.utils.safestring import SafeString, mark_safe

from treatywatch.printing.pdf import static_file


def with_stylesheet(svg: str, static_path: str) -> SafeString:
    """`svg` (markup already escaped) with the static stylesheet `static_path` inside it."""
    found = static_file(static_path)
    if found is None:
        raise LookupError(f"{static_path}: no such static file")
    opening_end = svg.index(">") + 1
    style = f"<style>{found.read_text(encoding='utf-8')}</style>"
    return mark_safe(svg[:opening_end] + style + svg[opening_end:])
