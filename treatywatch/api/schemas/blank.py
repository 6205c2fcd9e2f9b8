"""The record keeps unknown text as an empty string; the API says null."""

from typing import Annotated

from pydantic import BeforeValidator

BlankAsNull = BeforeValidator(lambda value: value or None)

OptionalText = Annotated[str | None, BlankAsNull]
