"""Marks and endnotes linked both ways in a printed page (printing/endnote_links.py)."""

import pytest

from treatywatch.printing.endnote_links import with_back_links

MARK = '<a href="#fn-{0}" aria-label="Source {0}">[{0}]</a>'
NOTE = '<li id="fn-{0}" value="{0}">Source {0}.</li>'
BACK = ' <a class="back-link" href="#cite-{0}" aria-label="Back to the first mark of note {0}">back to text</a>'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # The first mark of a note gets the id the note links back to.
        (
            MARK.format(1) + NOTE.format(1),
            '<a id="cite-1" href="#fn-1" aria-label="Source 1">[1]</a>'
            + '<li id="fn-1" value="1">Source 1.'
            + BACK.format(1)
            + "</li>",
        ),
        # A second mark of the same note is left as it is.
        (
            MARK.format(2) + MARK.format(2),
            '<a id="cite-2" href="#fn-2" aria-label="Source 2">[2]</a>' + MARK.format(2),
        ),
        # A note no mark cites has nothing to go back to.
        (NOTE.format(3), NOTE.format(3)),
        # A note that already links back (the site's own back-links) is left as it is.
        (
            '<a href="#fn-4" id="ref-4">[4]</a><li id="fn-4">Source.<a href="#ref-4">back</a></li>',
            '<a href="#fn-4" id="ref-4">[4]</a><li id="fn-4">Source.<a href="#ref-4">back</a></li>',
        ),
    ],
)
def test_marks_and_notes_are_linked_both_ways_once(html, expected):
    assert with_back_links(html) == expected
