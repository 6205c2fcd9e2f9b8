"""Every checkable claim in a text, in the order they appear."""

import re
from datetime import date

from treatywatch.claims.claim import Claim
from treatywatch.claims.extract_acts import act_claims
from treatywatch.claims.extract_counts import count_claims, count_matches
from treatywatch.claims.extract_figures import figure_claims
from treatywatch.claims.extract_force import entry_into_force_claims
from treatywatch.claims.extract_groups import group_claims
from treatywatch.claims.extract_meetings import (
    MeetingNames,
    meeting_claims,
    meeting_matches,
    treaty_event_claims,
)
from treatywatch.claims.extract_states import state_claims
from treatywatch.claims.extract_votes import state_vote_claims, tally_claims
from treatywatch.claims.names import NameIndex
from treatywatch.claims.pipeline import nlp
from treatywatch.claims.sentence import Sentence
from treatywatch.claims.snapshot import Snapshot
from treatywatch.claims.treaties import document_treaty, treaty_of

# A claim of these kinds says more than a bare count found inside it.
_OVER_COUNTS = {"ordinal", "group_count", "region_count", "vote_tally", "figure"}


def extract_claims(
    text: str, snapshot: Snapshot, names: NameIndex, on: date | None = None
) -> list[Claim]:
    default = document_treaty(text)
    meeting_names = _meeting_names(snapshot)
    sentences, earlier = [], ()
    doc = nlp()(text)
    counts, meetings = count_matches(doc), meeting_matches(doc, text)
    for tokens in doc.sents:
        mentions = tuple(names.mentions(tokens))
        sentence_text = text[tokens.start_char : tokens.end_char]
        treaty = treaty_of(sentence_text, default)
        sentences.append(
            Sentence(sentence_text, tokens.start_char, tokens, mentions, treaty, earlier, on)
        )
        earlier += mentions
    claims = tally_claims(text, sentences, on)
    for sentence in sentences:
        claims += count_claims(sentence, _within(counts, sentence))
        claims += state_claims(sentence)
        claims += act_claims(sentence)
        claims += group_claims(sentence)
        claims += meeting_claims(sentence, _within(meetings, sentence), meeting_names)
        claims += entry_into_force_claims(sentence)
        claims += treaty_event_claims(sentence)
        claims += figure_claims(sentence)
        claims += state_vote_claims(sentence, text)
    return sorted(_without_repeats(claims), key=lambda c: (c.start, c.kind))


def _within(matches, sentence: Sentence) -> list[tuple[int, int, int]]:
    tokens = sentence.tokens
    return [m for m in matches if tokens.start <= m[1] < tokens.end]


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """A count inside a fuller claim goes, and so does a claim found twice."""
    fuller = [c for c in claims if c.kind in _OVER_COUNTS]
    acts = [c for c in claims if c.kind == "state_event"]
    kept, seen = [], set()
    for claim in claims:
        inside = claim.kind == "count" and any(
            f.start <= claim.end and claim.start <= f.end for f in fuller
        )
        # "Poland signed the Convention in 1997": the dated act says more than the status.
        inside = inside or (
            claim.kind == "status"
            and any(
                a.subject == claim.subject and a.start <= claim.end and claim.start <= a.end
                for a in acts
            )
        )
        key = (claim.kind, claim.subject, claim.start, claim.detail)
        if not inside and key not in seen:
            kept.append(claim)
            seen.add(key)
    return kept


def _meeting_names(snapshot: Snapshot) -> MeetingNames:
    """Each meeting's city and country, and the names in brackets the record gives some."""
    places, aliases = set(), {}
    for meeting in snapshot.meetings:
        parts = [
            p.strip() for p in re.split(r"[,;]", re.sub(r"\(.*?\)", "", meeting.place)) if p.strip()
        ]
        places.update(parts)
        places.update(p.split()[0] for p in parts[1:] if len(p.split()) > 1)
        if alias := re.search(r"\(([^)]{12,})\)", meeting.name):
            aliases[alias.group(1)] = meeting.code.split("-", 1)[1]
    return MeetingNames(frozenset(places), aliases)
