"""The rules that find and judge each kind of claim, one case per rule: a sentence, what is
found in it, and the verdict on the date given."""

from datetime import date

import pytest

TODAY = date(2026, 11, 29)

CASES = [
    # (sentence, document date, kind, subject, value, verdict on that date)
    # counts, their measures and what is not a count
    (
        "A total of 156 nations are party, while another two states have signed, but still not ratified.",
        "2009-10-22",
        "count",
        "signed_not_party",
        2,
        "supported",
    ),
    (
        "The Mine Ban Treaty, currently endorsed by 166 countries, bans mines.",
        "2025-07-01",
        "count",
        "parties",
        166,
        "supported",
    ),
    (
        "Sri Lanka said it would accede to the 162-member treaty.",
        "2016-03-02",
        "count",
        "parties",
        162,
        "supported",
    ),
    (
        "The campaign brought the Convention on Cluster Munitions up to 100 signatures.",
        "2009-10-14",
        "count",
        "signatories",
        100,
        "supported",
    ),
    (
        "Most of the 33 countries that remain outside of the treaty abide by it.",
        "2019-11-01",
        "count",
        "not_party",
        33,
        "supported",
    ),
    (
        "There are 161 States Parties which no longer have stockpile destruction obligations.",
        "2018-11-30",
        "count",
        "stockpiles_destroyed",
        161,
        "not_in_record",
    ),
    # ordinals are history: judged on their day
    (
        "Sri Lanka was welcomed as the 163rd State Party.",
        "2017-12-19",
        "ordinal",
        "parties",
        163,
        "supported",
    ),
    (
        "Congratulations on State Party No. 111 to the Convention on Cluster Munitions.",
        "2023-03-01",
        "ordinal",
        "parties",
        111,
        "supported",
    ),
    # a state's status, alone or in a list
    (
        "Estonia, Latvia, and Lithuania have formally notified States Parties of their intention to withdraw from the Mine Ban Treaty.",
        "2025-07-01",
        "status",
        "LVA",
        "withdrawal_pending",
        "supported",
    ),
    (
        "Uruguay, Malta, France and Burundi deposited their instruments of ratification of the Convention on Cluster Munitions.",
        "2009-10-14",
        "status",
        "FRA",
        "party",
        "supported",
    ),
    (
        "In total, 156 countries are party to the Mine Ban Treaty, including Afghanistan and Iraq.",
        "2010-03-22",
        "status",
        "IRQ",
        "party",
        "supported",
    ),
    (
        "The United States is not a member of the Mine Ban Treaty.",
        "2024-11-20",
        "status",
        "USA",
        "not_party",
        "supported",
    ),
    (
        "Kenya and Uganda have signed the Convention on Cluster Munitions.",
        "2023-08-07",
        "status",
        "KEN",
        "signed",
        "supported",
    ),
    # a state's dated acts
    (
        "Finland deposited its instrument of accession to the Mine Ban Treaty on January 9, 2012.",
        "2012-01-11",
        "state_event",
        "FIN",
        "2012-01-09",
        "supported",
    ),
    (
        "Poland, which signed the Mine Ban Treaty in 1998, will ratify.",
        "2012-01-11",
        "state_event",
        "POL",
        "1998",
        "contradicted",
    ),
    (
        "The Mine Ban Treaty will enter into force for Poland on 1 June 2013.",
        "2012-12-29",
        "state_event",
        "POL",
        "2013-06-01",
        "supported",
    ),
    (
        "This follows Lithuania's withdrawal from the Convention on Cluster Munitions in March 2025.",
        "2025-05-08",
        "state_event",
        "LTU",
        "2025-03",
        "supported",
    ),
    (
        "Grenada deposited its instrument of ratification of the Convention on Cluster Munitions on Wednesday 29 June.",
        "2011-07-01",
        "state_event",
        "GRD",
        "06-29",
        "supported",
    ),
    # the treaty's events
    (
        "The Mine Ban Treaty was adopted on 18 September 1997.",
        "2018-11-30",
        "treaty_event",
        "adopted",
        "1997-09-18",
        "supported",
    ),
    (
        "The Convention on Cluster Munitions was adopted in Dublin, Ireland, on 3 December 2008.",
        "2014-12-03",
        "treaty_event",
        "adopted",
        "2008-12-03",
        "contradicted",
    ),
    (
        "Since the treaty became binding international law on 1 August 2010, cluster munitions are banned.",
        "2011-07-01",
        "entry_into_force",
        "treaty",
        2010,
        "supported",
    ),
    # meetings, found by ordinal, by the record's own name, with the year before
    (
        "The Cartagena Summit on a Mine-Free World (29 November-4 December 2009) reviews the Mine Ban Treaty.",
        "2009-11-02",
        "meeting",
        "rc-2",
        2009,
        "supported",
    ),
    (
        "He spoke at the 3-7 December 2012 Twelfth Meeting of the States Parties to the Mine Ban Treaty.",
        "2012-12-29",
        "meeting",
        "msp-12",
        2012,
        "supported",
    ),
    (
        "The First Review Conference of the Convention on Cluster Munitions, to be held in Croatia in September 2015.",
        "2014-12-03",
        "meeting",
        "rc-1",
        2015,
        "supported",
    ),
    # groups, the only one outside, counts of members
    (
        "All European Union countries are members of the Mine Ban Treaty.",
        "2025-04-17",
        "group",
        "eu",
        "party",
        "supported",
    ),
    (
        "All European Union countries are members of the Mine Ban Treaty.",
        "2026-11-29",
        "group",
        "eu",
        "party",
        "contradicted",
    ),
    (
        "In the Western Hemisphere, only the United States and Cuba are not party to the Mine Ban Treaty.",
        "2010-03-22",
        "only",
        "americas",
        "CUB,USA",
        "supported",
    ),
    (
        "The United States is the lone holdout among NATO countries on the Mine Ban Treaty.",
        "2012-12-07",
        "only",
        "nato",
        "USA",
        "contradicted",
    ),
    (
        "Grenada became the first country to accede to the Convention on Cluster Munitions.",
        "2011-07-01",
        "only",
        "accession",
        "GRD",
        "supported",
    ),
    (
        "124 states have joined the Convention on Cluster Munitions, including 24 NATO member states.",
        "2024-07-29",
        "group_count",
        "nato",
        24,
        "supported",
    ),
    # since YEAR, one claim per verb
    (
        "Poland has not used, produced or exported anti-personnel mines since 1998.",
        "2012-12-29",
        "since",
        "POL",
        1998,
        "not_in_record",
    ),
    # figures: a state's stockpile; the world's totals are not in the record
    (
        "The US still stockpiles more than 10.4 million antipersonnel mines.",
        "2009-10-22",
        "figure",
        "USA",
        10_400_000,
        "supported",
    ),
    (
        "The US stockpile is about 3 million antipersonnel mines.",
        "2014-09-23",
        "figure",
        "USA",
        3_000_000,
        "supported",
    ),
    (
        "More than 42 million antipersonnel mines have been destroyed.",
        "2009-10-22",
        "figure",
        "world",
        42_000_000,
        "not_in_record",
    ),
    # UN votes: plenary tallies and a state's vote; the First Committee is not in the record
    (
        "The Mine Ban Treaty resolution 66/29 passed. GA vote: 162-0-18 (2 Dec.)",
        "2012-01-01",
        "vote_tally",
        "A/RES/66/29",
        "162-0-18",
        "supported",
    ),
    (
        "The First Committee voted on the Mine Ban Treaty resolution - 160 for, 0 against, and 17 abstentions.",
        "2014-11-04",
        "vote_tally",
        "first_committee-2014",
        "160-0-17",
        "not_in_record",
    ),
    (
        "The United States abstained on Resolution 64/56 on the Mine Ban Treaty.",
        "2009-12-10",
        "vote",
        "USA",
        "abstain",
        "supported",
    ),
    # a status said before a list: a class, then "including" or a colon; a noun just before
    (
        "45 countries have not yet joined the treaty, including the three users, the U.S., and nine producers: China, Cuba and India.",
        "2006-03-01",
        "status",
        "CHN",
        "not_party",
        "supported",
    ),
    (
        "Five countries have signed the treaty, but not yet ratified: Brunei, Indonesia and Poland.",
        "2006-03-01",
        "status",
        "BRN",
        "signed_not_party",
        "supported",
    ),
    (
        "Armed groups used mines in States Parties Afghanistan and Colombia; and states not party India and Pakistan.",
        "2021-11-10",
        "status",
        "AFG",
        "party",
        "supported",
    ),
    (
        "Armed groups used mines in States Parties Afghanistan and Colombia; and states not party India and Pakistan.",
        "2021-11-10",
        "status",
        "PAK",
        "not_party",
        "supported",
    ),
    (
        "With recent ratifications by Ukraine and Haiti, the Mine Ban Treaty has 149 States Parties.",
        "2006-03-01",
        "status",
        "HTI",
        "party",
        "supported",
    ),
    (
        "The Secretary-General appealed to the 32 States that have yet to join the treaty. These countries include China and Russia.",
        "2025-06-17",
        "status",
        "RUS",
        "not_party",
        "supported",
    ),
    # a status said after the names
    (
        "Finland, Poland and South Sudan have all indicated that they are taking steps to join the Mine Ban Treaty.",
        "2011-09-28",
        "status",
        "FIN",
        "not_party",
        "supported",
    ),
    (
        "Palau had signed the Convention on Cluster Munitions before its entry into force.",
        "2016-04-19",
        "status",
        "PLW",
        "signed",
        "supported",
    ),
    (
        "Minister Koenders of the Netherlands, the State Party that presides over the Convention on Cluster Munitions, congratulated Palau.",
        "2016-04-19",
        "status",
        "NLD",
        "party",
        "supported",
    ),
    # a state's acts: other instruments, nouns, titles between act and date, "the most recent to sign"
    (
        'Japan deposited its instrument of acceptance of the "Convention on the Prohibition of Anti-Personnel Mines (Mine Ban Treaty)" on September 30 with the Secretariat.',
        "1998-09-30",
        "state_event",
        "JPN",
        "09-30",
        "supported",
    ),
    (
        "The Mine Ban Treaty will enter into force in Japan on March 1, 1999.",
        "1998-09-30",
        "state_event",
        "JPN",
        "1999-03-01",
        "supported",
    ),
    (
        "On February 24, Ukraine became the most recent state to sign the Mine Ban Treaty.",
        "1999-03-01",
        "state_event",
        "UKR",
        "02-24",
        "supported",
    ),
    (
        "The accession to the Mine Ban Treaty by Somalia and Poland in 2012 means more states are bound.",
        "2013-02-27",
        "state_event",
        "POL",
        "2012",
        "supported",
    ),
    (
        "Palau's ratification follows Cuba's accession to the Convention on Cluster Munitions on April 6th.",
        "2016-04-19",
        "state_event",
        "CUB",
        "04-06",
        "supported",
    ),
    (
        "Palau will officially become a State Party to the Convention on Cluster Munitions on October 1st, 2016.",
        "2016-04-19",
        "state_event",
        "PLW",
        "2016-10-01",
        "supported",
    ),
    # the treaty's entry into force: an upcoming day, today, an anniversary
    (
        "The Convention on Cluster Munitions will enter into force on 1 August.",
        "2010-02-16",
        "entry_into_force",
        "treaty",
        2010,
        "supported",
    ),
    (
        "The Foreign Ministers today welcomed the entry into force of the Mine Ban Treaty.",
        "1999-03-01",
        "entry_into_force",
        "treaty",
        1999,
        "supported",
    ),
    (
        "March 1, 2014 marks exactly 15 years since the Mine Ban Treaty entered into force.",
        "2014-02-28",
        "entry_into_force",
        "treaty",
        1999,
        "supported",
    ),
    (
        "His remarks came on the eve of the fourteenth anniversary of the entry into force of the Mine Ban Treaty.",
        "2013-02-27",
        "entry_into_force",
        "treaty",
        1999,
        "supported",
    ),
    (
        "Signed in 1997, the Mine Ban Treaty came into force on 1 March 1999.",
        "2006-03-01",
        "treaty_event",
        "opened_for_signature",
        "1997",
        "supported",
    ),
    # counts with a verb, after another number; ordinals; forsworn; two-word figures
    (
        "To date, 134 countries have signed the Mine Ban Treaty, and 65 have ratified.",
        "1999-03-01",
        "count",
        "parties",
        65,
        "contradicted",
    ),
    (
        "Also among the 45 are five countries that have signed the treaty, but not yet ratified.",
        "2006-03-01",
        "count",
        "signed_not_party",
        5,
        "supported",
    ),
    (
        "Japan is the 45th and most recent country to have concluded the Mine Ban Treaty.",
        "1998-09-30",
        "ordinal",
        "parties",
        45,
        "supported",
    ),
    (
        "Palau deposited its instrument of ratification to the Convention on Cluster Munitions, meaning it will become the 100th State Party.",
        "2016-04-19",
        "ordinal",
        "parties",
        100,
        "supported",
    ),
    (
        "All Member States of the European Union have foresworn the use of antipersonnel mines under the Mine Ban Treaty.",
        "2013-02-27",
        "group",
        "eu",
        "party",
        "supported",
    ),
    (
        "In the region, only the Marshall Islands, the Federated States of Micronesia and Tonga have not yet ratified or acceded to the Mine Ban Treaty.",
        "2011-09-28",
        "only",
        "region_of",
        "FSM,MHL,TON",
        "supported",
    ),
    (
        "States Parties have destroyed more than 55 million stockpiled antipersonnel mines.",
        "2021-11-10",
        "figure",
        "world",
        55000000,
        "not_in_record",
    ),
]


@pytest.mark.parametrize("text, on, kind, subject, value, verdict", CASES)
def test_the_rule_finds_and_judges_its_claim(check, text, on, kind, subject, value, verdict):
    report = check(text, as_of=date.fromisoformat(on), today=TODAY)
    found = [c for c in report.checked if c.claim.kind == kind and c.claim.subject == subject]
    assert found, [c.claim for c in report.checked]
    assert found[0].claim.value == value
    assert found[0].verdict.on_document_date.verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica calls to reach a total of 100 States Parties before 2015.",
        "It entered into force on 1 August 2010, when 30 states ratified it.",
        "The Convention requires just 7 more ratifications to enter into force.",
        "Poland will become the 161st State Party to the Mine Ban Treaty.",
        "Latvia's parliament approved withdrawal on 16 April.",
        "Poland has signed the treaty, but not yet ratified—a step it has promised to take in 2012.",
        "It entered into force on 1 August 2010 after 30 States had ratified it.",
        "Armed groups used antipersonnel mines in at least six countries during the period.",
    ],
)
def test_goals_forecasts_and_decisions_at_home_are_not_claims_of_that_kind(check, text):
    kinds = {c.claim.kind for c in check(text, as_of=date(2012, 1, 1), today=TODAY).checked}
    assert not kinds & {"count", "ordinal", "state_event"}


@pytest.mark.parametrize(
    "text",
    [
        "Each State Party must destroy its stockpiles within four years after the entry into force of this Convention for that State Party.",
        "Mines must be cleared no later than ten years after the entry into force of the Convention for that State Party.",
    ],
)
def test_a_deadline_counted_from_entry_into_force_is_not_a_date_of_entry_into_force(check, text):
    kinds = {c.claim.kind for c in check(text, as_of=date(2012, 1, 1), today=TODAY).checked}
    assert "entry_into_force" not in kinds


@pytest.mark.parametrize(
    "text, kind, subject",
    [
        (
            "A total of 164 countries have joined the treaty, including all NATO members except the United States.",
            "status",
            "USA",
        ),
        (
            "Palau's ratification follows Cuba's accession to the Convention on Cluster Munitions on April 6th.",
            "state_event",
            "PLW",
        ),
        (
            "The United States has not joined. Signed in 1997, the Mine Ban Treaty came into force in 1999.",
            "state_event",
            "USA",
        ),
        (
            "Tonga acceded. It is the first accession to the treaty since 2017.",
            "state_event",
            "TON",
        ),
    ],
)
def test_a_state_set_apart_or_another_states_date_is_not_read_into_its_claim(
    check, text, kind, subject
):
    found = check(text, as_of=date(2025, 7, 1), today=TODAY).checked
    assert not [c for c in found if c.claim.kind == kind and c.claim.subject == subject]


def test_a_sentence_that_says_as_of_a_day_is_judged_on_that_day_today_too(check):
    text = "As of September 30, 1998, 130 countries have signed the Mine Ban Treaty."
    [count] = check(text, as_of=date(1998, 10, 5), today=TODAY).checked
    assert count.verdict.on_document_date.verdict == "supported"
    assert count.verdict.today.verdict == "supported"
