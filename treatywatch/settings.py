"""Django settings. Everything a deployment changes comes from TREATYWATCH_* variables."""

import os

import dj_database_url

from treatywatch.paths import PACKAGE_DIR, data_home, default_database_url

DEBUG = os.environ.get("TREATYWATCH_DEBUG", "") == "1"
# A fixed key is only acceptable for a local, single-user run; deployments set their own.
SECRET_KEY = os.environ.get("TREATYWATCH_SECRET_KEY", "treatywatch-local-development-only")
ALLOWED_HOSTS = os.environ.get("TREATYWATCH_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.staticfiles",
    "ninja",
    "treatywatch.record",
    "treatywatch.site",
    "treatywatch.search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "treatywatch.site.middleware.AsOfMiddleware",
]

ROOT_URLCONF = "treatywatch.urls"
WSGI_APPLICATION = "treatywatch.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "treatywatch.site.context_processors.as_of",
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
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
# Serve the app's static files straight from the package: nothing to collect for a local run.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = os.environ.get("TREATYWATCH_STATIC_ROOT") or None
TREATYWATCH_PACKAGE_DIR = PACKAGE_DIR
