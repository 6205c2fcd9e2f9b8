"""The nginx configuration for baked pages sends the same headers as Django does."""

import re
from pathlib import Path

import pytest

from treatywatch.site.serving.security import CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY

TEMPLATE = Path(__file__).resolve().parents[2] / "bench" / "nginx.conf.template"


def _added_headers() -> dict[str, str]:
    lines = re.findall(
        r'^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;', TEMPLATE.read_text(), re.MULTILINE
    )
    return dict(lines)


@pytest.mark.parametrize(
    "name, value",
    [
        ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
        ("Permissions-Policy", PERMISSIONS_POLICY),
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
)
def test_baked_pages_carry_the_header_django_sends(name, value):
    assert _added_headers().get(name) == value
