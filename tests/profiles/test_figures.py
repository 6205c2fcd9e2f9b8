from datetime import date

import pytest

from treatywatch.profiles.figures import (
    figures_known_by,
    item_heading,
    item_tables,
    measure_title,
    measure_words,
    quantity_words,
    totals,
)

# The US stockpile by mine type in 2002 (GAO-02-1003, Appendix I).
US_2002 = {
    "ADAM (Artillery Delivered Antipersonnel Mine)": 8366076,
    "M14": 696800,
    "M16": 465330,
    "Claymore": 403096,
    "Gator": 281822,
    "Volcano/M87": 134200,
    "GEMSS (Ground Emplaced Mine Scattering System)": 32900,
    "PDM (Pursuit Deterrent Munition)": 15100,
    "MOPMS (Modular Pack Mine System)": 8824,
}


def test_the_us_stockpile_by_type_in_2002_totals_10_404_148(figure):
    rows = [figure("2002", quantity, item) for item, quantity in US_2002.items()]
    [table] = item_tables(rows)
    assert (table.as_of, len(table.rows), table.total, table.approximate) == (
        "2002",
        9,
        10_404_148,
        False,
    )
    assert quantity_words(table.total, table.approximate) == "10,404,148"


def test_item_rows_run_largest_first(figure):
    [table] = item_tables([figure("2002", 5, "small"), figure("2002", 9, "large")])
    assert [row.item for row in table.rows] == ["large", "small"]


def test_two_sources_counting_the_same_date_are_not_added_together(figure, cite):
    rows = [
        figure("2002", 10, "M14", source=cite("a")),
        figure("2002", 20, "M14", source=cite("b")),
    ]
    assert sorted(table.total for table in item_tables(rows)) == [10, 20]


def test_an_estimated_item_makes_the_total_approximate(figure):
    [table] = item_tables([figure("2002", 10, "M14"), figure("2002", 20, "M16", approximate=True)])
    assert quantity_words(table.total, table.approximate) == "about 30"


def test_totals_are_the_figures_without_an_item(figure):
    whole, item = figure("2014", 3_000_000, approximate=True), figure("2002", 10, "M14")
    assert totals([whole, item]) == [whole]


def test_a_figure_counts_from_the_end_of_the_period_it_refers_to(figure):
    year, day = figure("2014", 3_000_000), figure("2014-09-23", 3_000_000)
    assert figures_known_by([year, day], date(2014, 9, 23)) == [day]
    assert figures_known_by([year, day], date(2014, 12, 31)) == [year, day]


@pytest.mark.parametrize(
    ("quantity", "approximate", "expected"),
    [(3_000_000, True, "about 3,000,000"), (10_404_148, False, "10,404,148"), (0, False, "0")],
)
def test_a_quantity_in_words(quantity, approximate, expected):
    assert quantity_words(quantity, approximate) == expected


def test_a_measure_is_named_for_tables_and_sentences():
    assert (
        measure_title("apm_stockpile"),
        item_heading("apm_stockpile"),
        measure_words("apm_stockpile"),
    ) == (
        "Stockpile of antipersonnel mines",
        "Mine type",
        "antipersonnel mines stockpiled",
    )
    assert (measure_title("ccm_stockpile"), item_heading("ccm_stockpile")) == (
        "Ccm stockpile",
        "Item",
    )
