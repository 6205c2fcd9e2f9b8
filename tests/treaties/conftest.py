"""Records of the two treaties built from the depositary fixtures (see fixtures/README.md)."""

from pathlib import Path

import pytest

from treatywatch.treaties import CCM, MBT, TreatyRecord
from treatywatch.treaties.participation_csv import read_iso3_codes, read_participations

FIXTURES = Path(__file__).parent / "fixtures"


def _read(name: str, reader):
    with open(FIXTURES / name, encoding="utf-8", newline="") as lines:
        return reader(lines)


@pytest.fixture(scope="session")
def mbt_participations():
    return _read("mbt_participation.csv", read_participations)


@pytest.fixture(scope="session")
def ccm_participations():
    return _read("ccm_participation.csv", read_participations)


@pytest.fixture(scope="session")
def universe(mbt_participations, ccm_participations):
    """Every state in the fixtures: both treaties' participants and the MBT non-parties."""
    participants = {p.iso3 for p in [*mbt_participations, *ccm_participations]}
    return sorted(participants | set(_read("mbt_nonparties.csv", read_iso3_codes)))


@pytest.fixture(scope="session")
def mbt_record(mbt_participations, universe):
    return TreatyRecord(MBT, mbt_participations, universe)


@pytest.fixture(scope="session")
def ccm_record(ccm_participations, universe):
    return TreatyRecord(CCM, ccm_participations, universe)
