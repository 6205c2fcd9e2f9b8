"""The three roles. Each includes the ones below it: an editor may also propose, an
admin may also review."""

ROLES = ("researcher", "editor", "admin")


def role_of(user) -> str | None:
    if not getattr(user, "is_authenticated", False):
        return None
    account = getattr(user, "account", None)
    return account.role if account else None


def has_role(user, role: str) -> bool:
    held = role_of(user)
    return held is not None and ROLES.index(held) >= ROLES.index(role)
