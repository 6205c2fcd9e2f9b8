from datetime import date

import pytest

from treatywatch.profiles.deadline_lines import deadline_sentence
from treatywatch.treaties import Deadline
from treatywatch.treaties.facts import Extension, Finding

DUE = date(2007, 3, 1)
AS_OF = date(2025, 1, 1)


def _finding(kind, first=None, last=None, obligation="stockpile_destruction"):
    return Finding("XXX", obligation, kind, None, first, last or first, "src")


def _deadline(*findings, obligation="stockpile_destruction", extensions=(), due=DUE):
    extendable = obligation == "clearance"
    return Deadline("4", obligation, "Destroy", due, None, DUE, extensions, findings, extendable)


@pytest.mark.parametrize(
    "deadline, sentence",
    [
        (
            _deadline(_finding("completed", date(2006, 5, 2))),
            "Due 1 March 2007; completed on 2 May 2006.",
        ),
        (
            _deadline(_finding("completed", date(2008, 1, 1), date(2008, 12, 31))),
            "Due 1 March 2007; completed after the due date in 2008.",
        ),
        (
            # Sources differ: a completion dated before the due date and a source that says missed.
            _deadline(
                _finding("completed", date(2006, 1, 1), date(2006, 12, 31)),
                _finding("missed", DUE),
            ),
            "Due 1 March 2007; completed in 2006, though a source records the deadline as missed.",
        ),
        (
            _deadline(_finding("missed", date(2020, 1, 1), date(2020, 12, 31))),
            "Due 1 March 2007; missed: a source records it still not met in 2020.",
        ),
        (_deadline(), "Due 1 March 2007; the record does not say whether it was met."),
        (_deadline(_finding("not_applicable")), "Not applicable: no stockpile was declared."),
        (_deadline(due=date(2030, 3, 1)), "Due 1 March 2030."),
        (
            _deadline(
                _finding("missed", DUE, obligation="clearance"),
                obligation="clearance",
                extensions=(Extension("XXX", "5", date(2006, 11, 1), date(2009, 3, 1)),),
                due=date(2009, 3, 1),
            ),
            "Due 1 March 2009; the record does not say whether it was met. A source records the "
            "original deadline (1 March 2007) as not met.",
        ),
        (
            # Art. 5(3): completed after the only date the record knows, which a grant it
            # lacks may have moved: not called late.
            _deadline(
                _finding("completed", date(2013, 12, 4), obligation="clearance"),
                obligation="clearance",
            ),
            "Due 1 March 2007; completed on 4 December 2013. The record holds no later extension "
            "and no source saying the deadline was missed.",
        ),
        (
            _deadline(
                _finding("reported", date(2003, 1, 1), date(2003, 12, 31), obligation="clearance"),
                obligation="clearance",
            ),
            "Due 1 March 2007; the record does not say whether it was met. Contaminated areas "
            "were reported in 2003.",
        ),
        (
            _deadline(_finding("reported", date(2020, 5, 5)), due=date(2030, 3, 1)),
            "Due 1 March 2030. A stockpile was declared on 5 May 2020.",
        ),
        (
            # Sources differ: the declaration of none is what settles the obligation.
            _deadline(_finding("reported", date(2003, 5, 5)), _finding("not_applicable")),
            "Not applicable: no stockpile was declared.",
        ),
    ],
)
def test_a_deadline_reads_as_the_record_knows_it(deadline, sentence):
    assert deadline_sentence(deadline, AS_OF) == sentence
