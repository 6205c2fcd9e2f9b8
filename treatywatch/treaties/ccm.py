"""The 2008 Convention on Cluster Munitions, UN depositary chapter XXVI-6."""

from datetime import date

from treatywatch.treaties.treaty import Treaty

__all__ = ["CCM"]

CCM = Treaty(
    code="ccm",
    name="Convention on Cluster Munitions",
    short_name="Convention on Cluster Munitions",
    # Adopted at the Dublin diplomatic conference; signed in Oslo.
    adopted=date(2008, 5, 30),
    # Art. 15: open for signature at Oslo from 3 Dec 2008, then in New York.
    opened_for_signature=date(2008, 12, 3),
    depositary_chapter="XXVI-6",
    # Art. 17(1): in force after the 30th instrument of consent.
    entry_into_force_article="17",
    entry_into_force_threshold=30,
    # Art. 3(2): stockpiles destroyed within 8 years of entry into force for the state.
    stockpile_article="3",
    stockpile_years=8,
    stockpile_description="Destroy stockpiled cluster munitions",
    # Art. 4(1)(a): contaminated areas cleared within 10 years of entry into force.
    clearance_article="4",
    clearance_years=10,
    clearance_description="Clear and destroy cluster munition remnants in contaminated areas",
    # Art. 3(3) and Art. 4(5): both the stockpile and the clearance deadlines can be extended.
    extendable_articles=("3", "4"),
    # Art. 7(1) initial report within 180 days; Art. 7(2) annual update by 30 April.
    report_article="7",
    initial_report_days=180,
    annual_report_due=(4, 30),
    # Art. 20(2): withdrawal takes effect six months after the depositary receives it.
    withdrawal_article="20",
    withdrawal_months=6,
)
