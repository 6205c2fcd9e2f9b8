import pytest
from django.template import Context, Template

from treatywatch.charts.markup import Svg, element, number, styled, text


def test_text_escapes_markup_characters():
    assert (
        text('<script>alert("x")</script> & co')
        == '&lt;script&gt;alert("x")&lt;/script&gt; &amp; co'
    )


def test_attribute_values_are_escaped_quotes_included():
    assert element("title", {"id": 'a"b<c'}, text("x")) == '<title id="a&quot;b&lt;c">x</title>'


def test_an_element_without_children_closes_itself():
    assert element("line", {"x1": 1, "y1": 2.25}) == '<line x1="1" y1="2.2"/>'


def test_an_attribute_given_none_is_left_out():
    assert element("circle", {"r": 3, "class": None}) == '<circle r="3"/>'


@pytest.mark.parametrize(
    "value, written",
    [
        (12, "12"),
        (12.0, "12"),
        (12.5, "12.5"),
        (12.04, "12"),
        (12.06, "12.1"),
        (-3.0, "-3"),
        (-0.04, "0"),
        (0.5, "0.5"),
    ],
)
def test_numbers_are_written_with_at_most_one_decimal(value, written):
    assert number(value) == written


def test_svg_passes_django_autoescaping_unchanged():
    svg = Svg(element("svg", {"class": "chart"}, element("title", {}, text("A & B"))))
    rendered = Template("{{ svg }}|{{ plain }}").render(Context({"svg": svg, "plain": "<b>"}))
    assert rendered == '<svg class="chart"><title>A &amp; B</title></svg>|&lt;b&gt;'


def test_a_styled_drawing_carries_its_css_escaped_inside_its_root_element():
    drawing = styled(Svg('<svg class="chart"><line/></svg>'), ".a > .b { fill: red }")
    assert drawing == '<svg class="chart"><style>.a &gt; .b { fill: red }</style><line/></svg>'
    assert isinstance(drawing, Svg)
