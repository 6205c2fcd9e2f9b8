"""Placeholder until this page is built."""

from django.http import Http404


def page(request, **kwargs):
    raise Http404("not built yet")


def file(request, name):
    raise Http404("not built yet")
