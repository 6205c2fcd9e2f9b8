"""Which treaty a sentence (or, failing that, the whole text) is about."""

import re

_MBT = re.compile(r"mine ban|ottawa|anti-?personnel|landmine|land mine|\bmines?\b|\bAPMs?\b", re.I)
_CCM = re.compile(r"cluster munition|cluster bomb|\bCCM\b|oslo convention", re.I)


def treaty_of(sentence: str, default: str) -> str:
    mbt, ccm = len(_MBT.findall(sentence)), len(_CCM.findall(sentence))
    if mbt == ccm:
        return default
    return "mbt" if mbt > ccm else "ccm"


def document_treaty(text: str) -> str:
    """The treaty the text mostly speaks of; the Mine Ban Treaty when it cannot tell."""
    return "ccm" if len(_CCM.findall(text)) > len(_MBT.findall(text)) else "mbt"
