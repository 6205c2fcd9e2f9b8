import pytest


@pytest.fixture
def check(db):
    """Check a text against the bundled record, as the three interfaces do."""
    from treatywatch.claims.check import check_text
    from treatywatch.claims.django_snapshot import build_snapshot
    from treatywatch.claims.names import NameIndex

    snapshot = build_snapshot()
    names = NameIndex(snapshot.states)

    def checked(text, as_of=None, today=None):
        return check_text(text, snapshot, names, as_of=as_of, today=today)

    return checked
