"""The treaty engine: the rules of the Mine Ban Treaty and the Convention on Cluster
Munitions, applied to dated facts about states.

Pure Python, standard library only, no Django; nothing is read at import time.
"""

from treatywatch.treaties.ccm import CCM
from treatywatch.treaties.consent import CONSENT_TYPES, ConsentType, consent_type_named
from treatywatch.treaties.counts import Counts
from treatywatch.treaties.deadline import Deadline
from treatywatch.treaties.deposits import Deposits
from treatywatch.treaties.entry_into_force import state_entry_into_force
from treatywatch.treaties.facts import ArmedConflict, Extension, Finding, Participation
from treatywatch.treaties.mbt import MBT
from treatywatch.treaties.record import TreatyRecord
from treatywatch.treaties.registry import TREATIES, UnknownTreaty, get_treaty
from treatywatch.treaties.status import Status
from treatywatch.treaties.treaty import Treaty
from treatywatch.treaties.withdrawal import withdrawal_takes_effect

__all__ = [
    "CCM",
    "CONSENT_TYPES",
    "MBT",
    "TREATIES",
    "ArmedConflict",
    "ConsentType",
    "Counts",
    "Deadline",
    "Deposits",
    "Extension",
    "Finding",
    "Participation",
    "Status",
    "Treaty",
    "TreatyRecord",
    "UnknownTreaty",
    "consent_type_named",
    "get_treaty",
    "state_entry_into_force",
    "withdrawal_takes_effect",
]
