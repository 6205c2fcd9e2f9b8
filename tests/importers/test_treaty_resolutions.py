import pytest

from treatywatch.importers.treaty_resolutions import symbol_key, treaty_of

MBT_TITLE = (
    "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production "
    "and Transfer of Anti-Personnel Mines and on Their Destruction : resolution / adopted by "
    "the General Assembly"
)
CCM_TITLE = "Implementation of the Convention on Cluster Munitions : resolution / adopted by the General Assembly"


def test_a_resolution_is_known_by_its_title():
    assert treaty_of("A/RES/80/35", MBT_TITLE) == "mbt"
    assert treaty_of("A/RES/80/52", CCM_TITLE) == "ccm"


@pytest.mark.parametrize("symbol", ["A/RES/51/45S", "A/RES/51/45 S", "A/RES/55/33[V]"])
def test_an_early_resolution_is_known_by_its_symbol_however_it_is_written(symbol):
    assert treaty_of(symbol, "General and complete disarmament : resolution") == "mbt"


def test_a_resolution_on_another_subject_is_ignored():
    assert (
        treaty_of(
            "A/RES/80/74",
            "Assistance in mine action : resolution / adopted by the General Assembly",
        )
        is None
    )


def test_symbols_are_compared_without_spaces_or_brackets():
    assert symbol_key("A/RES/55/33 V") == symbol_key("A/RES/55/33[V]") == "A/RES/55/33V"
