from dataclasses import replace
from datetime import date

from treatywatch.charts.parties_chart import Series
from treatywatch.site.pages.party_series import chart_series, party_steps, year_end_rows
from treatywatch.treaties import CCM, MBT, Participation, TreatyRecord

SMALL_MBT = replace(MBT, entry_into_force_threshold=1)
RECORD = TreatyRecord(
    SMALL_MBT,
    [
        Participation(
            "AAA",
            signed=date(1997, 12, 3),
            consented=date(1997, 12, 5),
            consent_type="ratification",
        ),
        Participation(
            "BBB",
            consented=date(1999, 2, 15),
            consent_type="accession",
            withdrawal_notified=date(2001, 1, 10),
        ),
    ],
    states=["AAA", "BBB", "CCC"],
)


def test_steps_start_at_zero_on_the_opening_day_and_change_only_when_the_parties_do():
    assert party_steps(RECORD, date(2002, 1, 1)) == (
        (date(1997, 12, 3), 0),
        (date(1997, 12, 5), 1),
        (date(1999, 2, 15), 2),
        # Art. 20: a party until six months after the notice of 10 January 2001.
        (date(2001, 7, 10), 1),
    )


def test_steps_stop_at_the_last_day():
    assert party_steps(RECORD, date(1998, 1, 1)) == ((date(1997, 12, 3), 0), (date(1997, 12, 5), 1))


def test_a_treaty_not_yet_open_has_no_steps_and_no_line():
    assert party_steps(RECORD, date(1997, 12, 2)) == ()
    assert chart_series([RECORD, TreatyRecord(CCM, [])], date(2005, 1, 1))[0].key == "mbt"
    assert len(chart_series([RECORD, TreatyRecord(CCM, [])], date(2005, 1, 1))) == 1


def test_year_end_rows_give_each_treaty_on_31_december_and_on_the_last_day():
    early = Series("Early", "a", ((date(1997, 12, 3), 0), (date(1999, 2, 15), 2)))
    late = Series("Late", "b", ((date(1999, 6, 1), 5),))
    rows = year_end_rows([early, late], date(2000, 3, 1))
    assert [(row.day.isoformat(), row.parties) for row in rows] == [
        ("1997-12-31", (0, None)),
        ("1998-12-31", (0, None)),
        ("1999-12-31", (2, 5)),
        ("2000-03-01", (2, 5)),
    ]


def test_no_series_gives_no_rows():
    assert year_end_rows([], date(2000, 1, 1)) == []


def test_year_end_rows_stop_at_the_last_change_then_give_the_last_day():
    line = Series("Early", "a", ((date(1997, 12, 3), 0), (date(1999, 2, 15), 2)))
    rows = year_end_rows([line], date(9999, 12, 31))
    assert [(row.day.isoformat(), row.parties) for row in rows] == [
        ("1997-12-31", (0,)),
        ("1998-12-31", (0,)),
        ("1999-12-31", (2,)),
        ("9999-12-31", (2,)),
    ]
