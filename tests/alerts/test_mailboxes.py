"""The mailbox an address reaches, as the sign-up limits count it."""

import pytest

from treatywatch.alerts.mailboxes import mailbox


@pytest.mark.parametrize(
    "address",
    [
        "victim3@example.test",
        "VICTIM3@EXAMPLE.TEST",
        '"victim3"@example.test',
        '"Victim3"@Example.Test',
        "victim3+alerts@example.test",
        '"victim3+0"@example.test',
        "v.i.c.t.i.m.3@example.test",
        " victim3@example.test ",
    ],
)
def test_every_spelling_of_one_mailbox_counts_as_that_mailbox(address):
    assert mailbox(address) == "victim3@example.test"


def test_an_escaped_character_in_a_quoted_local_part_is_itself():
    assert mailbox('"vic\\tim3"@example.test') == "victim3@example.test"


def test_an_international_domain_counts_the_same_written_either_way():
    assert mailbox("reader@exämple.test") == mailbox("reader@XN--EXMPLE-CUA.test")


def test_different_mailboxes_stay_different():
    assert len({mailbox(a) for a in ["a@example.test", "b@example.test", "a@example.org"]}) == 3


def test_a_text_without_a_domain_is_only_lower_cased():
    assert mailbox("Not An Address") == "not an address"
