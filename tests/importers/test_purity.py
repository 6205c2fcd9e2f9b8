"""The importers' reading and comparing are plain Python: only the adapters (the command,
the record snapshot, filing) touch Django."""

import subprocess
import sys
from pathlib import Path

IMPORTERS = Path(__file__).resolve().parents[2] / "treatywatch" / "importers"
ADAPTERS = {"apps", "filing", "record_snapshot"}


def test_no_reading_or_comparing_module_imports_django_even_indirectly():
    pure = sorted(p.stem for p in IMPORTERS.glob("*.py") if p.stem not in ADAPTERS | {"__init__"})
    assert {"untc_page", "untc_changes", "undl_votes", "unga_changes"} <= set(pure)
    imports = "; ".join(f"import treatywatch.importers.{name}" for name in pure)
    check = "import sys; print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr
