"""Every template must work under the site's Content-Security-Policy (script-src 'self';
style-src 'self'): no inline scripts, style attributes or event handlers anywhere.
The scanner is in conftest.py."""

import pytest


def test_the_scan_finds_the_sites_templates(scanned_templates):
    assert any(path.name == "base.html" for path in scanned_templates)


def test_a_template_has_no_inline_script_style_or_handler(template_path, inline_code):
    problems = inline_code(template_path.read_text(encoding="utf-8"))
    assert not problems, f"{template_path} would break under the CSP:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "markup, reported",
    [
        ("<script>alert(1)</script>", "inline <script> body"),
        ('<p style="color: red">x</p>', "style= attribute on <p>"),
        ('<tr {% if odd %}style="background: grey"{% endif %}>', "style= attribute on <tr>"),
        ('<button onclick="go()">Go</button>', "onclick= attribute on <button>"),
        ("<svg><rect onload='x()'/></svg>", "onload= attribute on <rect>"),
        ("<style>p { color: red }</style>", "inline <style> element"),
        ('<a href="javascript:go()">x</a>', "javascript: URL on <a>"),
    ],
)
def test_the_scan_reports_what_the_policy_would_block(inline_code, markup, reported):
    assert any(reported in problem for problem in inline_code(markup))


@pytest.mark.parametrize(
    "markup",
    [
        '<script src="/static/site/map.js" defer></script>',
        '<script type="application/json" id="series">{"a": 1}</script>',
        '<svg viewBox="0 0 10 10"><rect class="party" fill="#333" width="1" height="1"/></svg>',
        '<p class="online">Notes on style and stones</p>',
    ],
)
def test_the_scan_passes_what_the_policy_allows(inline_code, markup):
    assert inline_code(markup) == []
