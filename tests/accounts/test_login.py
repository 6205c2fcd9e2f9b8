import pytest

pytestmark = pytest.mark.django_db


def test_a_right_password_logs_in(client, make_account, password):
    make_account("ana", "editor")
    response = client.post("/accounts/login/", {"username": "ana", "password": password})
    assert response.status_code == 302


def test_login_is_refused_with_429_after_ten_failures(client, make_account, password):
    make_account("ana", "editor")
    for _ in range(10):
        assert (
            client.post("/accounts/login/", {"username": "ana", "password": "wrong"}).status_code
            == 200
        )
    response = client.post("/accounts/login/", {"username": "ana", "password": password})
    assert response.status_code == 429 and b"too many attempts" in response.content.lower()


def test_the_login_form_is_protected_against_csrf(make_account, password):
    from django.test import Client

    make_account("ana", "editor")
    response = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", {"username": "ana", "password": password}
    )
    assert response.status_code == 403
