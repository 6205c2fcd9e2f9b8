"""The snapshot's votes are read from the record one at a time, when a claim names one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from treatywatch.claims.recorded_votes import RecordedVotes

pytestmark = pytest.mark.django_db


def test_a_vote_is_read_when_asked_for_and_only_once():
    votes = RecordedVotes()
    with CaptureQueriesContext(connection) as queries:
        first = votes.get(("A/RES/78/32", "FRA"))
        again = votes.get(("A/RES/78/32", "FRA"))
    assert first == again == ("yes", "voeten-unga-votes-2019-2023")
    assert len(queries) == 1


def test_a_vote_the_record_does_not_hold_is_missing():
    votes = RecordedVotes()
    assert votes.get(("A/RES/78/32", "ZZZ")) is None and ("A/RES/1/1", "FRA") not in votes
    assert len(votes) == sum(1 for _ in votes) > 7000
