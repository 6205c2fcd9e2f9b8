"""A state's standing under a treaty in words, Monitor style, with the dates behind it.

"Not a State Party"; "Signatory (signed 4 Dec 1997), not ratified";
"State Party: ratified 3 Dec 1997, in force 1 Mar 1999";
"Not a State Party (withdrawn): acceded 12 May 2004, in force 1 Nov 2004; withdrawal
notified 27 Jun 2025, effective 27 Dec 2025".
"""

from datetime import date

from treatywatch.profiles.date_words import day_words, short_day_words
from treatywatch.treaties import Status, Treaty, consent_type_named
from treatywatch.treaties.standing import Standing
from treatywatch.treaties.withdrawal import withdrawal_period_ends


def status_words(standing: Standing, treaty: Treaty) -> str:
    """The status line for one treaty, using only the actions taken by the profile's date."""
    return _WORDS[standing.status](standing, treaty)


def parties_words(is_party: bool, parties: int, on: date) -> str:
    """How many States Parties there are on the day, from the state's side of it."""
    when = day_words(on)
    if is_party:
        return f"One of {parties} States Parties on {when}."
    if parties == 0:
        return f"No state is party on {when}."
    return f"{parties} {'state is' if parties == 1 else 'states are'} party on {when}."


def _consent_words(standing: Standing, in_force_verb: str) -> str:
    verb = consent_type_named(standing.consent_type).verb
    consent = f"{verb} {short_day_words(standing.consented)}"
    if standing.in_force_from is None:
        # Art. 17(1): before the threshold of deposits the treaty has no entry-into-force date.
        return f"{consent}, entry into force not yet fixed"
    return f"{consent}, {in_force_verb} {short_day_words(standing.in_force_from)}"


def _withdrawal_words(standing: Standing) -> str:
    notified = f"withdrawal notified {short_day_words(standing.withdrawal_notified)}"
    return f"{notified}, effective {short_day_words(standing.withdrawal_effective)}"


def _suspension_words(standing: Standing, treaty: Treaty) -> str:
    # Art. 20(3): at the end of the six months the state is engaged in an armed conflict.
    period_end = withdrawal_period_ends(treaty, standing.withdrawal_notified)
    effect = (
        f"takes effect {short_day_words(standing.withdrawal_effective)}, the day after it ends"
        if standing.withdrawal_effective
        else "takes effect only when it ends"
    )
    return (
        f"withdrawal notified {short_day_words(standing.withdrawal_notified)}; the six months "
        f"ended {short_day_words(period_end)} during an armed conflict, so the withdrawal "
        f"{effect} (Art. {treaty.withdrawal_article}(3))"
    )


_WORDS = {
    Status.NOT_SIGNED: lambda s, t: "Not a State Party",
    Status.SIGNED: lambda s, t: f"Signatory (signed {short_day_words(s.signed)}), not ratified",
    Status.PARTY: lambda s, t: f"State Party: {_consent_words(s, 'enters into force')}",
    Status.PARTY_IN_FORCE: lambda s, t: f"State Party: {_consent_words(s, 'in force')}",
    Status.WITHDRAWAL_PENDING: lambda s, t: (
        f"State Party, withdrawing: {_consent_words(s, 'in force')}; {_withdrawal_words(s)}"
    ),
    Status.WITHDRAWAL_SUSPENDED: lambda s, t: (
        f"State Party, withdrawal suspended: {_consent_words(s, 'in force')}; {_suspension_words(s, t)}"
    ),
    Status.WITHDRAWN: lambda s, t: (
        f"Not a State Party (withdrawn): {_consent_words(s, 'in force')}; {_withdrawal_words(s)}"
    ),
}
