"""The dataset files in `data/`: their schema, reading them into typed rows, and checking
them. Pure Python: `treatywatch validate` runs without a database."""

from treatywatch.dataset.partial_date import PartialDate
from treatywatch.dataset.problems import Problem
from treatywatch.dataset.reader import Dataset, read_dataset
from treatywatch.dataset.validation import dataset_warnings, validate_dataset

__all__ = [
    "Dataset",
    "PartialDate",
    "Problem",
    "dataset_warnings",
    "read_dataset",
    "validate_dataset",
]
