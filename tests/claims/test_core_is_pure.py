import re
import subprocess
import sys
from pathlib import Path

CLAIMS = Path(__file__).resolve().parents[2] / "treatywatch" / "claims"

CORE = [
    "check",
    "claim",
    "dates",
    "docdate",
    "documents",
    "evaluation",
    "extract",
    "highlighting",
    "judge",
    "judge_events",
    "judge_figures",
    "judge_groups",
    "names",
    "numbers",
    "page_ref",
    "reference",
    "rendering",
    "snapshot",
    "text_input",
    "verdict",
]


def test_the_core_modules_import_no_django():
    imports = "; ".join(f"import treatywatch.claims.{m}" for m in CORE)
    probe = f"import sys; {imports}; print(any(n.startswith('django') for n in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_core_writes_no_address_of_the_site():
    # The Django adapter (links.py) reads addresses from the routes; a path typed in the core
    # would go stale when a route changes.
    typed = re.compile(r"[\"']/(countries|treaties|downloads)/")
    assert [m for m in CORE if typed.search((CLAIMS / f"{m}.py").read_text())] == []
