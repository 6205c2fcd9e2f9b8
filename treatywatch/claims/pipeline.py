"""The one spaCy pipeline: blank English (no downloaded model) with a sentencizer."""

from functools import cache

import spacy
from spacy.language import Language


@cache
def nlp() -> Language:
    """Built on first use, not at import: loading spaCy takes a moment."""
    pipeline = spacy.blank("en")
    # "State Party No. 112": the number's abbreviation ends no sentence.
    pipeline.tokenizer.add_special_case("No.", [{"ORTH": "No."}])
    pipeline.add_pipe("sentencizer")
    return pipeline
