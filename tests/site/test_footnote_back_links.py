"""Every footnote links back to the mark where it is first cited, and that mark is there."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address", ["/", "/treaties/mbt/", "/countries/usa/", "/countries/ukr/", "/countries/ton/"]
)
def test_each_footnote_returns_to_its_first_mark_on_the_home_treaty_usa_ukraine_tonga_pages(
    client, address
):
    page = client.get(address).content.decode()
    notes = re.findall(r'<li id="fn-(\d+)"', page)
    backs = re.findall(r'class="fn-back" href="#fnref-(\d+)"', page)
    assert notes and backs == notes
    marks = re.findall(r'<sup class="fn" id="fnref-(\d+)"><a href="#fn-(\d+)"', page)
    assert all(own == cited for own, cited in marks)
    assert sorted(int(own) for own, _ in marks) == sorted(int(n) for n in notes)
