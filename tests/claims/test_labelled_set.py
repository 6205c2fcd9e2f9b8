"""The checker on the hand-labelled set of real texts (tests/claims/labelled/, see its README):
it must not find claims, or judge them, worse than it does now.

How a found claim is matched to a labelled one (treatywatch/claims/evaluation.py): both are of
the same kind, their character spans overlap (the labelled span is where the label's quote
stands in the text), and for the kinds about one state (status, state_event, since, vote) both
name the same state. Each claim is matched at most once, in the order of the text. Recall is the
share of labelled claims matched, precision the share of found claims matched; the verdicts are
compared on the matched pairs, on the document's date and on the labels' "today".
"""

import json
from pathlib import Path

import pytest

from treatywatch.claims.evaluation import LABELLED_ON, evaluate, load_documents

LABELLED = Path(__file__).parent / "labelled"
# The levels reached when the set was labelled (bench/README.md has the figures per kind).
# Accuracy on the document's date fell from 0.99 to 0.97 when the record gained the US facts
# split out of one events row (not exported since 1992: three labels predate it and say
# not_in_record) and on HRW's "other 35 nations" of 2012 (the record counts 37 outside,
# Poland and the Marshall Islands included): labels to revisit, not rules to loosen. With
# held-out batch 3 joined (287 claims): recall 0.94, accuracy 0.98.
FLOORS = {"recall": 0.94, "precision": 1.00, "accuracy": 0.98, "accuracy_today": 1.00}


# The mark makes pytest-django set the test database up even when this file runs alone; the
# fixture asks for that set-up, so the snapshot is the bundled record's, not the developer's.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tallies(django_db_setup, django_db_blocker):
    from treatywatch.claims.check import check_text
    from treatywatch.claims.django_snapshot import build_snapshot
    from treatywatch.claims.names import NameIndex

    with django_db_blocker.unblock():
        snapshot = build_snapshot()
        names = NameIndex(snapshot.states)

        def check(text, on):
            return check_text(text, snapshot, names, as_of=on, today=LABELLED_ON)

        # Inside: the snapshot reads the votes a text names when it judges them.
        return evaluate(load_documents(LABELLED), check)


@pytest.mark.parametrize("measure", FLOORS)
def test_the_checker_does_not_fall_below_its_level_on_the_labelled_set(tallies, measure):
    overall = tallies["all"]
    assert getattr(overall, measure) >= FLOORS[measure], "\n".join(overall.misses)


def test_the_set_has_150_claims_from_20_texts_each_with_its_address_and_date():
    documents = [json.loads(p.read_text("utf-8")) for p in LABELLED.glob("*.json")]
    assert len(documents) >= 20
    assert sum(len(d["claims"]) for d in documents) >= 150
    for document in documents:
        assert document["url"].startswith("http") and document["title"] and document["publisher"]
        assert document["date"] or document["date_note"], document["url"]


def test_every_label_quotes_its_text_and_gives_both_verdicts():
    verdicts = {"supported", "contradicted", "approximately", "outdated", "not_in_record"}
    for document in load_documents(LABELLED):
        for claim in document.claims:
            assert claim.start >= 0
            assert {claim.on_document_date, claim.today} <= verdicts
