"""The forms of consent (Art. 16 of both treaties, and succession from the law of state
succession), what each implies, and the words every page uses for them."""

import pytest

from treatywatch.treaties import CONSENT_TYPES, consent_type_named


def test_the_forms_of_consent_are_listed_in_the_treaties_order_with_succession_last():
    assert CONSENT_TYPES == ("ratification", "acceptance", "approval", "accession", "succession")


@pytest.mark.parametrize(
    "name, verb, verb_with_treaty, article, needs_signature, counts, mark",
    [
        ("ratification", "ratified", "ratified", "16(1)", True, True, ""),
        ("acceptance", "accepted", "accepted", "16(1)", True, True, "A"),
        ("approval", "approved", "approved", "16(1)", True, True, "AA"),
        ("accession", "acceded", "acceded to", "16(2)", False, True, "a"),
        ("succession", "succeeded", "notified its succession to", None, False, False, "d"),
    ],
)
def test_each_form_of_consent_has_its_article_its_words_and_what_it_implies(
    name, verb, verb_with_treaty, article, needs_signature, counts, mark
):
    kind = consent_type_named(name)
    assert (kind.name, kind.verb, kind.verb_with_treaty, kind.article) == (
        name,
        verb,
        verb_with_treaty,
        article,
    )
    assert (kind.needs_signature, kind.counts_towards_entry_into_force) == (needs_signature, counts)
    # The UN depositary's status tables write this mark after the date of consent.
    assert kind.depositary_mark == mark


@pytest.mark.parametrize("missing", [None, ""])
def test_a_consent_whose_type_is_not_recorded_reads_as_consented_and_counts(missing):
    kind = consent_type_named(missing)
    assert (kind.verb, kind.verb_with_treaty) == ("consented", "consented to")
    assert (kind.needs_signature, kind.counts_towards_entry_into_force) == (False, True)


def test_an_unknown_consent_type_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="'ratifcation' is not one of ratification, acceptance"):
        consent_type_named("ratifcation")
