"""treatywatch.settings_production: what `manage.py check --deploy` asks of a deployment,
and a clear message for each variable a deployment must set.

The settings module reads the environment once, at start-up: each test runs Django in a
child process, as a deployment would."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# 64 characters, many distinct: passes Django's check of the key's strength.
A_STRONG_KEY = "t3st-only-9f8e7d6c5b4a39281706f5e4d3c2b1a0-Zy8Xw7Vu6Ts5Rq4Po3Nm2L"


def production_environment(tmp_path: Path, **overrides: str) -> dict:
    # Only what a deployment would have: none of this run's TreatyWatch or test variables.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TREATYWATCH_") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="treatywatch.settings_production",
        TREATYWATCH_SECRET_KEY=A_STRONG_KEY,
        TREATYWATCH_ALLOWED_HOSTS="treatywatch.example.org",
        TREATYWATCH_DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run_django(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


_GET_SCRIPT = """
import json, sys, django
django.setup()
from django.test import Client
response = Client().get(sys.argv[1], secure=sys.argv[2] == "https", headers={"host": "treatywatch.example.org"})
print(json.dumps({"status": response.status_code, "headers": dict(response.headers)}))
"""


def get_in_production(env: dict, path: str, scheme: str) -> dict:
    """{status, headers} of one GET answered with the production settings."""
    done = subprocess.run(
        [sys.executable, "-c", _GET_SCRIPT, path, scheme],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def setting_in_production(env: dict, name: str) -> str:
    """repr() of one setting as the production settings module computes it."""
    script = f"from django.conf import settings; print(repr(settings.{name}))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_check_deploy_passes_with_the_production_settings(tmp_path):
    done = run_django(
        production_environment(tmp_path), "check", "--deploy", "--fail-level", "WARNING"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_check_deploy_warns_when_https_redirects_are_switched_off(tmp_path):
    env = production_environment(tmp_path, TREATYWATCH_SSL_REDIRECT="0")
    done = run_django(env, "check", "--deploy", "--fail-level", "WARNING")
    assert done.returncode != 0 and "security.W008" in done.stderr


def test_a_missing_secret_key_names_the_variable_and_how_to_make_one(tmp_path):
    done = run_django(production_environment(tmp_path, TREATYWATCH_SECRET_KEY=None), "check")
    assert done.returncode != 0
    assert "ImproperlyConfigured: TREATYWATCH_SECRET_KEY is not set" in done.stderr
    assert "secrets.token_urlsafe" in done.stderr


def test_missing_allowed_hosts_names_the_variable(tmp_path):
    done = run_django(production_environment(tmp_path, TREATYWATCH_ALLOWED_HOSTS=""), "check")
    assert done.returncode != 0 and "TREATYWATCH_ALLOWED_HOSTS is not set" in done.stderr


def test_debug_stays_off_even_when_the_debug_variable_is_set(tmp_path):
    assert (
        setting_in_production(production_environment(tmp_path, TREATYWATCH_DEBUG="1"), "DEBUG")
        == "False"
    )


def test_plain_http_is_redirected_to_https(tmp_path):
    answer = get_in_production(production_environment(tmp_path), "/api/v1/openapi.json", "http")
    assert answer["status"] == 301
    assert answer["headers"]["Location"] == "https://treatywatch.example.org/api/v1/openapi.json"


def test_https_answers_carry_hsts_for_a_year_with_subdomains(tmp_path):
    answer = get_in_production(production_environment(tmp_path), "/api/v1/openapi.json", "https")
    assert answer["status"] == 200
    assert answer["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_behind_a_proxy_its_forwarded_scheme_is_trusted_only_when_asked(tmp_path):
    trusting = production_environment(tmp_path, TREATYWATCH_BEHIND_PROXY="1")
    assert (
        setting_in_production(trusting, "SECURE_PROXY_SSL_HEADER")
        == "('HTTP_X_FORWARDED_PROTO', 'https')"
    )
    assert (
        setting_in_production(production_environment(tmp_path), "SECURE_PROXY_SSL_HEADER") == "None"
    )
