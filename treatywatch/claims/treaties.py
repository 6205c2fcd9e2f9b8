"""Which treaty a sentence (or, failing that, the whole text) is about."""

import re

_MBT = re.compile(
    r"mine ban|ottawa|anti-?personnel (?:land)?mines?|anti-?personnel|landmine|land mine|\bmines?\b|\bAPMs?\b",
    re.I,
)
_CCM = re.compile(r"cluster munition|cluster bomb|\bCCM\b|oslo convention", re.I)


def treaty_of(sentence: str, default: str) -> str:
    mbt, ccm = len(_MBT.findall(sentence)), len(_CCM.findall(sentence))
    if mbt == ccm:
        return default
    return "mbt" if mbt > ccm else "ccm"


def document_treaty(text: str) -> str:
    """The treaty the text mostly speaks of; on a tie, the one it names first."""
    mbt, ccm = list(_MBT.finditer(text)), list(_CCM.finditer(text))
    if len(mbt) != len(ccm):
        return "ccm" if len(ccm) > len(mbt) else "mbt"
    return "ccm" if ccm and (not mbt or ccm[0].start() < mbt[0].start()) else "mbt"
