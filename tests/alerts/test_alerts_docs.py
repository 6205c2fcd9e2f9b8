"""docs/alerts.md is the operator's manual: it must name every variable the alerts read."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def variables_read_by_alerts() -> set[str]:
    code = (REPO / "treatywatch" / "alerts" / "config.py").read_text(encoding="utf-8")
    return set(re.findall(r'"(TREATYWATCH_[A-Z_]+)"', code))


def test_the_alerts_read_the_variables_this_test_expects():
    assert {
        "TREATYWATCH_SITE_URL",
        "TREATYWATCH_SMTP_HOST",
        "TREATYWATCH_MAIL_FROM",
    } <= variables_read_by_alerts()


def test_every_variable_the_alerts_read_is_documented():
    docs = (REPO / "docs" / "alerts.md").read_text(encoding="utf-8")
    assert sorted(name for name in variables_read_by_alerts() if f"`{name}`" not in docs) == []


def test_the_docs_show_the_command_and_the_loop():
    docs = (REPO / "docs" / "alerts.md").read_text(encoding="utf-8")
    assert "treatywatch send-alerts" in docs and "send-alerts --loop" in docs
