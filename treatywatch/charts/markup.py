"""Writing SVG elements with every attribute and text escaped.

`Svg` is the one way out of this package: markup whose text was escaped here. It tells
template engines so through the `__html__` protocol (Django, Jinja and MarkupSafe all
honour it), so a page can embed a chart without switching autoescaping off.
"""

from collections.abc import Mapping
from html import escape

__all__ = ["Svg", "element", "number", "styled", "text"]

Attribute = str | int | float | None


class Svg(str):
    """SVG markup built by this package: all text in it is escaped already."""

    def __html__(self) -> str:
        return str(self)


def text(value: object) -> str:
    """Character data for an element, escaped."""
    return escape(str(value), quote=False)


def number(value: float) -> str:
    """A coordinate with at most one decimal, without trailing zeros: 12, 12.5, -3."""
    rounded = round(float(value), 1)
    written = f"{rounded:.1f}".rstrip("0").rstrip(".")
    return "0" if written == "-0" else written


def element(name: str, attributes: Mapping[str, Attribute], *children: str) -> str:
    """`<name a="v">children</name>`; children are markup (escape text with `text`)."""
    opening = name + "".join(_attribute(key, value) for key, value in attributes.items())
    if not children:
        return f"<{opening}/>"
    return f"<{opening}>{''.join(children)}</{name}>"


def styled(svg: Svg, css: str) -> Svg:
    """`svg` carrying `css` in a <style> of its own: for a renderer that draws an inline SVG
    apart from the page, out of reach of the page's stylesheets (WeasyPrint)."""
    opening_end = svg.index(">") + 1
    return Svg(svg[:opening_end] + element("style", {}, text(css)) + svg[opening_end:])


def _attribute(name: str, value: Attribute) -> str:
    if value is None:
        return ""
    written = number(value) if isinstance(value, float) else str(value)
    return f' {name}="{escape(written, quote=True)}"'
