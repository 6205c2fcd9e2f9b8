"""Settings for a public deployment: DJANGO_SETTINGS_MODULE=treatywatch.settings_production.

Everything in treatywatch/settings.py applies (database from TREATYWATCH_DATABASE_URL, the
security headers middleware); on top of it: no debug pages, a secret key and host names that
must be given, and HTTPS enforced. Every variable is described in README.md, "Deployment".
"""

import os

from django.core.exceptions import ImproperlyConfigured

from treatywatch.settings import *  # noqa: F403 (this module only overrides)

_KEY_HINT = "python -c 'import secrets; print(secrets.token_urlsafe(50))'"


def _required(name: str, example: str) -> str:
    """A variable a deployment cannot run without; the error says how to set it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. treatywatch.settings_production needs it, e.g. {name}={example}"
        )
    return value


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    return default if not value else value in ("1", "true", "yes", "on")


DEBUG = False
SECRET_KEY = _required("TREATYWATCH_SECRET_KEY", f"$({_KEY_HINT})")
ALLOWED_HOSTS = [
    host.strip()
    for host in _required("TREATYWATCH_ALLOWED_HOSTS", "treatywatch.example.org").split(",")
]

# HTTPS. Behind a proxy that terminates TLS, set TREATYWATCH_BEHIND_PROXY=1 so Django trusts
# the proxy's X-Forwarded-Proto; only do so if the proxy always sets or strips that header,
# or any client could claim HTTPS. A proxy that redirects to HTTPS itself may also set
# TREATYWATCH_SSL_REDIRECT=0.
SECURE_SSL_REDIRECT = _flag("TREATYWATCH_SSL_REDIRECT", True)
if _flag("TREATYWATCH_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# One year, what browsers' HSTS preload lists ask for; start lower (e.g. 3600) while trying
# HTTPS out on a new host, since browsers remember the header for that long.
SECURE_HSTS_SECONDS = int(os.environ.get("TREATYWATCH_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("TREATYWATCH_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _flag("TREATYWATCH_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading commits the whole domain to HTTPS in browsers for months: the domain
    # owner's decision (TREATYWATCH_HSTS_PRELOAD=1), so its absence is no warning here.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# With DEBUG off Django logs nothing to the console; a server error must reach the log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django": {
            "handlers": ["stderr"],
            "level": os.environ.get("TREATYWATCH_LOG_LEVEL", "WARNING"),
        }
    },
}
