"""Golden SVG snapshots for the chart tests: the rendered markup, reviewed as a diff."""

import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
# Set to 1 to (re)write the snapshots; review the diff before committing them.
UPDATE_SNAPSHOTS = os.environ.get("TREATYWATCH_UPDATE_SNAPSHOTS") == "1"


@pytest.fixture
def svg_snapshot():
    """Compare markup with tests/charts/snapshots/NAME.svg, one element per line for diffs."""

    def matches(name: str, svg: str) -> None:
        path = SNAPSHOTS / f"{name}.svg"
        text = svg.replace("><", ">\n<") + "\n"
        if UPDATE_SNAPSHOTS:
            path.write_text(text, encoding="utf-8")
        assert path.exists(), (
            f"no snapshot {path.name}: run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review it"
        )
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} differs; if the change is intended, run with TREATYWATCH_UPDATE_SNAPSHOTS=1 and review the diff"
        )

    return matches
