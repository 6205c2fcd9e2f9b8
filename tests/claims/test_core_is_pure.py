import subprocess
import sys

CORE = [
    "check",
    "claim",
    "dates",
    "docdate",
    "evaluation",
    "extract",
    "judge",
    "judge_events",
    "judge_figures",
    "judge_groups",
    "names",
    "numbers",
    "reference",
    "snapshot",
    "verdict",
]


def test_the_core_modules_import_no_django():
    imports = "; ".join(f"import treatywatch.claims.{m}" for m in CORE)
    probe = f"import sys; {imports}; print(any(n.startswith('django') for n in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
