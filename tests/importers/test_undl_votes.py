from datetime import date

import pytest

from treatywatch.importers.problems import WrongShape
from treatywatch.importers.undl_votes import read_roll_calls

from .conftest import VOTES_CSV

HEADER = VOTES_CSV.read_text(encoding="utf-8").splitlines()[0]


def written(tmp_path, text: str, name="votes.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def fixture_line(number: int) -> str:
    return VOTES_CSV.read_text(encoding="utf-8").splitlines()[number]


def test_the_mbt_and_ccm_roll_calls_are_read_and_the_other_resolution_ignored():
    calls = {call.symbol: call for call in read_roll_calls(VOTES_CSV)}
    assert sorted(calls) == ["A/RES/80/35", "A/RES/80/52"]
    mbt = calls["A/RES/80/35"]
    assert (mbt.treaty, mbt.undl_id, mbt.date) == ("mbt", "4094649", date(2025, 12, 1))
    assert mbt.totals == {"yes": 159, "no": 1, "abstain": 19, "absent": 14}
    assert mbt.votes == {
        "EST": "abstain",
        "FIN": "abstain",
        "PRK": "abstain",
        "RUS": "no",
        "SYR": "absent",
        "TON": "yes",
        "USA": "abstain",
    }
    assert calls["A/RES/80/52"].treaty == "ccm"


def test_a_state_listed_without_a_vote_did_not_vote(tmp_path):
    line = fixture_line(1).replace(",EST,ESTONIA,A,", ",EST,ESTONIA,,")
    [call] = read_roll_calls(written(tmp_path, f"{HEADER}\n{line}\n"))
    assert call.votes == {"EST": "absent"}


def test_a_csv_without_the_columns_is_of_another_shape_naming_them(tmp_path):
    path = written(tmp_path, "resolution,country,vote\nA/RES/80/35,EST,A\n")
    with pytest.raises(WrongShape) as wrong:
        read_roll_calls(path)
    assert str(wrong.value) == (
        "not a UN Digital Library voting CSV: its header has no column undl_id, ms_code, ms_name, ms_vote, date, session, title"
    )


def test_a_file_that_is_not_text_is_of_another_shape(tmp_path):
    path = tmp_path / "votes.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(WrongShape, match="not UTF-8 text"):
        read_roll_calls(path)


def test_a_vote_that_is_not_a_dictionary_code_is_of_another_shape_with_its_line(tmp_path):
    line = fixture_line(1).replace(",EST,ESTONIA,A,", ",EST,ESTONIA,Q,")
    with pytest.raises(WrongShape, match="line 2: ms_vote: 'Q' is not Y, N, A, X or empty"):
        read_roll_calls(written(tmp_path, f"{HEADER}\n{line}\n"))


def test_a_state_voting_twice_on_one_resolution_is_of_another_shape(tmp_path):
    with pytest.raises(WrongShape, match="line 3: A/RES/80/35: a second vote for EST"):
        read_roll_calls(written(tmp_path, f"{HEADER}\n{fixture_line(1)}\n{fixture_line(1)}\n"))
