"""Making an account with a role, as `treatywatch adduser` and the tests do."""

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from treatywatch.accounts.models import Account
from treatywatch.accounts.roles import ROLES


def create_account(username: str, role: str, password: str, email: str = ""):
    """Raises ValueError with a reason; ValidationError if the password is too weak."""
    if role not in ROLES:
        raise ValueError(f"unknown role '{role}': choose one of {', '.join(ROLES)}")
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ValueError(f"an account named '{username}' exists already")
    validate_password(password, User(username=username, email=email))
    with transaction.atomic():
        # Editors review in the admin site; admins manage accounts there.
        user = User.objects.create_user(
            username, email, password, is_staff=role != "researcher", is_superuser=role == "admin"
        )
        Account.objects.create(user=user, role=role)
    return user
