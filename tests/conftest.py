import csv
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED_DATA = REPO / "data"


@pytest.fixture(scope="session")
def bundled_data() -> Path:
    return BUNDLED_DATA


class DatasetCopy:
    """A scratch copy of the bundled dataset that a test may break on purpose."""

    def __init__(self, folder: Path):
        self.folder = folder

    def append(self, file_name: str, row: list[str]) -> int:
        """Add a row; return its line number."""
        path = self.folder / file_name
        with path.open("a", newline="", encoding="utf-8") as handle:
            csv.writer(handle, lineterminator="\n").writerow(row)
        return len(path.read_text(encoding="utf-8").splitlines())

    def rows(self, file_name: str) -> list[dict]:
        with (self.folder / file_name).open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def replace_text(self, file_name: str, old: str, new: str) -> None:
        path = self.folder / file_name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {file_name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def source_of(self, file_name: str) -> str:
        return self.rows(file_name)[0]["source_id"]


@pytest.fixture
def dataset_copy(tmp_path, bundled_data) -> "DatasetCopy":
    folder = tmp_path / "data"
    shutil.copytree(bundled_data, folder)
    return DatasetCopy(folder)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the bundled record once for the whole session; each test
    runs in a transaction that is rolled back, so what a test changes does not leak."""
    from treatywatch.record.loading import load_dataset

    with django_db_blocker.unblock():
        load_dataset(BUNDLED_DATA)


@pytest.fixture
def _bundled_record_restored(django_db_blocker):
    """Set up before `transactional_db`, so it tears down after it: the flush that ends a
    transactional test empties every table, and the record is loaded back for the next."""
    yield
    from treatywatch.record.loading import load_dataset

    with django_db_blocker.unblock():
        load_dataset(BUNDLED_DATA)


@pytest.fixture
def committed_record(_bundled_record_restored, transactional_db, django_db_blocker):
    """For tests whose data other threads or processes must see (live server, races):
    writes are committed, and the bundled record is there before and restored after (an
    earlier transactional test may have flushed it first)."""
    from treatywatch.record.loading import load_dataset
    from treatywatch.record.models import State

    if not State.objects.exists():
        load_dataset(BUNDLED_DATA)


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Pages are cached per record version; every test starts and ends with none cached."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
