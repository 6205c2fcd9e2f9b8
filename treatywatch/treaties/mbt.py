"""The 1997 Mine Ban Treaty ("Ottawa Convention"), UN depositary chapter XXVI-5."""

from datetime import date

from treatywatch.treaties.treaty import Treaty

__all__ = ["MBT"]

MBT = Treaty(
    code="mbt",
    name=(
        "Convention on the Prohibition of the Use, Stockpiling, Production and "
        "Transfer of Anti-Personnel Mines and on their Destruction"
    ),
    short_name="Mine Ban Treaty",
    # Adopted at the Oslo diplomatic conference; signed in Ottawa.
    adopted=date(1997, 9, 18),
    # Art. 15: open for signature at Ottawa from 3 Dec 1997, then in New York.
    opened_for_signature=date(1997, 12, 3),
    depositary_chapter="XXVI-5",
    # Art. 17(1): in force after the 40th instrument of consent.
    entry_into_force_article="17",
    entry_into_force_threshold=40,
    # Art. 4: stockpiles destroyed within 4 years of entry into force for the state.
    stockpile_article="4",
    stockpile_years=4,
    stockpile_description="Destroy stockpiled antipersonnel mines",
    # Art. 5(1): mined areas cleared within 10 years of entry into force.
    clearance_article="5",
    clearance_years=10,
    clearance_description="Clear all antipersonnel mines in mined areas",
    # Art. 5(3): only the clearance deadline can be extended; Art. 4 has no extension.
    extendable_articles=("5",),
    # Art. 7(1) initial report within 180 days; Art. 7(2) annual update by 30 April.
    report_article="7",
    initial_report_days=180,
    annual_report_due=(4, 30),
    # Art. 20(2): withdrawal takes effect six months after the depositary receives it.
    withdrawal_article="20",
    withdrawal_months=6,
)
