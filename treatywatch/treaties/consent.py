"""The ways a state consents to be bound, what each one implies, and the words for it.

Everything that names a consent type (the validator, the models' choices, the status line,
the timeline, recent changes, the key rules) reads it from here.
"""

from dataclasses import dataclass

__all__ = ["CONSENT_TYPES", "ConsentType", "consent_type_named"]


@dataclass(frozen=True)
class ConsentType:
    """A form of consent: `verb` reads "ratified 3 Dec 1997"; `verb_with_treaty` reads
    "Acceded to the Mine Ban Treaty"; `article` is where the treaty provides for it;
    `depositary_mark` is what the UN depositary's status tables write after the date."""

    name: str
    verb: str
    verb_with_treaty: str
    article: str | None
    needs_signature: bool
    counts_towards_entry_into_force: bool
    depositary_mark: str


_KINDS = (
    # Art. 16(1) of both treaties: signatories ratify, accept or approve; Art. 17(1) counts
    # their instruments towards entry into force. The depositary marks a ratification with
    # nothing, an acceptance "A", an approval "AA".
    ConsentType("ratification", "ratified", "ratified", "16(1)", True, True, ""),
    ConsentType("acceptance", "accepted", "accepted", "16(1)", True, True, "A"),
    ConsentType("approval", "approved", "approved", "16(1)", True, True, "AA"),
    # Art. 16(2): a state that did not sign accedes ("a"); Art. 17(1) counts accessions too.
    ConsentType("accession", "acceded", "acceded to", "16(2)", False, True, "a"),
    # Not in the treaties: the law of state succession (Vienna Convention of 1978, arts. 17
    # and 23). A notification of succession ("d") is no instrument of ratification,
    # acceptance, approval or accession, so Art. 17(1) does not count it (see deposits.py).
    ConsentType("succession", "succeeded", "notified its succession to", None, False, False, "d"),
)
_BY_NAME = {kind.name: kind for kind in _KINDS}

# The names, in the order the treaties give them: the dataset's choices.
CONSENT_TYPES: tuple[str, ...] = tuple(_BY_NAME)

# A consent whose type the record does not give: an instrument like any other.
_UNSTATED = ConsentType("", "consented", "consented to", None, False, True, "")


def consent_type_named(name: str | None) -> ConsentType:
    """The consent type called `name`; a plain "consented" where the record gives none
    (None, or the empty cell a database keeps for it)."""
    if not name:
        return _UNSTATED
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(
            f"consent type {name!r} is not one of {', '.join(CONSENT_TYPES)}."
        ) from None
