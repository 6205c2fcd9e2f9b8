"""No fact enters the record without a citation."""

from treatywatch.dataset import schema, validate_dataset


def test_every_file_but_sources_requires_a_source_on_every_row():
    for spec in schema.FILES:
        if spec is schema.SOURCES:
            continue
        source_fields = [f for f in spec.fields if f.name == "source_id"]
        assert source_fields and source_fields[0].required and source_fields[0].kind == "source", (
            spec.name
        )


def test_every_bundled_row_cites_a_source_that_exists(bundled_data):
    dataset, problems = validate_dataset(bundled_data)
    sources = {row["id"]: row for row in dataset["sources.csv"]}
    for spec in schema.FILES[1:]:
        for row in dataset[spec.name]:
            assert row["source_id"] in sources, f"{spec.name}:{row.line} cites nothing"


def test_every_source_has_a_title_and_an_author_or_publisher(bundled_data):
    dataset, _ = validate_dataset(bundled_data)
    for row in dataset["sources.csv"]:
        assert row["title"] and (row["author"] or row["publisher"]), f"sources.csv:{row.line}"


def test_a_row_without_a_source_is_refused(dataset_copy):
    line = dataset_copy.append(
        "events.csv", ["usa-test-event", "USA", "2020", "policy", "mbt", "Something happened.", ""]
    )
    problems = [str(p) for p in validate_dataset(dataset_copy.folder)[1]]
    assert problems == [f"events.csv:{line}: source_id: is required and empty"]
