"""An undated text's date: its dateline or a letter's date, not a date its prose tells of."""

from datetime import date

import pytest

from treatywatch.claims.docdate import found_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Geneva, 25 June 2025 – Tonga today deposited its instrument.", date(2025, 6, 25)),
        ("GENEVA (1 March 2006) - On the seventh anniversary", date(2006, 3, 1)),
        ("Friday, July 11, 2025\nThe President welcomed", date(2025, 7, 11)),
        ("The CCM was adopted in Dublin on 30 May 2008. It has 108 signatories.", None),
        ("On 3 August 2023, South Sudan acceded to the Convention.", None),
    ],
)
def test_the_date_found_is_a_datelines_not_one_the_prose_tells_of(text, expected):
    assert found_date(text) == expected
