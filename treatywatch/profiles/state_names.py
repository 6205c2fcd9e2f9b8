"""A state's short name inside a sentence: "for the United States", "for Tonga".

English puts "the" before names that are plural or describe a union, republic or group
of islands; the short names in states.csv do not carry it.
"""

PLURAL_NAMES = frozenset(
    {
        "Bahamas",
        "Comoros",
        "Gambia",
        "Maldives",
        "Netherlands",
        "Philippines",
        "Seychelles",
        "Vatican",
    }
)
DESCRIPTIVE_STARTS = ("United ",)
DESCRIPTIVE_ENDS = (" Republic", " Islands")


def name_in_sentence(name: str) -> str:
    """The name as it reads after a preposition: "the United States", "Tonga"."""
    if (
        name in PLURAL_NAMES
        or name.startswith(DESCRIPTIVE_STARTS)
        or name.endswith(DESCRIPTIVE_ENDS)
    ):
        return f"the {name}"
    return name


def name_at_sentence_start(name: str) -> str:
    """ "The United States", "Tonga": the name opening a sentence."""
    in_sentence = name_in_sentence(name)
    return in_sentence[0].upper() + in_sentence[1:]
