"""Helpers for the API tests: JSON answers, and golden snapshots of large ones."""

import json
import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
# Set to 1 to (re)write the snapshots; review the diff before committing them.
UPDATE_SNAPSHOTS = os.environ.get("TREATYWATCH_UPDATE_SNAPSHOTS") == "1"


@pytest.fixture
def get_json(client):
    """GET an API address; the status code must be `status`; the body parsed."""

    def get(address: str, status: int = 200):
        response = client.get(address)
        assert response.status_code == status, response.content[:500]
        assert response["Content-Type"].startswith("application/json")
        return response.json()

    return get


@pytest.fixture
def snapshot():
    """Compare data with tests/api/snapshots/NAME.json, written as indented JSON."""

    def matches(name: str, data) -> None:
        path = SNAPSHOTS / f"{name}.json"
        text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        if UPDATE_SNAPSHOTS:
            path.write_text(text, encoding="utf-8")
        assert path.exists(), (
            f"no snapshot {path.name}: run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review it"
        )
        assert json.loads(path.read_text(encoding="utf-8")) == data, (
            f"{path.name} differs; if the change is intended, run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review the diff"
        )

    return matches
