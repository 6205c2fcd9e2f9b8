from dataclasses import replace

from treatywatch.profiles.casualties import casualty_lines
from treatywatch.profiles.footnotes import Footnotes


def test_one_line_a_year_and_sources_that_differ_are_both_shown_not_added(figure, cite):
    rows = [
        replace(figure("2014", 158, source=cite("lm-2017")), measure="casualties"),
        replace(figure("2014", 148, source=cite("lm-2016")), measure="casualties"),
        replace(figure("2016", 785, source=cite("lm-2017")), measure="casualties"),
        figure("2016", 1000),
    ]
    lines = casualty_lines(rows, Footnotes())
    assert [(line.date, line.text, line.notes) for line in lines] == [
        ("2014", "148 or 158 casualties recorded: the sources differ.", (1, 2)),
        ("2016", "785 casualties of mines and explosive remnants of war recorded.", (1,)),
    ]


def test_the_same_figure_from_two_sources_is_one_sentence_with_two_footnotes(figure, cite):
    rows = [
        replace(figure("2015", 706, source=cite(name)), measure="casualties") for name in ("a", "b")
    ]
    [line] = casualty_lines(rows, Footnotes())
    assert (line.text, line.notes) == (
        "706 casualties of mines and explosive remnants of war recorded.",
        (1, 2),
    )
