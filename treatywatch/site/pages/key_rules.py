"""A treaty's key rules in plain words, written from the same definition the engine applies
(treatywatch/treaties/mbt.py, ccm.py), so the page and the computation cannot disagree."""

from dataclasses import dataclass

from treatywatch.profiles.date_words import MONTHS, day_words
from treatywatch.treaties import CONSENT_TYPES, Treaty, consent_type_named


@dataclass(frozen=True)
class KeyRule:
    article: str
    heading: str
    words: str


def key_rules(treaty: Treaty) -> list[KeyRule]:
    """Joining, entry into force, the obligations with their time limits, and withdrawal."""
    return [
        _joining(treaty),
        _entry_into_force(treaty),
        _stockpiles(treaty),
        _clearance(treaty),
        _reporting(treaty),
        _withdrawal(treaty),
    ]


def _joining(treaty: Treaty) -> KeyRule:
    return KeyRule(
        "15, 16",
        "Joining",
        f"Open for signature from {day_words(treaty.opened_for_signature)} until it entered into force; "
        f"a state becomes a party by depositing an instrument of {_consents_under('16(1)')} "
        f"(after signing) or of {_consents_under('16(2)')} (without signing) with the UN Secretary-General.",
    )


def _consents_under(article: str) -> str:
    # Art. 16(1) lists the consents of signatories, Art. 16(2) the accession of others.
    *others, last = [name for name in CONSENT_TYPES if consent_type_named(name).article == article]
    return f"{', '.join(others)} or {last}" if others else last


def _entry_into_force(treaty: Treaty) -> KeyRule:
    return KeyRule(
        treaty.entry_into_force_article,
        "Entry into force",
        f"In force on the first day of the sixth month after the month in which the "
        f"{ordinal(treaty.entry_into_force_threshold)} instrument was deposited; for a state that "
        "deposits later, on the first day of the sixth month after the month of its deposit.",
    )


def _stockpiles(treaty: Treaty) -> KeyRule:
    return KeyRule(
        treaty.stockpile_article,
        "Stockpile destruction",
        f"{treaty.stockpile_description} as soon as possible, and no later than "
        f"{_years(treaty.stockpile_years)} after the treaty enters into force for the state"
        f"{_extendable(treaty, treaty.stockpile_article)}.",
    )


def _clearance(treaty: Treaty) -> KeyRule:
    return KeyRule(
        treaty.clearance_article,
        "Clearance",
        f"{treaty.clearance_description} under the state's jurisdiction or control, no later than "
        f"{_years(treaty.clearance_years)} after entry into force for the state"
        f"{_extendable(treaty, treaty.clearance_article)}.",
    )


def _reporting(treaty: Treaty) -> KeyRule:
    month, day = treaty.annual_report_due
    return KeyRule(
        treaty.report_article,
        "Transparency reports",
        f"An initial report no later than {treaty.initial_report_days} days after entry into force "
        f"for the state, then an updated report by {day} {MONTHS[month - 1]} each year, covering "
        "the previous calendar year.",
    )


def _withdrawal(treaty: Treaty) -> KeyRule:
    return KeyRule(
        treaty.withdrawal_article,
        "Withdrawal",
        f"A withdrawal takes effect {treaty.withdrawal_months} months after the depositary receives "
        "the instrument; if the state is then engaged in an armed conflict, not before the end of "
        "that conflict. Until then the state remains a party.",
    )


def _extendable(treaty: Treaty, article: str) -> str:
    if article not in treaty.extendable_articles:
        return "; this deadline cannot be extended"
    return (
        "; a Meeting of States Parties or a Review Conference may extend it at the state's request"
    )


def _years(count: int) -> str:
    return "one year" if count == 1 else f"{count} years"


def ordinal(number: int) -> str:
    """ "40th", "21st", "12th"."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
