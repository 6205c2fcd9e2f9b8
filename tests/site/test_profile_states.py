"""The profiles issue #8 names, read as a researcher would: each fact once, no internal
notes, no red without a source, key developments that name the state's real latest steps.
Their prose (overview to timeline) is pinned by golden snapshots, reviewed as diffs."""

import os
import re
from pathlib import Path

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

NAMED = ("ukr", "pol", "fin", "rus", "ton", "afg", "usa")
# The day the snapshots describe: fixed, so they change only when the record or the
# prose does.
AS_OF = "2026-11-29"
SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE_SNAPSHOTS = os.environ.get("TREATYWATCH_UPDATE_SNAPSHOTS") == "1"
# How research notes read: how a source was read or found, which dataset a fact came from.
RESEARCH_NOTES = (
    "proxy",
    "exact day not given",
    "url slug",
    "described from",
    "stored copy",
    "dgrtwo",
    "per voeten",
    "per dtic",
    "contrast:",
    "recorded as",
    "(statement by",
    "left empty",
)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def profile(page):
    def get(iso3: str, as_of: str = AS_OF):
        return page(f"/countries/{iso3}/?as_of={as_of}")

    return get


def unmarked(text: str) -> str:
    """The text without its footnote marks."""
    return re.sub(r"\[\d+\]", "", text)


@pytest.mark.parametrize("iso3", NAMED)
def test_the_named_profiles_show_no_research_notes(profile, iso3):
    text = profile(iso3).text
    # The footnotes name sources and where a copy was read; the statements must not.
    text = text[: text.index("\nSources\n")].casefold()
    assert [note for note in RESEARCH_NOTES if note in text] == []


@pytest.mark.parametrize("iso3", NAMED)
def test_the_named_profiles_show_no_red_without_a_source(profile, iso3):
    red = re.findall(r'class="deadline deadline-missed"[^>]*>(.*?)</(?:li|td)>', profile(iso3).html)
    assert all('href="#fn-' in line for line in red)


def test_ukraine_s_missed_deadlines_are_red_with_their_sources(profile):
    red = re.findall(
        r'class="deadline deadline-missed"[^>]*>(.*?)</(?:li|td)>', profile("ukr").html
    )
    # The stockpile deadline (Art. 4), in its section and in the table of all deadlines.
    assert len(red) == 2 and all('href="#fn-' in line for line in red)


@pytest.mark.parametrize("iso3", NAMED)
def test_the_named_profiles_prose_matches_its_snapshot(profile, iso3):
    text = profile(iso3).text
    prose = text[text.index("\nOverview\n") : text.index("\nTimeline\n")] + "\n"
    path = SNAPSHOTS / f"prose-{iso3}-{AS_OF}.txt"
    if UPDATE_SNAPSHOTS:
        path.write_text(prose, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}: run with TREATYWATCH_UPDATE_SNAPSHOTS=1"
    assert prose == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; if the change is intended, rewrite it and review the diff"
    )


def test_the_united_states_last_use_export_and_production_are_each_said_once(profile):
    practice = unmarked(
        profile("usa").section("Use, transfer, production and stockpiling", "Treaty obligations")
    )
    assert practice.count("last used antipersonnel mines in the 1991 Gulf War") == 1
    assert practice.count("The United States last produced antipersonnel mines in 1997.") == 1
    assert "The United States has not exported antipersonnel mines since 1992." in practice


def test_the_united_states_two_sources_of_its_last_use_are_both_cited(profile):
    practice = profile("usa").section(
        "Use, transfer, production and stockpiling", "Treaty obligations"
    )
    assert re.search(r"mostly from airplanes\.\[\d+\]\[\d+\]", practice)


def test_the_united_states_cartagena_conference_is_one_item_of_its_meetings(profile):
    overview = profile("usa").section("Overview", "Mine ban policy")
    assert overview.count("1 December 2009:") == 1


def test_the_united_states_votes_are_told_by_its_voting_record_not_again_as_policy(profile):
    policy = profile("usa").section("Mine ban policy", "Use, transfer, production and stockpiling")
    assert "Resolution 64/56" not in policy and "Resolution 51/45 S" not in policy


def test_russia_s_voting_record_says_it_voted_against_after_years_of_abstaining(profile):
    overview = unmarked(profile("rus").section("Overview", "Mine ban policy"))
    assert (
        "Voted against Resolution 80/35 in December 2025, as in 2023, having abstained every "
        "year 1998–2022." in overview
    )


@pytest.mark.parametrize("iso3", ["pol", "fin"])
def test_states_that_announced_withdrawal_abstained_in_2025_after_voting_in_favour(profile, iso3):
    overview = unmarked(profile(iso3).section("Overview", "Mine ban policy"))
    assert (
        "Abstained on Resolution 80/35 in December 2025, having voted in favour every year "
        "1996–2023." in overview
    )


@pytest.mark.parametrize(
    ("iso3", "steps"),
    [
        (
            "ton",
            [
                "1 December 2025: The Mine Ban Treaty entered into force for Tonga.",
                "25 June 2025: Acceded to the Mine Ban Treaty.",
            ],
        ),
        (
            "pol",
            [
                "20 February 2026: Its withdrawal from the Mine Ban Treaty took effect.",
                "20 August 2025: Notified the depositary of its withdrawal from the Mine Ban Treaty.",
            ],
        ),
        (
            "fin",
            [
                "10 January 2026: Its withdrawal from the Mine Ban Treaty took effect.",
                "10 July 2025: Notified the depositary of its withdrawal from the Mine Ban Treaty.",
            ],
        ),
        ("ukr", ["29 June 2025: On 29 June 2025 President Zelenskyy signed a decree"]),
        ("afg", ["29 November 2024: Was granted by the Fifth Review Conference an extension"]),
        ("rus", ["2023: The Landmine Monitor 2023 reported extensive Russian use"]),
        (
            "usa",
            [
                "1 December 2025: Voted against Resolution 80/52",
                "20 November 2024: Biden administration announces it will provide",
            ],
        ),
    ],
    ids=["tonga", "poland", "finland", "ukraine", "afghanistan", "russia", "united-states"],
)
def test_key_developments_name_the_named_states_latest_steps(profile, iso3, steps):
    overview = unmarked(profile(iso3).section("Overview", "Mine ban policy"))
    key = overview.split("Key developments")[1]
    assert all(step in key for step in steps)


def test_finland_s_obligations_read_as_they_stood_while_it_was_a_party(profile):
    text = profile("fin").text
    assert (
        "Finland was a State Party until its withdrawal took effect on 10 January 2026: its "
        "obligations under the Mine Ban Treaty are shown as they stood while it was a party."
    ) in unmarked(text)


def test_poland_before_its_withdrawal_took_effect_has_no_while_party_line(profile):
    assert "while it was a party" not in profile("pol", "2026-02-19").text


def test_the_united_states_meetings_attended_are_listed_and_cartagena_said_once(profile):
    overview = unmarked(profile("usa").section("Overview", "Mine ban policy"))
    assert (
        "3 December 2012: Attended the Twelfth Meeting of States Parties of the Mine Ban "
        "Treaty, in Geneva, Switzerland (Palais des Nations), as an observer." in overview
    )
    # The Cartagena attendance row and the events of those days are one item.
    assert "Attended the Second Review Conference" not in overview


def test_russia_s_attendance_at_cartagena_is_its_meeting_participation(profile):
    overview = unmarked(profile("rus").section("Overview", "Mine ban policy"))
    assert (
        "29 November 2009: Attended the Second Review Conference of the Mine Ban Treaty, in "
        "Cartagena, Colombia, as an observer." in overview
    )
