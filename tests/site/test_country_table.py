import pytest

from treatywatch.site.pages.country_table import (
    CountryQuery,
    CountryRow,
    InvalidFilter,
    header_sort,
    matching_rows,
    parse_query,
    sorted_rows,
)
from treatywatch.treaties import Status

REGIONS = ("Africa", "Americas", "Europe")
ROWS = [
    CountryRow("AGO", "Angola", "Africa", {"mbt": Status.PARTY_IN_FORCE, "ccm": Status.SIGNED}),
    CountryRow(
        "USA", "United States", "Americas", {"mbt": Status.NOT_SIGNED, "ccm": Status.NOT_SIGNED}
    ),
    CountryRow("EST", "Estonia", "Europe", {"mbt": Status.WITHDRAWN, "ccm": Status.NOT_SIGNED}),
    CountryRow(
        "FIN", "Finland", "Europe", {"mbt": Status.WITHDRAWAL_PENDING, "ccm": Status.NOT_SIGNED}
    ),
    CountryRow(
        "AUT", "Austria", "Europe", {"mbt": Status.PARTY_IN_FORCE, "ccm": Status.PARTY_IN_FORCE}
    ),
]


def names(rows):
    return [row.name for row in rows]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["Angola", "Austria", "Estonia", "Finland", "United States"]),
        ({"region": "Europe"}, ["Austria", "Estonia", "Finland"]),
        ({"mbt": "not_signed"}, ["United States"]),
        ({"mbt": "parties"}, ["Angola", "Austria", "Finland"]),
        ({"mbt": "non_parties"}, ["Estonia", "United States"]),
        ({"region": "Europe", "ccm": "not_signed"}, ["Estonia", "Finland"]),
        ({"region": "Africa", "mbt": "withdrawn"}, []),
    ],
)
def test_filters_keep_the_states_that_pass_every_one(params, expected):
    assert names(matching_rows(ROWS, parse_query(params, REGIONS))) == expected


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("name", ["Angola", "Austria", "Estonia", "Finland", "United States"]),
        ("-name", ["United States", "Finland", "Estonia", "Austria", "Angola"]),
        ("region", ["Angola", "United States", "Austria", "Estonia", "Finland"]),
        ("-region", ["Austria", "Estonia", "Finland", "United States", "Angola"]),
        ("mbt", ["Angola", "Austria", "Finland", "Estonia", "United States"]),
        ("-mbt", ["United States", "Estonia", "Finland", "Angola", "Austria"]),
        ("ccm", ["Austria", "Angola", "Estonia", "Finland", "United States"]),
    ],
)
def test_sorting_breaks_ties_by_name_from_a_to_z(sort, expected):
    assert names(sorted_rows(ROWS, sort)) == expected


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"region": "Atlantis"}, "region"),
        ({"mbt": "bogus"}, "mbt"),
        ({"ccm": "Party"}, "ccm"),
        ({"sort": "size"}, "sort"),
    ],
)
def test_an_unknown_value_is_refused_with_a_message_naming_the_parameter(params, parameter):
    with pytest.raises(
        InvalidFilter, match=rf"^{parameter}: '{list(params.values())[0]}' is not .*; use one of: "
    ):
        parse_query(params, REGIONS)


def test_empty_values_mean_no_filter_and_the_default_sort():
    assert parse_query({"region": "", "mbt": " ", "sort": ""}, REGIONS) == CountryQuery()


@pytest.mark.parametrize(
    "current, column, expected",
    [
        ("name", "name", ("-name", "ascending")),
        ("-name", "name", ("name", "descending")),
        ("name", "mbt", ("mbt", "none")),
    ],
)
def test_a_header_link_reverses_the_current_sort_or_sorts_by_its_column(current, column, expected):
    assert header_sort(CountryQuery(sort=current), column) == expected


def test_links_keep_the_filters_and_the_date_and_leave_defaults_out():
    query = CountryQuery(region="Europe", mbt="parties")
    assert (
        query.link("2014-09-23", sort="-mbt")
        == "/countries/?region=Europe&mbt=parties&sort=-mbt&as_of=2014-09-23"
    )
    assert CountryQuery().link("", sort="name") == "/countries/"
