"""The checker's own data files and the states' other names it shares with the site: every row sourced, every state known to the record."""

import csv

import pytest

from treatywatch.claims import reference
from treatywatch.profiles.aliases import alias_rows

STATES = {row["iso3"] for row in csv.DictReader(open("data/states.csv", encoding="utf-8"))}


@pytest.mark.parametrize("rows", [reference.group_rows(), alias_rows()], ids=["groups", "aliases"])
def test_every_row_has_a_source_and_a_known_state(rows):
    assert rows
    for row in rows:
        assert row["source_url"].startswith("https://"), row
        assert row["iso3"] in STATES, row


@pytest.mark.parametrize("group, size", [("nato", 32), ("eu", 27), ("g7", 7), ("p5", 5)])
def test_groups_have_their_present_membership(group, size):
    from datetime import date

    members = {
        m.iso3
        for m in reference.memberships()
        if m.group == group and m.member_on(date(2025, 1, 1))
    }
    assert len(members) == size
