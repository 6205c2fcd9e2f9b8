from treatywatch.site.templatetags.footnote_marks import footnote_marks


def test_each_number_links_to_its_footnote_in_the_order_given():
    assert footnote_marks((4, 1)) == (
        '<sup class="fn"><a href="#fn-4" aria-label="Source 4">[4]</a></sup>'
        '<sup class="fn"><a href="#fn-1" aria-label="Source 1">[1]</a></sup>'
    )


def test_a_line_without_sources_has_no_marks():
    assert footnote_marks(()) == "" and footnote_marks(None) == ""
