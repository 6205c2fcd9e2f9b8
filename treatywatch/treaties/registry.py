"""The treaties the engine knows, by code."""

from treatywatch.treaties.ccm import CCM
from treatywatch.treaties.mbt import MBT
from treatywatch.treaties.treaty import Treaty

__all__ = ["TREATIES", "UnknownTreaty", "get_treaty"]

TREATIES: dict[str, Treaty] = {treaty.code: treaty for treaty in (MBT, CCM)}


class UnknownTreaty(ValueError):
    """Raised for a treaty code the engine does not know."""


def get_treaty(code: str) -> Treaty:
    """The treaty with this code ("mbt", "ccm"); case and surrounding spaces are ignored."""
    try:
        return TREATIES[code.strip().lower()]
    except (KeyError, AttributeError):
        known = ", ".join(sorted(TREATIES))
        raise UnknownTreaty(f"Unknown treaty code {code!r}; use one of: {known}.") from None
