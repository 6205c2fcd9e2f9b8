"""The filters of a list, as the client gave them: a parameter left out filters nothing."""


def given(**lookups) -> dict:
    """The Django lookups whose value the client gave (every absent parameter is None)."""
    return {lookup: value for lookup, value in lookups.items() if value is not None}
