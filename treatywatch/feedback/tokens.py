"""The two secrets of the feedback form: the submitter's status link, and the signed key of
the files a failed submission keeps waiting."""

import hashlib
import secrets

from django.core import signing

# Files kept from a failed submission wait an hour at most (see pending.py): time enough to
# correct a form, not a day of storage for anyone who posts large files and fails on purpose.
PENDING_MAX_AGE_SECONDS = 60 * 60
_PENDING_SALT = "treatywatch.feedback.pending"


def new_status_token() -> str:
    # 32 random bytes: a link nobody can guess or enumerate.
    return secrets.token_urlsafe(32)


def hash_status_token(token: str) -> str:
    """Only this hash is stored: a copy of the database does not hold working links."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_pending_key() -> str:
    return secrets.token_hex(16)


def sign_pending_key(key: str) -> str:
    return signing.dumps(key, salt=_PENDING_SALT)


def unsign_pending_key(token: str) -> str | None:
    """The key inside a token from the form, or None if forged, malformed or too old."""
    try:
        key = signing.loads(token, salt=_PENDING_SALT, max_age=PENDING_MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    # The key names a folder: only the shape new_pending_key makes is trusted.
    return (
        key
        if isinstance(key, str) and len(key) == 32 and all(c in "0123456789abcdef" for c in key)
        else None
    )
