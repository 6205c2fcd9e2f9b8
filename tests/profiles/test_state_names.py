import pytest

from treatywatch.profiles.state_names import name_at_sentence_start, name_in_sentence


@pytest.mark.parametrize(
    ("name", "in_sentence"),
    [
        ("United States", "the United States"),
        ("United Kingdom", "the United Kingdom"),
        ("Central African Republic", "the Central African Republic"),
        ("Marshall Islands", "the Marshall Islands"),
        ("Netherlands", "the Netherlands"),
        ("Philippines", "the Philippines"),
        ("Tonga", "Tonga"),
        ("Estonia", "Estonia"),
        ("DR Congo", "DR Congo"),
    ],
)
def test_names_that_take_the_article_get_it_inside_a_sentence(name, in_sentence):
    assert name_in_sentence(name) == in_sentence


def test_a_sentence_opening_with_the_name_is_capitalised():
    assert name_at_sentence_start("Cook Islands") == "The Cook Islands"
    assert name_at_sentence_start("Tonga") == "Tonga"
