"""Numbers as texts write them: "156", "1,000", "thirty-seven", "3 million"."""

from text_to_num import text2num

_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def parse_number(words: str) -> int | None:
    """The integer `words` write, or None when they are not a number."""
    words = words.strip().lower()
    scale = 1
    head, _, last = words.rpartition(" ")
    if head and last in _SCALES:
        words, scale = head, _SCALES[last]
    value = _digits(words) if words[:1].isdigit() else _words(words)
    return None if value is None else int(value * scale)


def _digits(words: str) -> float | None:
    try:
        return float(words.replace(",", ""))
    except ValueError:
        return None


def _words(words: str) -> int | None:
    try:
        return text2num(words, "en")
    except ValueError:
        return None
