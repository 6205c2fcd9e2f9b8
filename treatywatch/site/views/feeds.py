"""Placeholder until the feeds are built."""

from django.http import Http404


def updates_feed(request):
    raise Http404("not built yet")


def country_feed(request, iso3):
    raise Http404("not built yet")
