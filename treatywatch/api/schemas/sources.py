from ninja import Field, Schema

from treatywatch.api.schemas.blank import OptionalText


class SourceOut(Schema):
    id: str = Field(description="stable identifier")
    title: str
    author: OptionalText
    publisher: OptionalText
    published: OptionalText = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")
    url: OptionalText
    notes: OptionalText
