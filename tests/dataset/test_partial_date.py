from datetime import date

import pytest

from treatywatch.dataset import PartialDate


@pytest.mark.parametrize(
    "text, first, last, precision",
    [
        ("1991", date(1991, 1, 1), date(1991, 12, 31), "year"),
        ("1998-05", date(1998, 5, 1), date(1998, 5, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2014-09-23", date(2014, 9, 23), date(2014, 9, 23), "day"),
    ],
)
def test_a_partial_date_spans_the_period_it_names(text, first, last, precision):
    parsed = PartialDate.parse(text)
    assert (parsed.first_day, parsed.last_day, parsed.precision, str(parsed)) == (
        first,
        last,
        precision,
        text,
    )


@pytest.mark.parametrize(
    "text, message",
    [
        ("23/09/2014", "is not a date"),
        ("2014-9-23", "is not a date"),
        ("2014-13", "has no month 13"),
        ("2023-02-30", "is not a real day \\(day is out of range for month\\)"),
        ("", "is not a date"),
    ],
)
def test_a_malformed_partial_date_is_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_partial_dates_sort_by_first_day_then_by_the_shorter_span():
    texts = ["2002-05", "2002", "1991", "2002-05-01", "2002-01"]
    assert [str(d) for d in sorted(PartialDate.parse(t) for t in texts)] == [
        "1991",
        "2002-01",
        "2002",
        "2002-05-01",
        "2002-05",
    ]
