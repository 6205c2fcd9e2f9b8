import pytest

from treatywatch.profiles.facts import Citation
from treatywatch.profiles.footnotes import Footnote, Footnotes, citation_text, newest_publication


def test_sources_are_numbered_in_order_of_first_citation(cite):
    notes = Footnotes()
    assert notes.cite([cite("b")]) == (1,)
    assert notes.cite([cite("a"), cite("b")]) == (2, 1)
    assert [(note.number, note.citation.id) for note in notes.notes] == [(1, "b"), (2, "a")]


def test_a_source_cited_twice_in_one_place_gets_one_marker(cite):
    assert Footnotes().cite([cite("a"), cite("a"), None]) == (1,)


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        (
            Citation(
                "hrw",
                "New US landmine policy",
                publisher="Human Rights Watch",
                published="2004-02-27",
                url="https://www.hrw.org/x",
            ),
            "Human Rights Watch, “New US landmine policy”, 27 February 2004, https://www.hrw.org/x.",
        ),
        (
            Citation(
                "star",
                "US will not join",
                author="Reuters",
                publisher="The Star (Malaysia)",
                published="2009-11-25",
            ),
            "Reuters, “US will not join”, The Star (Malaysia), 25 November 2009.",
        ),
        (
            Citation("lm", "Landmine Monitor Report 1999", publisher="ICBL"),
            "ICBL, “Landmine Monitor Report 1999”, n.d.",
        ),
        (
            Citation(
                "gao", "GAO-02-1003", author="US General Accounting Office", published="2002-09"
            ),
            "US General Accounting Office, “GAO-02-1003”, September 2002.",
        ),
        (
            Citation("odd", "Odd", publisher="P", published="2001", url="javascript:alert(1)"),
            "P, “Odd”, 2001.",
        ),
    ],
    ids=[
        "publisher-date-url",
        "author-and-publisher",
        "no-date",
        "month-only",
        "not-a-web-address",
    ],
)
def test_a_citation_in_full(citation, expected):
    assert citation_text(citation) == expected


def test_a_footnote_links_only_web_addresses(cite):
    notes = Footnotes()
    notes.cite([cite("a", url="https://example.org/a"), cite("b", url="ftp://example.org/b")])
    assert [note.url for note in notes.notes] == ["https://example.org/a", ""]


def test_a_citation_closes_with_one_full_stop(cite):
    notes = Footnotes()
    notes.cite(
        [cite("undated", publisher="P"), cite("linked", publisher="P", url="https://example.org/")]
    )
    undated, linked = notes.notes
    assert (undated.text, undated.ending) == ("P, “Title of undated”, n.d.", "")
    assert (linked.text, linked.url, linked.ending) == (
        "P, “Title of linked”, n.d.",
        "https://example.org/",
        ".",
    )


@pytest.mark.parametrize(
    "published, newest",
    [
        ((), ""),
        (("", ""), ""),
        (("2014", "2014-09-23"), "2014"),
        (("2009-12", "2014-09-23", "2010"), "2014-09-23"),
    ],
)
def test_the_newest_publication_is_the_latest_dated_source(cite, published, newest):
    notes = [Footnote(n, cite(f"s{n}", published=p)) for n, p in enumerate(published, 1)]
    assert newest_publication(notes) == newest
