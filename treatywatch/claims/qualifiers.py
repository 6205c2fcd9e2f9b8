"""The words that soften or bound a number, and the range of record values each allows."""

# How far "about" and its kin may stray: 5% either side, at least one state.
TOLERANCE = 0.05

_WORDS = {
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "up to": "at most",
    "at most": "at most",
}


def qualifier_before(words_before: str) -> str:
    """The qualifier the words just before a number end with, or ""."""
    words = words_before.lower().split()
    for size in (2, 1):
        phrase = " ".join(words[-size:])
        if len(words) >= size and phrase in _WORDS:
            return _WORDS[phrase]
    return ""


def allowed(qualifier: str, value: int) -> tuple[float, float]:
    """The record values the qualified number is true of."""
    slack = max(1.0, value * TOLERANCE)
    return {
        "nearly": (value - slack, value),
        "about": (value - slack, value + slack),
        "more than": (value + 1, float("inf")),
        "at least": (value, float("inf")),
        "fewer than": (0, value - 1),
        "at most": (0, value),
    }.get(qualifier, (value, value))


def tolerance_words(qualifier: str, value: int) -> str:
    low, high = allowed(qualifier, value)
    if qualifier in ("nearly", "about"):
        return f"'{qualifier} {value}' read as {low:g} to {high:g} ({TOLERANCE:.0%}, at least 1)"
    return ""
