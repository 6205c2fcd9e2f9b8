"""`?as_of=` on every page takes the same dates as the API and the command line."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db

LATEST = date(date.today().year + 10, 12, 31).isoformat()


@pytest.mark.parametrize("address", ["/treaties/mbt/", "/", "/countries/usa/", "/treaties/ccm/"])
@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31"])
def test_a_date_outside_the_range_is_a_400_naming_the_range(client, address, as_of):
    response = client.get(f"{address}?as_of={as_of}")
    assert response.status_code == 400
    assert (
        f"as_of: {as_of} is outside the dates TreatyWatch answers for: give one from 1990-01-01 to {LATEST}"
    ) in response.content.decode()


@pytest.mark.parametrize("as_of", ["20091130", "2009-W48-1"])
def test_a_date_not_written_yyyy_mm_dd_is_a_400(client, as_of):
    response = client.get(f"/treaties/mbt/?as_of={as_of}")
    assert response.status_code == 400
    assert (
        f"as_of: &#x27;{as_of}&#x27; is not a date; write YYYY-MM-DD" in response.content.decode()
    )


@pytest.mark.parametrize("as_of", ["1990-01-01", LATEST])
def test_the_ends_of_the_range_are_shown(client, as_of):
    assert client.get(f"/treaties/mbt/?as_of={as_of}").status_code == 200
    assert client.get(f"/countries/usa/?as_of={as_of}").status_code == 200
