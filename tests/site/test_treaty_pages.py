import re
from datetime import date

import pytest

from treatywatch.record import models

pytestmark = pytest.mark.django_db


def treaty_page(client, code, as_of=None):
    response = client.get(f"/treaties/{code}/" + (f"?as_of={as_of}" if as_of else ""))
    assert response.status_code == 200, response.content[:300]
    return response


def participant(response, iso3):
    return next(
        item["row"] for item in response.context["participants"] if item["row"].iso3 == iso3
    )


@pytest.mark.parametrize("address", ["/treaties/xyz/", "/treaties/mbtx/", "/treaties/m%3Cb%3Et/"])
def test_an_unknown_treaty_is_a_404(client, address):
    assert client.get(address).status_code == 404


def test_a_code_in_capitals_redirects_to_the_lower_case_address_keeping_the_date(client):
    response = client.get("/treaties/MBT/?as_of=2014-09-23")
    assert response.status_code == 301
    assert response["Location"] == "/treaties/mbt/?as_of=2014-09-23"


@pytest.mark.parametrize(
    "code, as_of, parties, participants",
    [
        ("mbt", "2014-09-23", 162, 163),
        ("mbt", "2009-11-30", 156, 158),
        ("mbt", "2026-11-23", 161, 166),
        ("ccm", "2026-11-23", 112, 125),
    ],
)
def test_counts_and_participants_are_those_of_the_date_shown(
    client, code, as_of, parties, participants
):
    response = treaty_page(client, code, as_of)
    assert response.context["counts"][0].counts.parties == parties
    assert len(response.context["participants"]) == participants


def test_entry_into_force_is_computed_from_the_fortieth_deposit(client):
    html = treaty_page(client, "mbt", "2014-09-23").content.decode()
    assert "Entered into force on <strong>1 March 1999</strong>" in html
    assert "The 40th instrument was deposited on 16 September 1998" in html
    assert '<a href="/countries/bfa/?as_of=2014-09-23">Burkina Faso</a>' in html


def test_before_entry_into_force_the_page_says_when_it_will_be(client):
    html = treaty_page(client, "ccm", "2010-05-01").content.decode()
    assert "Enters into force on <strong>1 August 2010</strong>" in html
    assert "The 30th instrument was deposited on 16 February 2010" in html


def test_before_the_threshold_the_page_counts_the_deposits_so_far(client):
    html = treaty_page(client, "ccm", "2009-06-01").content.decode()
    assert re.search(r"Not yet in force on 1 June 2009: \d+ of the 30 instruments", html)


def test_the_key_rules_come_from_the_treaty_definition(client):
    mbt = treaty_page(client, "mbt").content.decode()
    ccm = treaty_page(client, "ccm").content.decode()
    assert 'Stockpile destruction <span class="muted">(Art. 4)</span>' in mbt
    assert "no later than 4 years after" in mbt and "no later than 8 years after" in ccm
    assert 'Stockpile destruction <span class="muted">(Art. 3)</span>' in ccm


def test_participants_show_only_the_steps_taken_by_the_date(client):
    response = treaty_page(client, "mbt", "2025-07-01")
    finland, estonia = participant(response, "FIN"), participant(response, "EST")
    assert finland.standing.withdrawal_notified is None
    assert estonia.standing.withdrawal_notified == date(2025, 6, 27)
    # Art. 20: shown from the notice on, though the effect falls after the date.
    assert estonia.standing.withdrawal_effective == date(2025, 12, 27)
    assert estonia.standing.status.value == "withdrawal_pending"


def test_a_state_that_had_taken_no_step_by_the_date_is_not_a_participant(client):
    response = treaty_page(client, "mbt", "2014-09-23")
    assert all(item["row"].iso3 != "TON" for item in response.context["participants"])


def test_upcoming_deadlines_leave_out_what_does_not_apply(client):
    upcoming = treaty_page(client, "mbt", "2026-11-23").context["deadlines"]["upcoming"]
    listed = [(row["iso3"], row["deadline"].obligation) for row in upcoming]
    # Tonga declared no stockpile and no mined areas: nothing of Art. 4 or 5 is due from it.
    assert ("TON", "stockpile_destruction") not in listed and ("TON", "clearance") not in listed
    assert upcoming and all(row["deadline"].due >= date(2026, 11, 23) for row in upcoming)


def test_passed_deadlines_are_missed_only_where_a_source_says_so(client):
    response = treaty_page(client, "mbt", "2026-11-23")
    board = response.context["deadlines"]
    findings = models.Compliance.objects.filter(treaty="mbt", finding="missed").count()
    assert sum(tally.missed for tally in board["tallies"]) <= findings
    assert all(tally.not_known > 0 for tally in board["tallies"])
    assert "A deadline is shown as missed only where a source says so" in response.content.decode()


def test_the_treaty_map_and_chart_are_of_this_treaty_alone(client):
    response = treaty_page(client, "ccm", "2026-11-23")
    assert [t.code for t in response.context["chart"].treaties] == ["ccm"]
    assert response.context["map"].treaty.code == "ccm"
    assert (
        "Convention on Cluster Munitions: where every state stands on 23 November 2026"
        in response.content.decode()
    )


def test_every_footnote_cited_is_listed(client):
    html = treaty_page(client, "mbt", "2014-09-23").content.decode()
    cited = set(re.findall(r'href="#fn-(\d+)"', html))
    assert cited and cited == set(re.findall(r'<li id="fn-(\d+)"', html))


def test_the_page_has_one_h1_and_nothing_a_strict_content_security_policy_blocks(client):
    html = treaty_page(client, "mbt").content.decode()
    assert html.count("<h1") == 1
    assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", html)


def test_the_page_is_served_from_the_cache_when_asked_again(client):
    assert treaty_page(client, "mbt", "2014-09-23").templates
    assert not treaty_page(client, "mbt", "2014-09-23").templates
    assert treaty_page(client, "ccm", "2014-09-23").templates


def test_a_listed_deadline_cites_the_extension_that_set_it_and_the_finding_on_it(
    client, dataset_copy
):
    from treatywatch.record.loading import load_dataset

    before = treaty_page(client, "mbt", "2026-11-23").context["deadlines"]
    clearing = next(
        r["iso3"] for r in before["upcoming"] if r["deadline"].obligation == "clearance"
    )
    extension_source, finding_source = (row["id"] for row in dataset_copy.rows("sources.csv")[:2])
    dataset_copy.append(
        "extensions.csv", ["mbt", clearing, "5", "2026-06-01", "2040-01-01", "", extension_source]
    )
    # Tonga's initial report fell due on 30 May 2026 (180 days after entry into force).
    dataset_copy.append(
        "compliance.csv",
        ["mbt", "TON", "initial_report", "", "missed", "2026-06", finding_source, ""],
    )
    load_dataset(dataset_copy.folder)
    context = treaty_page(client, "mbt", "2026-11-23").context
    cited = {note.number: note.citation.id for note in context["footnotes"]}
    board = context["deadlines"]

    def sources_of(rows, iso3, obligation):
        [row] = [r for r in rows if r["iso3"] == iso3 and r["deadline"].obligation == obligation]
        return [cited[number] for number in row["notes"]]

    assert extension_source in sources_of(board["upcoming"], clearing, "clearance")
    assert finding_source in sources_of(board["recently_passed"], "TON", "initial_report")
    assert board["extensions_recorded"] == before["extensions_recorded"] + 1
