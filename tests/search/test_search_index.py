from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatywatch.record import models as record
from treatywatch.search.index import rebuild_index, search
from treatywatch.search.models import Document

pytestmark = pytest.mark.django_db


def urls(text: str, limit: int = 10) -> list[str]:
    return [hit.url for hit in search(text, limit)]


def test_the_index_holds_every_state_event_source_publication_campaign_and_annual_report():
    reports = date.today().year - 1998
    expected = (
        record.State.objects.count()
        + record.Event.objects.count()
        + record.Source.objects.count()
        + reports
        + record.Publication.objects.count()
        + record.Campaign.objects.count()
    )
    assert rebuild_index() == expected == Document.objects.count()


@pytest.mark.parametrize(
    ("typed", "first_url"),
    [
        ("Tonga", "/countries/ton/"),
        ("ton", "/countries/ton/"),
        ("UKR", "/countries/ukr/"),
        ("Bosnia Herzegovina", "/countries/bih/"),
        ("cote d'ivoire", "/countries/civ/"),
    ],
)
def test_a_state_is_found_by_its_name_or_code_and_leads_to_its_profile(typed, first_url):
    assert urls(typed)[0] == first_url


def test_an_event_leads_to_its_place_in_the_country_profile():
    assert "/countries/usa/#event-usa-1998-06-23-pdd-64" in urls(
        "Presidential Decision Directive 64"
    )


def test_words_in_quotes_must_appear_together():
    together = urls('"export moratorium"', 1000)
    assert together and set(together) < set(urls("export moratorium", 1000))


def test_a_source_leads_to_its_entry_on_the_downloads_page():
    assert "/downloads/#source-gao-02-1003" in urls("General Accounting Office")


def test_the_snippet_marks_the_matching_words():
    hit = next(hit for hit in search("Gulf War", 10) if hit.kind == "event")
    assert {part.text.lower() for part in hit.snippet if part.matched} == {"gulf", "war"}


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "AND",
        "OR NOT",
        "*",
        "mine*",
        "NEAR(a b)",
        "a\x00b",
        "col:val",
        "^x",
        "(",
        "'; DROP TABLE x; --",
        "\ue000x\ue001",
    ],
)
def test_syntax_typed_into_the_box_never_breaks_the_query(typed):
    assert isinstance(search(typed, 10), list)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_no_text_up_to_200_characters_breaks_the_query(typed):
    assert isinstance(search(typed, 5), list)


def test_text_without_a_word_finds_nothing():
    assert search("  ", 10) == [] and search('"*"', 10) == []


def test_at_most_limit_hits_are_returned():
    assert len(search("mine", 3)) == 3


def test_the_index_is_built_on_first_use_when_it_is_empty():
    Document.objects.all().delete()
    assert urls("Tonga")[0] == "/countries/ton/"


def test_a_rebuild_finds_what_the_record_holds_now():
    rebuild_index()
    state = record.State.objects.get(iso3="USA")
    record.Event.objects.create(
        id="usa-2026-quokkaword",
        state=state,
        date="2026",
        date_start=date(2026, 1, 1),
        date_end=date(2026, 12, 31),
        category="policy",
        text="A test event about quokkaword.",
        source=record.Source.objects.first(),
    )
    assert search("quokkaword", 10) == []
    rebuild_index()
    assert urls("quokkaword") == ["/countries/usa/#event-usa-2026-quokkaword"]
