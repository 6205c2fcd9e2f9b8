"""The one shape of every error the API answers, whatever went wrong:

    {"error": {"status": 400, "code": "invalid_parameter", "parameter": "as_of",
               "message": "as_of: '2014-13-01' is not a date; write YYYY-MM-DD"}}

`parameter` is there only when one parameter is to blame. The handlers installed here turn
every exception an operation raises into this shape; `routing.py` does the same for what
happens outside operations (an unknown address, a method an address does not allow).
"""

import logging
from http import HTTPStatus

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, JsonResponse
from ninja import Schema
from ninja.errors import HttpError, ValidationError

logger = logging.getLogger("treatywatch.api")

SERVER_ERROR_MESSAGE = (
    "Something went wrong on our side; the error has been logged. Try again later."
)


class ErrorDetail(Schema):
    status: int
    code: str
    message: str
    parameter: str | None = None


class ErrorOut(Schema):
    error: ErrorDetail


# What operations declare besides their answer, so the OpenAPI schema lists every outcome.
ERROR_RESPONSES = {400: ErrorOut, 404: ErrorOut}


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, parameter: str | None = None):
        super().__init__(message)
        self.message = message
        self.parameter = parameter


class NotFound(ApiError):
    status = 404
    code = "not_found"


class InvalidParameter(ApiError):
    status = 400
    code = "invalid_parameter"

    def __init__(self, parameter: str, reason: str):
        super().__init__(f"{parameter}: {reason}", parameter)


def error_response(
    status: int, code: str, message: str, parameter: str | None = None
) -> JsonResponse:
    detail = {"status": status, "code": code, "message": message}
    if parameter is not None:
        detail["parameter"] = parameter
    return JsonResponse({"error": detail}, status=status)


def install_handlers(api) -> None:
    """Answer every exception an operation raises in the one error shape."""
    api.add_exception_handler(ApiError, _api_error)
    api.add_exception_handler(ValidationError, _invalid_input)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(RequestDataTooBig, _too_big)
    api.add_exception_handler(Exception, _server_error)


def _api_error(request, exc: ApiError) -> JsonResponse:
    return error_response(exc.status, exc.code, exc.message, exc.parameter)


def _invalid_input(request, exc: ValidationError) -> JsonResponse:
    # ninja would answer 422 with pydantic's list; one named parameter is easier to act on.
    first = exc.errors[0] if exc.errors else {}
    source, *location = first.get("loc", ("query",))
    parameter = ".".join(str(part) for part in location) or str(source)
    message = f"{parameter}: {_reason(first)}"
    if source == "path":
        # A path that does not name anything is an address with nothing at it.
        return error_response(404, "not_found", message, parameter)
    return error_response(400, "invalid_parameter", message, parameter)


def _reason(error: dict) -> str:
    # Our own validators raise ValueError with a message written for people; pydantic
    # keeps it in ctx["error"], without its "Value error, " prefix.
    own = error.get("ctx", {}).get("error")
    return str(own) if own else str(error.get("msg", "is not valid"))


def _not_found(request, exc: Http404) -> JsonResponse:
    return error_response(404, "not_found", str(exc) or "There is nothing at this address.")


def _http_error(request, exc: HttpError) -> JsonResponse:
    code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_").replace("-", "_")
    return error_response(exc.status_code, code, str(exc))


def _too_big(request, exc: RequestDataTooBig) -> JsonResponse:
    # Django refuses to read a body past DATA_UPLOAD_MAX_MEMORY_SIZE: the client's error.
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    message = f"body: is larger than the {limit:,} bytes a request may send"
    return error_response(400, "invalid_parameter", message, "body")


def _server_error(request, exc: Exception) -> JsonResponse:
    # The details stay in the log: they can hold paths, queries or data not meant for clients.
    logger.error("API error on %s %s", request.method, request.get_full_path(), exc_info=exc)
    return error_response(500, "server_error", SERVER_ERROR_MESSAGE)
