"""Django settings. Everything a deployment changes comes from TREATYWATCH_* variables."""

import os
from datetime import timedelta

import dj_database_url

from treatywatch.paths import PACKAGE_DIR, data_home, default_database_url

DEBUG = os.environ.get("TREATYWATCH_DEBUG", "") == "1"
# A fixed key is only acceptable for a local, single-user run; deployments set their own.
SECRET_KEY = os.environ.get("TREATYWATCH_SECRET_KEY", "treatywatch-local-development-only")
ALLOWED_HOSTS = os.environ.get("TREATYWATCH_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(
    ","
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "ninja",
    "axes",
    "treatywatch.record",
    "treatywatch.site",
    "treatywatch.search",
    "treatywatch.accounts",
    "treatywatch.editorial",
    "treatywatch.alerts",
    "treatywatch.feedback",
    "treatywatch.coverage",
    "treatywatch.importers",
    "treatywatch.claims",
    "treatywatch.reports",
    "treatywatch.publications",
    "treatywatch.campaigns",
]

# The header middlewares come before WhiteNoise so static files carry the headers too.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "treatywatch.site.serving.security.SecurityHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The feedback and alert forms post; the API (django-ninja) is exempt unless it authenticates.
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "treatywatch.site.serving.middleware.AsOfMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Headers for every run, local or deployed; the HTTPS-only ones are in settings_production.py.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Footnotes link to outside sources: they learn nothing of what a reader was looking at.
SECURE_REFERRER_POLICY = "same-origin"

ROOT_URLCONF = "treatywatch.urls"
LOGIN_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_REDIRECT_URL = "editorial:dashboard"

# One login throttle for every view that logs in (/accounts/login/, /admin/login/ and any
# later one): django-axes counts failures at authenticate(), not in a view. Ten failures
# from one address lock it out of every login view for fifteen minutes after the last one.
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out address is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
# By address alone: staff names are public, so a count per name would give ten guesses per name.
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "treatywatch.accounts.throttle.client_address"
# A login to an account of one's own must not wipe the failures against another.
AXES_RESET_ON_SUCCESS = False
# Keep only the failures that count; no log of who logged in from where.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "treatywatch.accounts.views.locked_out"
WSGI_APPLICATION = "treatywatch.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "treatywatch.site.serving.context_processors.as_of",
            ]
        },
    }
]


def _database_from_environment() -> dict:
    url = os.environ.get("TREATYWATCH_DATABASE_URL") or default_database_url()
    if url == default_database_url():
        data_home().mkdir(parents=True, exist_ok=True)
    return dj_database_url.parse(url, conn_max_age=60)


DATABASES = {"default": _database_from_environment()}
# Rendered pages are cached per process, keyed by the record's version (see record/treaty_records.py).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
# Serve the app's static files straight from the package: nothing to collect for a local run.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = os.environ.get("TREATYWATCH_STATIC_ROOT") or None
# Feedback attachments (docs/feedback.md): never inside STATIC_ROOT or any served folder.
TREATYWATCH_PRIVATE_DIR = os.environ.get("TREATYWATCH_PRIVATE_DIR") or str(data_home() / "private")
TREATYWATCH_PACKAGE_DIR = PACKAGE_DIR
