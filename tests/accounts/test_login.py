"""Every login view shares one throttle per client address: the site's form and the admin's."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN_VIEWS = ["/accounts/login/", "/admin/login/"]


def fail(client, view: str, times: int, username: str = "ana") -> list[int]:
    return [
        client.post(view, {"username": username, "password": "wrong"}).status_code
        for _ in range(times)
    ]


def test_a_right_password_logs_in(client, make_account, password):
    make_account("ana", "editor")
    response = client.post("/accounts/login/", {"username": "ana", "password": password})
    assert response.status_code == 302


def test_a_right_password_logs_in_to_the_admin(client, make_account, password):
    make_account("ana", "editor")
    response = client.post("/admin/login/", {"username": "ana", "password": password})
    assert response.status_code == 302 and "_auth_user_id" in client.session


@pytest.mark.parametrize("view", LOGIN_VIEWS)
def test_login_is_refused_with_429_from_the_tenth_failure(client, make_account, password, view):
    make_account("ana", "editor")
    assert fail(client, view, 10) == [200] * 9 + [429]
    response = client.post(view, {"username": "ana", "password": password})
    assert response.status_code == 429 and b"too many attempts" in response.content.lower()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("locked_on, tried_on", [LOGIN_VIEWS, LOGIN_VIEWS[::-1]])
def test_an_address_locked_out_on_one_login_view_is_locked_out_on_the_other(
    client, make_account, password, locked_on, tried_on
):
    make_account("ana", "editor")
    fail(client, locked_on, 10)
    response = client.post(tried_on, {"username": "ana", "password": password})
    assert response.status_code == 429 and "_auth_user_id" not in client.session


def test_failures_against_several_names_add_up_for_one_address(client, make_account, password):
    # Staff names are public (profile histories): guessing one password per name must not
    # escape the limit.
    make_account("ana", "editor")
    for number in range(10):
        fail(client, "/accounts/login/", 1, username=f"someone-{number}")
    response = client.post("/admin/login/", {"username": "ana", "password": password})
    assert response.status_code == 429


def test_a_locked_out_address_does_not_lock_out_another(client, make_account, password):
    make_account("ana", "editor")
    fail(client, "/admin/login/", 10)
    other = Client(REMOTE_ADDR="192.0.2.7")
    response = other.post("/admin/login/", {"username": "ana", "password": password})
    assert response.status_code == 302


def test_a_lockout_ends_fifteen_minutes_after_the_last_failure(client, make_account, password):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.db.models import F

    make_account("ana", "editor")
    fail(client, "/accounts/login/", 10)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=15, seconds=1))
    response = client.post("/accounts/login/", {"username": "ana", "password": password})
    assert response.status_code == 302


def test_the_lockout_page_says_how_long_to_wait(client, make_account):
    make_account("ana", "editor")
    fail(client, "/accounts/login/", 9)
    response = client.post("/accounts/login/", {"username": "ana", "password": "wrong"})
    assert b"15 minutes" in response.content and response["Retry-After"] == "900"


def test_the_login_form_is_protected_against_csrf(make_account, password):
    make_account("ana", "editor")
    response = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", {"username": "ana", "password": password}
    )
    assert response.status_code == 403
