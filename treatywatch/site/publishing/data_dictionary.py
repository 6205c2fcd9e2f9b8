"""The data dictionary published with the downloads, read from the dataset's schema (the one
place the files and their fields are defined), so the two can never disagree."""

from treatywatch.dataset.schema import FILES, Field, FileSpec

# What each file holds, in a line: the field-level meanings are in the schema.
FILE_DESCRIPTIONS = {
    "sources.csv": "Every source the record cites: the documents, pages and datasets behind each row.",
    "states.csv": "The states and other entities in the record, with their UN region and membership.",
    "treaty_actions.csv": "Signatures, deposits of consent and withdrawal notices, one row per action, as the depositary records them.",
    "armed_conflicts.csv": "Periods in which a state is engaged in an armed conflict (Art. 20(3): a withdrawal waits for the conflict to end).",
    "meetings.csv": "Meetings of States Parties and Review Conferences of both treaties: number, place, dates, attendance.",
    "meeting_attendance.csv": "Which states attended a meeting, as party or as observer, where a source names them.",
    "extensions.csv": "Deadline extensions granted by a Meeting of States Parties (MBT Art. 5(3), CCM Art. 3 and 4).",
    "compliance.csv": "What sources say of each obligation: completed, not applicable (no stockpile, no contaminated areas) or missed.",
    "national_measures.csv": "How each State Party gave the treaty effect in its own law (Art. 9).",
    "unga_resolutions.csv": "The annual UN General Assembly resolutions supporting the Mine Ban Treaty and the Convention on Cluster Munitions, with their vote totals.",
    "unga_votes.csv": "How each state voted on each of those resolutions.",
    "events.csv": "Dated facts about a state's policy and practice: the narrative of a country profile.",
    "figures.csv": "Numbers with a date: stockpiles, mines destroyed and retained, cluster munitions, casualties.",
    "global_casualties.csv": "The Monitor's global annual count of mine and explosive remnants casualties, as first published and as revised.",
    "publications.csv": "Letters, press releases, statements, reports and briefings, with their authors, addressees and the states they concern.",
    "campaigns.csv": "Who asked whom, in which publication and when.",
    "asks.csv": "Each campaign's asks: the state asked and the criterion the record judges it by.",
}

_KIND_LABELS = {
    "text": "text",
    "slug": "key",
    "date": "date (YYYY-MM-DD)",
    "partial_date": "partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "year": "year",
    "count": "whole number",
    "url": "web address",
    "iso3_code": "ISO 3166-1 alpha-3 code",
    "iso3": "ISO 3166-1 alpha-3 code",
    "iso_numeric": "ISO 3166-1 numeric code",
    "source": "source id",
    "resolution": "resolution symbol",
    "meeting": "meeting code",
    "publication": "publication id",
    "campaign": "campaign id",
    "iso3_list": "ISO 3166-1 alpha-3 codes separated by spaces",
    "choice": "one of a list",
}


def data_dictionary() -> list[dict]:
    """Every dataset file with its fields: name, kind, whether required, meaning, allowed values."""
    return [_file_entry(spec) for spec in FILES]


def _file_entry(spec: FileSpec) -> dict:
    return {
        "file": spec.name,
        "table": table_name(spec),
        "description": FILE_DESCRIPTIONS[spec.name],
        "fields": [_field_entry(field, spec) for field in spec.fields],
    }


def _field_entry(field: Field, spec: FileSpec) -> dict:
    return {
        "name": field.name,
        "kind": _KIND_LABELS[field.kind],
        "required": _required(field, spec),
        "description": field.description,
        "choices": list(field.choices),
    }


def _required(field: Field, spec: FileSpec) -> str:
    if field.name in spec.one_of:
        return "one of " + " or ".join(spec.one_of)
    return "yes" if field.required else "no"


def table_name(spec: FileSpec) -> str:
    """The file's name without .csv: its key in treatywatch.json."""
    return spec.name.removesuffix(".csv")
