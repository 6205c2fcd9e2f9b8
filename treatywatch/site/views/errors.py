"""Error pages that say what went wrong and what to do, never a bare status line."""

from django.shortcuts import render


def error_page(request, status: int, title: str, message: str):
    """The site's error page: the status, a title and what to do, in the site's layout."""
    context = {"status": status, "title": title, "message": message}
    return render(request, "site/errors/error.html", context, status=status)


def bad_request(request, exception=None):
    message = str(exception) if exception else "The request could not be understood."
    return error_page(request, 400, "Bad request", message)


def not_found(request, exception=None):
    message = "There is no page at this address. Try the list of countries or the search."
    return error_page(request, 404, "Not found", message)


def server_error(request):
    message = "Something went wrong on our side. The error has been logged."
    return error_page(request, 500, "Server error", message)


def forbidden(request, exception=None):
    message = "You are logged in, but your role does not allow this. Ask an editor or an admin if you need it."
    return error_page(request, 403, "Not allowed", message)
