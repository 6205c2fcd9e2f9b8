"""A meeting's code in words: "mbt-msp-12" is "the Twelfth Meeting of States Parties"."""

import re

_CODE = re.compile(r"(?P<treaty>mbt|ccm)-(?P<kind>msp|rc)-(?P<number>\d+)")
_KINDS = {"msp": "Meeting of States Parties", "rc": "Review Conference"}
_ORDINALS = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
    "Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth "
    "Twenty-first Twenty-second Twenty-third Twenty-fourth Twenty-fifth"
).split()


def meeting_words(code: str) -> str:
    """The meeting in words; a code of another shape is returned as it is."""
    match = _CODE.fullmatch(code)
    if not match:
        return code
    number = int(match["number"])
    ordinal = _ORDINALS[number - 1] if 0 < number <= len(_ORDINALS) else f"{number}th"
    return f"the {ordinal} {_KINDS[match['kind']]}"
