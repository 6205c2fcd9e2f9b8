"""Error pages that say what went wrong and what to do, never a bare status line."""

from django.shortcuts import render


def bad_request(request, exception=None):
    message = str(exception) if exception else "The request could not be understood."
    return render(
        request,
        "site/errors/error.html",
        {"status": 400, "title": "Bad request", "message": message},
        status=400,
    )


def not_found(request, exception=None):
    message = "There is no page at this address. Try the list of countries or the search."
    return render(
        request,
        "site/errors/error.html",
        {"status": 404, "title": "Not found", "message": message},
        status=404,
    )


def server_error(request):
    message = "Something went wrong on our side. The error has been logged."
    return render(
        request,
        "site/errors/error.html",
        {"status": 500, "title": "Server error", "message": message},
        status=500,
    )


def forbidden(request, exception=None):
    message = "You are logged in, but your role does not allow this. Ask an editor or an admin if you need it."
    return render(
        request,
        "site/errors/error.html",
        {"status": 403, "title": "Not allowed", "message": message},
        status=403,
    )
