import pytest

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_every_state_with_its_status(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Tonga" in response.content and b"State Party" in response.content


def test_a_malformed_as_of_is_a_400_that_names_the_parameter(client):
    response = client.get("/?as_of=2014-13-45")
    assert response.status_code == 400
    assert b"as_of: &#x27;2014-13-45&#x27; is not a date" in response.content
