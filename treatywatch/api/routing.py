"""What ninja answers outside its operations, put in the API's one error shape: a method an
address does not allow (ninja's plain-text 405) and an address the API does not know
(Django's HTML 404). Successful GETs are marked cacheable here, in one place."""

from functools import wraps

from django.urls import path
from django.utils.cache import patch_cache_control

from treatywatch.api.errors import error_response

CACHE_SECONDS = 300


def in_api_shape(patterns: list) -> list:
    """The API's URL patterns, each answering in the API's shape, then a catch-all 404."""
    for pattern in patterns:
        pattern.callback = _answering_in_api_shape(pattern.callback)
    return [*patterns, path("<path:unknown>", unknown_address)]


def _answering_in_api_shape(view):
    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405:
            return _method_not_allowed(request, response["Allow"])
        if request.method == "GET" and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    return answer


def _method_not_allowed(request, allowed: str):
    message = f"{request.method} is not allowed here; this address answers {allowed}."
    response = error_response(405, "method_not_allowed", message)
    response["Allow"] = allowed
    return response


def unknown_address(request, unknown: str):
    message = f"There is no API endpoint at {request.path}; GET /api/v1/docs lists them all."
    return error_response(404, "not_found", message)
