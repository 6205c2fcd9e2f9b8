import pytest

from treatywatch.accounts.creation import create_account

PASSWORD = "correct horse battery staple"


@pytest.fixture
def make_account(db):
    def make(name: str, role: str):
        return create_account(name, role, PASSWORD, f"{name}@example.org")

    return make


@pytest.fixture
def password() -> str:
    return PASSWORD
