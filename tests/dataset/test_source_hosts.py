import pytest

from treatywatch.dataset import dataset_warnings, read_dataset, validate_dataset
from treatywatch.dataset.source_hosts import is_mirror


def _add_source(dataset_copy, url, retrieved_from=""):
    return dataset_copy.append(
        "sources.csv", ["zz-test", "A page", "", "Someone", "", url, retrieved_from, ""]
    )


@pytest.mark.parametrize(
    "field, url, retrieved_from",
    [
        ("url", "https://hqproductreviews.com?arsae=http%3A%2F%2Fwww.hrw.org%2Fnews", ""),
        ("retrieved_from", "https://www.hrw.org/news/x", "https://www.africa-press.net/x"),
    ],
)
def test_a_proxy_or_spam_host_is_refused_with_its_line_and_field(
    dataset_copy, field, url, retrieved_from
):
    line = _add_source(dataset_copy, url, retrieved_from)
    _, problems = validate_dataset(dataset_copy.folder)
    assert [str(p).split(": ")[0:2] for p in problems] == [[f"sources.csv:{line}", field]]
    assert "cite the publisher's own address" in str(problems[0])


def test_a_mirror_as_the_main_url_is_a_warning_not_a_problem(dataset_copy):
    line = _add_source(dataset_copy, "https://web.archive.org/web/2010/http://example.org/")
    _, problems = validate_dataset(dataset_copy.folder)
    warnings = dataset_warnings(read_dataset(dataset_copy.folder))
    assert problems == []
    assert [w.line for w in warnings] == [line]
    assert "retrieved_from" in warnings[0].message


def test_the_bundled_sources_cite_no_mirror_as_their_main_address(bundled_data):
    assert dataset_warnings(read_dataset(bundled_data)) == []


@pytest.mark.parametrize(
    "url, mirror",
    [
        ("https://github.com/IndEcol/country_converter", False),
        ("https://github.com/someone/data/blob/abc/status.html", True),
        ("https://raw.githubusercontent.com/a/b/c.csv", True),
        ("https://www.un.org/en/", False),
        ("https://docslib.org/doc/1/x", True),
    ],
)
def test_a_repository_home_is_its_publisher_but_a_file_in_it_is_a_copy(url, mirror):
    assert is_mirror(url) is mirror
