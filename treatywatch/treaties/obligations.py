"""Arts. 3, 4, 5 and 7: the deadlines of a State Party, counted from its entry into force.

Withdrawal: an obligation that falls due on or after the day a withdrawal took effect
no longer binds the state, so it is left out. A withdrawal that has not taken effect
by `through` changes nothing: the state is still bound on that day.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from treatywatch.treaties.calendar import add_years
from treatywatch.treaties.deadline import Deadline
from treatywatch.treaties.facts import Extension, Finding
from treatywatch.treaties.milestones import Milestones
from treatywatch.treaties.treaty import Treaty

__all__ = ["state_deadlines"]


def state_deadlines(
    treaty: Treaty,
    milestones: Milestones,
    through: date,
    extensions: Iterable[Extension],
    findings: Iterable[Finding],
) -> list[Deadline]:
    """Every deadline of one state up to `through`, with extensions and findings applied.

    A state that had not deposited its consent by `through` owes nothing yet: a view of
    a past day shows only what followed from the facts of that day.
    """
    if milestones.in_force is None or milestones.consented > through:
        return []
    deadlines = _reporting_deadlines(treaty, milestones.in_force, through)
    deadlines += _destruction_deadlines(treaty, milestones.in_force)
    deadlines = _apply_extensions(deadlines, list(extensions), through)
    deadlines = _drop_after_withdrawal(deadlines, milestones.withdrawal_effective, through)
    deadlines = _attach_findings(deadlines, list(findings))
    return sorted(deadlines, key=lambda deadline: (deadline.due, deadline.article))


def _reporting_deadlines(treaty: Treaty, in_force: date, through: date) -> list[Deadline]:
    # Art. 7(1): the initial report no later than 180 days after entry into force.
    initial = Deadline(
        article=f"{treaty.report_article}(1)",
        obligation="initial_report",
        description="Submit the initial transparency report",
        due=in_force + timedelta(days=treaty.initial_report_days),
    )
    initial = replace(initial, original_due=initial.due)
    return [initial] + _annual_reports(treaty, initial.due, through)


def _annual_reports(treaty: Treaty, initial_due: date, through: date) -> list[Deadline]:
    # Art. 7(2): updated annually by 30 April, covering the last calendar year; the first
    # update falls due on the first 30 April after the initial report's deadline.
    dues = (treaty.annual_report_due_in(year) for year in range(initial_due.year, through.year + 1))
    return [
        Deadline(
            article=f"{treaty.report_article}(2)",
            obligation="annual_report",
            description=f"Submit the annual transparency report covering {due.year - 1}",
            due=due,
            period=due.year - 1,
            original_due=due,
        )
        for due in dues
        if due > initial_due
    ]


def _destruction_deadlines(treaty: Treaty, in_force: date) -> list[Deadline]:
    # MBT Art. 4 / CCM Art. 3(2): stockpiles destroyed within N years of entry into force.
    stockpile_due = add_years(in_force, treaty.stockpile_years)
    stockpile = Deadline(
        article=treaty.stockpile_article,
        obligation="stockpile_destruction",
        description=treaty.stockpile_description,
        due=stockpile_due,
        original_due=stockpile_due,
        extendable=treaty.stockpile_article in treaty.extendable_articles,
    )
    # MBT Art. 5(1) / CCM Art. 4(1): contaminated areas cleared within 10 years.
    clearance_due = add_years(in_force, treaty.clearance_years)
    clearance = Deadline(
        article=treaty.clearance_article,
        obligation="clearance",
        description=treaty.clearance_description,
        due=clearance_due,
        original_due=clearance_due,
        extendable=treaty.clearance_article in treaty.extendable_articles,
    )
    return [stockpile, clearance]


def _apply_extensions(
    deadlines: list[Deadline], extensions: list[Extension], through: date
) -> list[Deadline]:
    # MBT Art. 5(3) / CCM Arts. 3(3), 4(5): a meeting's latest decision sets the deadline.
    return [_extended(deadline, extensions, through) for deadline in deadlines]


def _extended(deadline: Deadline, extensions: list[Extension], through: date) -> Deadline:
    granted = sorted(
        (e for e in extensions if e.article == deadline.article and e.granted_on <= through),
        key=lambda extension: extension.granted_on,
    )
    if not granted:
        return deadline
    return replace(deadline, due=granted[-1].new_deadline, extensions=tuple(granted))


def _drop_after_withdrawal(
    deadlines: list[Deadline], withdrawal_effective: date | None, through: date
) -> list[Deadline]:
    # Art. 20: once the withdrawal has taken effect the state owes nothing further.
    if withdrawal_effective is None or withdrawal_effective > through:
        return deadlines
    return [deadline for deadline in deadlines if deadline.due < withdrawal_effective]


def _attach_findings(deadlines: list[Deadline], findings: list[Finding]) -> list[Deadline]:
    # Grouped first: a state's findings are read once, not once per deadline.
    grouped: dict[tuple, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[_concerned(finding.obligation, finding.period)].append(finding)
    return [
        replace(deadline, findings=tuple(grouped[_concerned(deadline.obligation, deadline.period)]))
        for deadline in deadlines
    ]


def _concerned(obligation: str, period: int | None) -> tuple:
    # Only annual reports recur, so only they are told apart by the period covered.
    return (obligation, period) if obligation == "annual_report" else (obligation, None)
