from treatywatch.profiles.facts import Citation
from treatywatch.record.citations import citation
from treatywatch.record.models import Source


def test_a_source_is_cited_with_every_field_the_footnotes_show():
    source = Source(
        id="lm-1999",
        title="Landmine Monitor Report 1999",
        author="ICBL",
        publisher="Human Rights Watch",
        published="1999-05",
        url="https://example.org/lm1999",
        retrieved_from="https://archive.example.org/lm1999",
        notes="not part of a citation",
    )
    assert citation(source) == Citation(
        "lm-1999",
        "Landmine Monitor Report 1999",
        author="ICBL",
        publisher="Human Rights Watch",
        published="1999-05",
        url="https://example.org/lm1999",
        retrieved_from="https://archive.example.org/lm1999",
    )
