from treatywatch.profiles.footnotes import Cited
from treatywatch.site.templatetags.footnote_marks import footnote_marks


def test_each_number_links_to_its_footnote_in_the_order_given():
    assert footnote_marks((4, 1)) == (
        '<sup class="fn"><a href="#fn-4" aria-label="Source 4">[4]</a></sup>'
        '<sup class="fn"><a href="#fn-1" aria-label="Source 1">[1]</a></sup>'
    )


def test_a_line_without_sources_has_no_marks():
    assert footnote_marks(()) == "" and footnote_marks(None) == ""


def test_a_footnote_first_cited_here_marks_the_place_its_back_link_returns_to_once():
    cited = Cited((4, 1), first=frozenset({1}))
    assert footnote_marks(cited) == (
        '<sup class="fn"><a href="#fn-4" aria-label="Source 4">[4]</a></sup>'
        '<sup class="fn" id="fnref-1"><a href="#fn-1" aria-label="Source 1">[1]</a></sup>'
    )
    # The same line shown again on the page carries no second id.
    assert 'id="fnref-1"' not in footnote_marks(cited)
