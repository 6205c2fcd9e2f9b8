from dataclasses import fields, is_dataclass, replace
from datetime import UTC, date, datetime

import pytest

from treatywatch.profiles.facts import ActionFact, ProfileFacts, TreatyFacts, VoteFact
from treatywatch.profiles.profile import build_profile
from treatywatch.treaties import CCM, MBT, Deadline, Status
from treatywatch.treaties.standing import Standing

day = date.fromisoformat


def not_signed(iso3="XXX"):
    return Standing(iso3, Status.NOT_SIGNED, None, None, None, None, None, None)


@pytest.fixture
def facts(cite, event):
    """A state that is party to neither treaty, with one event of each kind."""
    return ProfileFacts(
        iso3="XXX",
        name="United States",
        un_status="member",
        state_source=cite("states"),
        as_of=day("2014-09-23"),
        treaties=(
            TreatyFacts(MBT, not_signed(), 162, (), cite("untc-mbt")),
            TreatyFacts(CCM, not_signed(), 86, (), cite("untc-ccm")),
        ),
        events=(
            event("2014-09-23", "policy"),
            event("2014", "stockpile"),
            event("2009-12-01", "meeting"),
            event("1991", "use"),
            event("2020-01-31", "policy"),
            event("2013-05-01", "policy", treaty="ccm", text="CCM statement"),
        ),
        votes=(
            VoteFact(
                2013, "A/RES/68/30", day("2013-12-05"), "abstain", (165, 0, 19), cite("voeten")
            ),
        ),
        votes_recorded_through=2019,
        last_updated=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    )


def cited_numbers(value) -> list[int]:
    """Every footnote number referred to anywhere in the profile's parts."""
    if isinstance(value, (list, tuple)):
        return [number for item in value for number in cited_numbers(item)]
    if not is_dataclass(value):
        return []
    own = list(getattr(value, "notes", ()))
    parts = [getattr(value, f.name) for f in fields(value) if f.name not in ("notes", "footnotes")]
    return own + cited_numbers(parts)


def test_the_overview_gives_both_treaties_counts_and_the_voting_record(facts):
    profile = build_profile(facts)
    assert [(t.name, t.status, t.words.text, t.parties.text) for t in profile.treaties] == [
        (
            "Mine Ban Treaty",
            "not_signed",
            "Not a State Party",
            "162 states are party on 23 September 2014.",
        ),
        (
            "Convention on Cluster Munitions",
            "not_signed",
            "Not a State Party",
            "86 states are party on 23 September 2014.",
        ),
    ]
    assert profile.voting_record.text == "Abstained on Resolution 68/30 in December 2013."


def test_footnotes_are_numbered_in_the_order_the_page_shows_them(facts):
    profile = build_profile(facts)
    assert [note.citation.id for note in profile.footnotes][:4] == [
        "untc-mbt",
        "untc-ccm",
        "voeten",
        "src-meeting-2009-12-01",
    ]
    assert [line.notes for line in profile.narrative] == [(5,)]


def test_every_footnote_is_cited_and_every_citation_has_a_footnote(facts):
    profile = build_profile(facts)
    cited = set(cited_numbers(profile))
    assert cited == {note.number for note in profile.footnotes}
    assert [note.number for note in profile.footnotes] == list(range(1, len(profile.footnotes) + 1))


def test_only_events_known_by_the_day_are_shown(facts):
    profile = build_profile(facts)
    assert [line.date for line in profile.narrative] == ["2014-09-23"]
    assert [line.date for line in profile.practice] == ["1991"]
    # Key developments are chosen by rule: policy changes of the last five years, not meetings.
    assert [line.date for line in profile.key_developments] == ["2014-09-23", "2013-05-01"]
    assert "2020-01-31" not in [line.date for line in profile.timeline]


def test_meetings_are_listed_in_the_overview(facts):
    assert [line.date_words for line in build_profile(facts).meetings] == ["1 December 2009"]


def test_events_about_the_other_treaty_go_to_its_own_section(facts):
    profile = build_profile(facts)
    [ccm] = profile.other_treaties
    assert (ccm.status.code, [line.text for line in ccm.events]) == ("ccm", ["CCM statement"])
    assert "CCM statement" not in [line.text for line in profile.narrative]


def test_a_state_that_cannot_vote_in_the_general_assembly_is_said_so(facts):
    profile = build_profile(replace(facts, name="Cook Islands", un_status="non_member", votes=()))
    assert (
        profile.voting_record.text
        == "The Cook Islands is not a UN member state and does not vote in the General Assembly."
    )
    assert profile.footnotes[profile.voting_record.notes[0] - 1].citation.id == "states"


def test_obligations_are_shown_only_for_a_treaty_the_state_consented_to(facts, cite):
    standing = Standing(
        "TON",
        Status.PARTY_IN_FORCE,
        None,
        day("2025-06-25"),
        "accession",
        day("2025-12-01"),
        None,
        None,
    )
    report = Deadline(
        "7(1)", "initial_report", "Submit the initial transparency report", day("2026-05-30")
    )
    consent = ActionFact("mbt", "consent", day("2025-06-25"), "accession", cite("untc-mbt"))
    tonga = replace(
        facts,
        as_of=day("2026-11-23"),
        actions=(consent,),
        treaties=(TreatyFacts(MBT, standing, 161, (report,), cite("untc-mbt")), facts.treaties[1]),
    )
    [table] = build_profile(tonga).obligations
    assert table.treaty_name == "Mine Ban Treaty"
    assert [(r.article, r.due, r.state, r.notes) for r in table.rows] == [
        ("Art. 7(1)", "30 May 2026", "unknown", (1,))
    ]


def test_last_updated_is_a_date(facts):
    assert build_profile(facts).last_updated == date(2026, 11, 20)
    assert build_profile(replace(facts, last_updated=None)).last_updated is None
