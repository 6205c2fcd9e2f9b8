"""Checks that the treaty actions are possible under the treaties' own final clauses."""

from collections import defaultdict
from collections.abc import Iterator

from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset, Row
from treatywatch.dataset.schema import ARMED_CONFLICTS, EXTENSIONS, TREATY_ACTIONS
from treatywatch.treaties import (
    CONSENT_TYPES,
    ArmedConflict,
    Participation,
    TreatyRecord,
    consent_type_named,
    get_treaty,
    withdrawal_takes_effect,
)


def check_treaty_rules(dataset: Dataset) -> Iterator[Problem]:
    conflicts = [_conflict(row) for row in dataset[ARMED_CONFLICTS.name]]
    for treaty_code, actions_by_state in _actions_by_treaty_and_state(dataset).items():
        treaty = get_treaty(treaty_code)
        entry_into_force = _treaty_entry_into_force(treaty, actions_by_state)
        for iso3, actions in actions_by_state.items():
            state_conflicts = [c for c in conflicts if c.iso3 == iso3]
            yield from _check_state(treaty, entry_into_force, actions, state_conflicts)
    yield from _check_conflict_periods(dataset)
    yield from _check_extension_articles(dataset)


def _actions_by_treaty_and_state(dataset: Dataset) -> dict[str, dict[str, dict[str, Row]]]:
    grouped: dict[str, dict[str, dict[str, Row]]] = defaultdict(lambda: defaultdict(dict))
    for row in dataset[TREATY_ACTIONS.name]:
        grouped[row["treaty"]][row["iso3"]].setdefault(row["action"], row)
    return grouped


def _treaty_entry_into_force(treaty, actions_by_state):
    participations = [
        Participation(
            iso3,
            consented=actions["consent"]["date"],
            consent_type=actions["consent"]["consent_type"],
        )
        for iso3, actions in actions_by_state.items()
        if "consent" in actions
    ]
    return TreatyRecord(treaty, participations).entry_into_force


def _conflict(row: Row) -> ArmedConflict:
    return ArmedConflict(row["iso3"], row["start_date"], row["end_date"])


def _check_state(treaty, entry_into_force, actions: dict[str, Row], conflicts) -> Iterator[Problem]:
    signature, consent, notice = (
        actions.get(a) for a in ("signature", "consent", "withdrawal_notice")
    )
    for row in actions.values():
        yield from _check_action_fields(row)
    if signature:
        yield from _check_signature(treaty, entry_into_force, signature)
    if consent:
        yield from _check_consent(signature, consent)
    if notice:
        yield from _check_withdrawal(treaty, consent, notice, conflicts)


def _check_action_fields(row: Row) -> Iterator[Problem]:
    is_consent = row["action"] == "consent"
    if is_consent and row["consent_type"] is None:
        yield row.problem("consent_type", "a consent needs its type: " + ", ".join(CONSENT_TYPES))
    if not is_consent and row["consent_type"] is not None:
        yield row.problem(
            "consent_type", f"only a consent has a consent type, not a {row['action']}"
        )
    effective_allowed = row["action"] == "withdrawal_notice" or row["consent_type"] == "succession"
    if row["effective_date"] is not None and not effective_allowed:
        yield row.problem(
            "effective_date", "only a withdrawal notice or a succession has an effective date"
        )


def _check_signature(treaty, entry_into_force, signature: Row) -> Iterator[Problem]:
    signed = signature["date"]
    # Art. 15: open for signature from its opening until its entry into force.
    if signed < treaty.opened_for_signature:
        yield signature.problem(
            "date",
            f"{signed} is before the {treaty.short_name} opened for signature on {treaty.opened_for_signature}",
        )
    elif entry_into_force and signed >= entry_into_force:
        yield signature.problem(
            "date",
            f"{signed} is after entry into force ({entry_into_force}): Art. 15 closes signature then; later states join by accession (Art. 16)",
        )


def _check_consent(signature: Row | None, consent: Row) -> Iterator[Problem]:
    kind = consent["consent_type"]
    # Art. 16(1): ratification, acceptance and approval are by signatories; others accede.
    needs_signature = consent_type_named(kind).needs_signature
    if needs_signature and signature is None:
        yield consent.problem(
            "consent_type",
            f"{kind} needs a signature first (Art. 16(1)); a state that did not sign joins by accession",
        )
    elif needs_signature and consent["date"] < signature["date"]:
        yield consent.problem(
            "date",
            f"{kind} on {consent['date']} is before the signature on {signature['date']} (line {signature.line})",
        )


def _check_withdrawal(treaty, consent: Row | None, notice: Row, conflicts) -> Iterator[Problem]:
    notified = notice["date"]
    if consent is None or notified < consent["date"]:
        yield notice.problem(
            "date", f"a withdrawal notified on {notified} needs an earlier consent to be bound"
        )
        return
    expected = withdrawal_takes_effect(treaty, notified, conflicts)
    stated = notice["effective_date"]
    # Art. 20(2)-(3): six months after receipt, or not before an armed conflict ends.
    if stated is not None and stated != expected:
        rule = f"Art. {treaty.withdrawal_article}: notified on {notified}, it takes effect "
        yield notice.problem(
            "effective_date",
            rule
            + (
                f"on {expected}, not {stated}"
                if expected
                else f"only when the armed conflict ends, not on {stated}"
            ),
        )


def _check_conflict_periods(dataset: Dataset) -> Iterator[Problem]:
    for row in dataset[ARMED_CONFLICTS.name]:
        if row["end_date"] is not None and row["end_date"] < row["start_date"]:
            yield row.problem(
                "end_date", f"{row['end_date']} is before the start {row['start_date']}"
            )


def _check_extension_articles(dataset: Dataset) -> Iterator[Problem]:
    for row in dataset[EXTENSIONS.name]:
        # MBT Art. 5(3); CCM Arts. 3(3) and 4(5): the treaty definitions say which articles.
        allowed = get_treaty(row["treaty"]).extendable_articles
        if row["article"] not in allowed:
            yield row.problem(
                "article",
                f"the {row['treaty']} grants extensions under Art. {' or '.join(allowed)} only, not Art. {row['article']}",
            )
        elif row["new_deadline"].last_day <= row["granted_on"]:
            yield row.problem(
                "new_deadline",
                f"{row['new_deadline']} is not after the decision on {row['granted_on']}",
            )
