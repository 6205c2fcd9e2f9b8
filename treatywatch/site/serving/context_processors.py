from django.core.exceptions import BadRequest

from treatywatch.site.serving.as_of import as_of_context


def as_of(request) -> dict:
    try:
        return as_of_context(request)
    except BadRequest:
        # The error page itself must render even when the date it was asked for is bad.
        return {}
