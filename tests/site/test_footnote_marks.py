from treatywatch.profiles.parts import Line, Paragraph
from treatywatch.site.templatetags.footnote_marks import cited, footnote_anchors, footnote_marks


def test_each_number_links_to_its_footnote_in_the_order_given():
    assert footnote_marks((4, 1)) == (
        '<sup class="fn"><a href="#fn-4" aria-label="Source 4">[4]</a></sup>'
        '<sup class="fn"><a href="#fn-1" aria-label="Source 1">[1]</a></sup>'
    )


def test_a_line_without_sources_has_no_marks():
    assert footnote_marks(()) == "" and footnote_marks(None) == ""


def _back(n: int) -> str:
    return f' <a class="fn-back" href="#fnref-{n}" aria-label="Back"></a>'


def _first(n: int) -> str:
    return (
        f'<sup class="fn" id="fnref-{n}"><a href="#fn-{n}" aria-label="Source {n}">[{n}]</a></sup>'
    )


def test_a_back_link_returns_to_the_first_mark_of_its_footnote_in_the_page_as_shown():
    page = f"<p>A{_mark(2)}{_mark(1)} B{_mark(1)}</p><ol><li>one{_back(1)}</li><li>two{_back(2)}</li></ol>"
    assert footnote_anchors(page) == (
        f"<p>A{_first(2)}{_first(1)} B{_mark(1)}</p><ol><li>one{_back(1)}</li><li>two{_back(2)}</li></ol>"
    )


def test_a_note_no_mark_cites_loses_its_back_link_rather_than_point_nowhere():
    page = f"<p>A{_mark(1)}</p><ol><li>one{_back(1)}</li><li>two{_back(2)}</li></ol>"
    assert (
        footnote_anchors(page) == f"<p>A{_first(1)}</p><ol><li>one{_back(1)}</li><li>two</li></ol>"
    )


def _mark(n: int) -> str:
    return f'<sup class="fn"><a href="#fn-{n}" aria-label="Source {n}">[{n}]</a></sup>'


def test_a_line_of_several_sentences_cites_each_after_its_own_words():
    line = Line("A. <B>.", (1, 2), parts=(Line("A.", (1,)), Line("<B>.", (2,))))
    assert cited(line) == f"A.{_mark(1)} &lt;B&gt;.{_mark(2)}"


def test_a_paragraph_s_clauses_carry_their_own_spacing_and_marks():
    paragraph = Paragraph((Line("Voted in favour", (3,)), Line(", having abstained.", (4,))))
    assert cited(paragraph) == f"Voted in favour{_mark(3)}, having abstained.{_mark(4)}"
