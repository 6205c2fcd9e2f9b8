import pytest
from django.contrib.auth.models import AnonymousUser

from treatywatch.accounts.roles import has_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "held, asked, allowed",
    [
        ("researcher", "researcher", True),
        ("researcher", "editor", False),
        ("researcher", "admin", False),
        ("editor", "researcher", True),
        ("editor", "editor", True),
        ("editor", "admin", False),
        ("admin", "editor", True),
        ("admin", "admin", True),
    ],
)
def test_each_role_includes_the_roles_below_it(make_account, held, asked, allowed):
    assert has_role(make_account(f"someone-{held}", held), asked) is allowed


def test_an_anonymous_visitor_has_no_role():
    assert has_role(AnonymousUser(), "researcher") is False


def test_only_editors_and_admins_may_use_the_admin_site(make_account):
    assert [make_account(f"u-{r}", r).is_staff for r in ("researcher", "editor", "admin")] == [
        False,
        True,
        True,
    ]
