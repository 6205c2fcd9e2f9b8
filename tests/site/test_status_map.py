from datetime import date

from treatywatch.profiles.facts import Citation
from treatywatch.site.pages.state_summary import StateSummary
from treatywatch.site.pages.status_map import legend, status_map
from treatywatch.treaties import MBT, Status

SOURCE = Citation("states", "States")
STATES = [
    StateSummary("USA", "840", "United States", "Americas", SOURCE),
    StateSummary("TUV", "798", "Tuvalu", "Oceania", SOURCE),
]


def test_the_legend_lists_the_statuses_present_in_adherence_order_with_counts():
    statuses = {
        "A": Status.NOT_SIGNED,
        "B": Status.PARTY_IN_FORCE,
        "C": Status.NOT_SIGNED,
        "D": Status.WITHDRAWN,
    }
    assert [(e.key, e.count) for e in legend(statuses)] == [
        ("party_in_force", 1),
        ("withdrawn", 1),
        ("not_signed", 2),
    ]


def test_the_map_colours_each_state_by_its_status_and_describes_the_counts():
    drawn = status_map(
        MBT, STATES, {"USA": Status.NOT_SIGNED, "TUV": Status.PARTY_IN_FORCE}, date(2014, 9, 23)
    )
    assert "<title>United States: Not signed</title>" in drawn.svg
    assert '<circle class="dot fill-party_in_force"' in drawn.svg
    assert "Mine Ban Treaty: where every state stands on 23 September 2014" in drawn.svg
    assert (
        "1 State Party, 0 signatories not party, 0 states withdrawn and 1 state not signed"
        in drawn.svg
    )
    assert drawn.not_drawn == ()


def test_each_state_on_the_map_links_to_its_profile_keeping_the_date():
    drawn = status_map(
        MBT,
        STATES,
        {"USA": Status.NOT_SIGNED, "TUV": Status.PARTY_IN_FORCE},
        date(2014, 9, 23),
        "?as_of=2014-09-23",
    )
    assert (
        '<a href="/countries/usa/?as_of=2014-09-23" aria-label="United States: Not signed">'
        in drawn.svg
    )
