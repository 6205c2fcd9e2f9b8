"""bench/scale_records.py writes records bench_scale.py loads: they must be valid datasets.
A correctness test at 1x and 2x (fast); nothing here measures time."""

import importlib.util
from pathlib import Path

import pytest

from treatywatch.dataset import validate_dataset

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "scale_records.py"


@pytest.fixture(scope="module")
def scale_records():
    spec = importlib.util.spec_from_file_location("scale_records", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_record_at_1x_is_the_bundled_one_and_is_valid(scale_records, tmp_path, bundled_data):
    built = scale_records.build_dataset(tmp_path / "1x", 1)
    _, problems = validate_dataset(tmp_path / "1x")
    assert problems == []
    base = scale_records.base_counts()
    for name in ("unga_votes.csv", "events.csv", "compliance.csv", "extensions.csv"):
        bundled = len((bundled_data / name).read_text().splitlines()) - 1
        assert built.rows[name] == base[name] >= bundled, name


def test_the_record_at_2x_doubles_the_per_state_facts_and_is_valid(scale_records, tmp_path):
    one, two = (scale_records.build_dataset(tmp_path / f"{k}x", k) for k in (1, 2))
    _, problems = validate_dataset(tmp_path / "2x")
    assert problems == []
    for name in ("events.csv", "figures.csv", "unga_votes.csv", "extensions.csv", "sources.csv"):
        assert two.rows[name] >= 1.9 * one.rows[name], name
    assert two.rows["states.csv"] == one.rows["states.csv"]


def test_the_corrected_copy_is_valid_and_differs(scale_records, tmp_path):
    scale_records.build_dataset(tmp_path / "2x", 2)
    touched = scale_records.build_changed_copy(tmp_path / "2x", tmp_path / "changed")
    _, problems = validate_dataset(tmp_path / "changed")
    assert problems == []
    assert touched["unga_votes.csv"] > 0 and touched["events.csv"] > 0
