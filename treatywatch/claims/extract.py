"""Every checkable claim in a text, in the order they appear."""

from treatywatch.claims.claim import Claim
from treatywatch.claims.extract_counts import count_claims
from treatywatch.claims.extract_events import entry_into_force_claims, group_claims, meeting_claims
from treatywatch.claims.extract_states import state_claims
from treatywatch.claims.names import NameIndex
from treatywatch.claims.pipeline import nlp
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.treaties import document_treaty


def extract_claims(text: str, snapshot: Snapshot, names: NameIndex) -> list[Claim]:
    default = document_treaty(text)
    places = _meeting_places(snapshot)
    claims, earlier = [], []
    for sentence in nlp()(text).sents:
        mentions = names.mentions(sentence)
        claims += count_claims(sentence, default)
        claims += state_claims(sentence, mentions, default)
        # "Every other member of NATO" sets apart the state the text spoke of last.
        claims += group_claims(sentence, mentions or earlier[-1:], default)
        claims += meeting_claims(sentence, places, default)
        claims += entry_into_force_claims(sentence, mentions, default)
        earlier += mentions
    return sorted(claims, key=lambda c: c.start)


def _meeting_places(snapshot: Snapshot) -> dict[str, str]:
    """Each meeting's city (the place's first part), for finding it in a sentence."""
    return {m.place.split(",")[0]: m.code for m in snapshot.meetings if m.place}
