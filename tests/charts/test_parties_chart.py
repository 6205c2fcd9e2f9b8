import re
from datetime import date

from treatywatch.charts.parties_chart import Series, parties_chart

MBT = Series(
    "Mine Ban Treaty",
    "mbt",
    ((date(1997, 12, 3), 0), (date(1997, 12, 5), 2), (date(1999, 3, 1), 40)),
)
CCM = Series(
    "Convention on Cluster Munitions", "ccm", ((date(2008, 12, 3), 0), (date(2010, 8, 1), 30))
)


def chart(series, last=date(2012, 1, 1), **names):
    words = {
        "title": "States Parties",
        "description": "Two step lines.",
        "id_prefix": "chart",
        **names,
    }
    return parties_chart(series, last, **words)


def test_two_treaties_match_the_snapshot(svg_snapshot):
    svg_snapshot("parties_chart_two_treaties", chart([MBT, CCM]))


def test_one_treaty_up_to_a_date_matches_the_snapshot(svg_snapshot):
    svg_snapshot("parties_chart_mbt_2000", chart([MBT], last=date(2000, 6, 30)))


def test_the_chart_is_an_image_named_by_its_title_and_description():
    svg = chart([MBT], title="Parties <2000>", description="A & B", id_prefix="p")
    assert 'role="img" aria-labelledby="p-title p-desc"' in svg
    assert '<title id="p-title">Parties &lt;2000&gt;</title>' in svg
    assert '<desc id="p-desc">A &amp; B</desc>' in svg


def test_series_names_are_escaped():
    svg = chart([Series('<script>"x"</script>', "x", ((date(2000, 1, 1), 1),))])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg


def test_a_count_holds_until_the_next_change_and_the_line_runs_to_the_last_day():
    svg = chart([MBT])
    path = re.search(r'class="line line-mbt" d="([^"]+)"', svg).group(1)
    # Move to the first day at 0 (the baseline, y=288), then alternate horizontal and vertical moves, ending at the right edge.
    assert re.fullmatch(r"M[\d.]+ 288(H[\d.]+V[\d.]+){2}H592", path), path


def test_the_last_count_of_each_line_is_written_at_its_end():
    svg = chart([MBT, CCM])
    assert re.search(r'class="end-label end-label-mbt"[^>]*>40<', svg)
    assert re.search(r'class="end-label end-label-ccm"[^>]*>30<', svg)


def test_end_labels_that_would_overlap_are_pushed_apart():
    close = Series("Other", "other", ((date(2008, 12, 3), 39),))
    svg = chart([MBT, close])
    ys = [float(y) for y in re.findall(r'class="end-label[^"]*" x="[\d.]+" y="([\d.]+)"', svg)]
    assert ys[1] - ys[0] >= 16


def test_a_series_that_starts_after_the_last_day_is_left_out():
    svg = chart([MBT, CCM], last=date(2005, 1, 1))
    assert "line-ccm" not in svg
    assert "Convention on Cluster Munitions" not in svg


def test_the_output_is_the_same_every_time():
    assert chart([MBT, CCM]) == chart([MBT, CCM])
