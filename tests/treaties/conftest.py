"""Records of the two treaties built from the depositary fixtures (see fixtures/README.md).

Built afresh for every test (about 2 ms): mutation testing (`make mutation`) runs against a
mutant only the tests seen calling the mutated code, and a record shared by the session is
seen built by the first test that asks for it only.
"""

from pathlib import Path

import pytest

from treatywatch.treaties import CCM, MBT, TreatyRecord
from treatywatch.treaties.participation_csv import read_iso3_codes, read_participations

FIXTURES = Path(__file__).parent / "fixtures"


def _read(name: str, reader):
    with open(FIXTURES / name, encoding="utf-8", newline="") as lines:
        return reader(lines)


@pytest.fixture
def mbt_participations():
    return _read("mbt_participation.csv", read_participations)


@pytest.fixture
def ccm_participations():
    return _read("ccm_participation.csv", read_participations)


@pytest.fixture
def universe(mbt_participations, ccm_participations):
    """Every state in the fixtures: both treaties' participants and the MBT non-parties."""
    participants = {p.iso3 for p in [*mbt_participations, *ccm_participations]}
    return sorted(participants | set(_read("mbt_nonparties.csv", read_iso3_codes)))


@pytest.fixture
def mbt_record(mbt_participations, universe):
    return TreatyRecord(MBT, mbt_participations, universe)


@pytest.fixture
def ccm_record(ccm_participations, universe):
    return TreatyRecord(CCM, ccm_participations, universe)
