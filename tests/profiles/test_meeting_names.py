import pytest

from treatywatch.profiles.meeting_names import meeting_words


@pytest.mark.parametrize(
    "code, words",
    [
        ("mbt-msp-12", "the Twelfth Meeting of States Parties"),
        ("mbt-rc-5", "the Fifth Review Conference"),
        ("ccm-msp-20", "the Twentieth Meeting of States Parties"),
        ("mbt-msp-30", "the 30th Meeting of States Parties"),
        ("intersessional", "intersessional"),
    ],
)
def test_a_meeting_code_reads_as_the_meeting_s_name(code, words):
    assert meeting_words(code) == words
