import pytest

from treatywatch.accounts.models import ApiToken
from treatywatch.accounts.tokens import create_token, user_for_token

pytestmark = pytest.mark.django_db


def test_a_token_identifies_its_user_and_only_its_hash_is_stored(make_account):
    user = make_account("ana", "researcher")
    key = create_token(user)
    assert user_for_token(key) == user
    assert (
        not ApiToken.objects.filter(key_hash=key).exists()
        and key not in ApiToken.objects.get().key_hash
    )


@pytest.mark.parametrize("key", ["", "tw_wrong", "nonsense", "tw_" + "x" * 200])
def test_an_unknown_token_identifies_nobody(make_account, key):
    create_token(make_account("ana", "researcher"))
    assert user_for_token(key) is None


def test_a_deactivated_users_token_stops_working(make_account):
    user = make_account("ana", "researcher")
    key = create_token(user)
    user.is_active = False
    user.save()
    assert user_for_token(key) is None
