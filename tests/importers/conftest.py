import csv
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from treatywatch.importers.record_rows import RecordRows

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BUNDLED_DATA = Path(__file__).resolve().parents[2] / "data"
MBT_PAGE = FIXTURES / "untc_mbt_status.html"
CCM_PAGE = FIXTURES / "untc_ccm_status.html"
VOTES_CSV = FIXTURES / "undl_ga_votes.csv"
PASSWORD = "correct horse battery staple"


def bundled_rows(*files: str) -> RecordRows:
    """The bundled record's rows, read from data/: the cells the database exports."""
    return RecordRows({file: _csv_rows(BUNDLED_DATA / file) for file in files})


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def without(record: RecordRows, file: str, **cells) -> RecordRows:
    """The record less the rows of `file` whose cells are `cells`."""
    kept = [row for row in record.rows(file) if any(row[k] != v for k, v in cells.items())]
    return RecordRows({**record.files, file: kept})


def later_page(tmp_path: Path, page: Path, status_date: str) -> Path:
    """The fixture page as if the depositary had published it on a later day, facts the
    same: its "STATUS AS AT" changed, and nothing else."""
    copy = tmp_path / f"later-{page.name}"
    copy.write_text(
        page.read_text(encoding="utf-8").replace("03-02-2026", status_date), encoding="utf-8"
    )
    return copy


def run_import(*args: str) -> str:
    out = io.StringIO()
    call_command("import", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


@pytest.fixture
def researcher(db):
    from treatywatch.accounts.creation import create_account

    return create_account("rita", "researcher", PASSWORD, "rita@example.org")


@pytest.fixture
def editor(db):
    from treatywatch.accounts.creation import create_account

    return create_account("eddie", "editor", PASSWORD, "eddie@example.org")
