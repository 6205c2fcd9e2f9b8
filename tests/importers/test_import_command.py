from datetime import date

import pytest
from django.core.management import CommandError

from treatywatch.editorial.models import Proposal
from treatywatch.editorial.workflow import approve
from treatywatch.record.models import Resolution, Source, TreatyAction, Vote

from .conftest import CCM_PAGE, MBT_PAGE, VOTES_CSV, later_page, run_import

pytestmark = pytest.mark.django_db


def mbt_action(iso3: str, action: str):
    return TreatyAction.objects.filter(treaty="mbt", state_id=iso3, action=action)


def record_behind_the_page():
    """The bundled record as it would stand had it missed what the page shows: Tonga's
    accession, Estonia's withdrawal notice, and with Albania's signature a day late."""
    mbt_action("TON", "consent").delete()
    mbt_action("EST", "withdrawal_notice").delete()
    mbt_action("ALB", "signature").update(date=date(1998, 9, 9))


def record_without_the_2025_votes():
    Resolution.objects.filter(symbol__in=["A/RES/80/35", "A/RES/80/52"]).delete()
    Source.objects.filter(id__in=["undl-4094649", "undl-4094479"]).delete()


def test_a_page_is_compared_with_the_record_and_every_difference_filed_in_one_proposal(
    researcher, tmp_path
):
    record_behind_the_page()
    page = later_page(tmp_path, MBT_PAGE, "15-03-2026")
    lines = run_import("untc", page, "--treaty", "mbt", "--user", "rita").splitlines()
    assert [line for line in lines if line[0] in "+~"] == [
        "+ sources.csv untc-xxvi-5-2026-03-15: Convention on the Prohibition of the Use, Stockpiling, "
        "Production and Transfer of Anti-Personnel Mines and on their Destruction — Status "
        "(UN Treaty Collection, Chapter XXVI-5), as at 15 March 2026",
        "~ treaty_actions.csv mbt/ALB/signature: date 1998-09-09 -> 1998-09-08",
        "+ treaty_actions.csv mbt/EST/withdrawal_notice: date 2025-06-27, effective_date 2025-12-27",
        "+ treaty_actions.csv mbt/TON/consent: date 2025-06-25, consent_type accession",
    ]
    proposal = Proposal.objects.get()
    assert (
        lines[-1]
        == f"{page}: filed proposal {proposal.pk} (4 changes) for review at /editorial/proposals/{proposal.pk}/"
    )
    assert (proposal.status, proposal.author.username) == (Proposal.PENDING, "rita")
    assert proposal.cited_sources == ["untc-xxvi-5-2026-03-15"]
    # Filed, not published: the record changes only when an editor approves.
    assert not mbt_action("TON", "consent").exists()


def test_the_approved_proposal_publishes_the_rows_citing_the_page(researcher, editor, tmp_path):
    record_behind_the_page()
    page = later_page(tmp_path, MBT_PAGE, "15-03-2026")
    run_import("untc", page, "--treaty", "mbt", "--user", "rita")
    approve(Proposal.objects.get(), editor, "Checked against treaties.un.org.")
    tonga = mbt_action("TON", "consent").get()
    assert (tonga.date, tonga.consent_type, tonga.source_id) == (
        date(2025, 6, 25),
        "accession",
        "untc-xxvi-5-2026-03-15",
    )
    assert mbt_action("EST", "withdrawal_notice").get().effective_date == date(2025, 12, 27)
    assert mbt_action("ALB", "signature").get().date == date(1998, 9, 8)
    assert Source.objects.get(id="untc-xxvi-5-2026-03-15").published == "2026-03-15"
    # Run again on the same file: the record now holds all it says.
    assert run_import("untc", page, "--treaty", "mbt", "--user", "rita").endswith(
        f"{page}: nothing to file: the record already holds all it says\n"
    )
    assert Proposal.objects.count() == 1


@pytest.mark.parametrize("page, treaty", [(MBT_PAGE, "mbt"), (CCM_PAGE, "ccm")])
def test_a_page_the_record_already_follows_files_nothing_and_says_so(researcher, page, treaty):
    output = run_import("untc", page, "--treaty", treaty, "--user", "rita")
    assert output.endswith(f"{page}: nothing to file: the record already holds all it says\n")
    assert not Proposal.objects.exists()


def test_a_second_run_before_the_review_files_nothing_new(researcher, tmp_path):
    record_behind_the_page()
    page = later_page(tmp_path, MBT_PAGE, "15-03-2026")
    run_import("untc", page, "--treaty", "mbt", "--user", "rita")
    again = run_import("untc", page, "--treaty", "mbt", "--user", "rita")
    first = Proposal.objects.get()
    assert again.endswith(
        f"nothing filed: proposal {first.pk} makes these changes and awaits review\n"
    )


def test_the_voting_data_is_filed_as_resolutions_votes_and_sources(researcher, editor):
    record_without_the_2025_votes()
    lines = run_import("unga-votes", VOTES_CSV, "--user", "rita").splitlines()
    assert lines[:3] == [
        "+ sources.csv undl-4094649: Voting record: A/RES/80/35, Implementation of the Convention on "
        "the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines "
        "and on Their Destruction",
        "+ unga_resolutions.csv A/RES/80/35: treaty mbt, year 2025, adopted_on 2025-12-01, yes 159, "
        "no 1, abstain 19, roll_call partial",
        "+ unga_votes.csv A/RES/80/35/EST: vote abstain",
    ]
    assert sum(line.startswith("+ unga_votes.csv") for line in lines) == 12
    assert not any("A/RES/80/74" in line for line in lines)
    approve(Proposal.objects.get(), editor, "Checked against the Digital Library.")
    ccm = Resolution.objects.get(symbol="A/RES/80/52")
    assert (ccm.treaty, ccm.yes, ccm.no, ccm.abstain, ccm.roll_call) == (
        "ccm",
        138,
        2,
        35,
        "partial",
    )
    assert dict(Vote.objects.filter(resolution=ccm).values_list("state_id", "vote")) == {
        "EST": "abstain",
        "PRK": "absent",
        "RUS": "no",
        "TON": "yes",
        "USA": "no",
    }
    assert (
        Source.objects.get(id="undl-4094479").url == "https://digitallibrary.un.org/record/4094479"
    )


def test_voting_data_the_record_already_holds_files_nothing_and_says_so(researcher):
    output = run_import("unga-votes", VOTES_CSV, "--user", "rita")
    assert output == f"{VOTES_CSV}: nothing to file: the record already holds all it says\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("untc", VOTES_CSV, "--treaty", "mbt"),
            "not a UN Treaty Collection status page: it has no participants table",
        ),
        (
            ("unga-votes", MBT_PAGE),
            "not a UN Digital Library voting CSV: its header has no column undl_id",
        ),
        (
            ("untc", CCM_PAGE, "--treaty", "mbt"),
            "the page is chapter XXVI-6, but --treaty mbt reads chapter XXVI-5",
        ),
    ],
)
def test_a_file_of_another_shape_stops_with_exit_2_naming_the_file_and_what_is_missing(
    researcher, args, message
):
    with pytest.raises(CommandError) as stopped:
        run_import(*args, "--user", "rita")
    assert stopped.value.returncode == 2
    assert str(stopped.value).startswith(f"{args[1]}: {message}")
    assert not Proposal.objects.exists()


def test_the_author_must_be_an_account_that_may_propose(db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("visitor", password="not a proposer at all")
    for name, message in (
        ("nobody", "no active account named 'nobody'"),
        ("visitor", "'visitor' may not propose"),
    ):
        with pytest.raises(CommandError, match=message) as stopped:
            run_import("untc", MBT_PAGE, "--treaty", "mbt", "--user", name)
        assert stopped.value.returncode == 2
