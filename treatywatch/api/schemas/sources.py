from ninja import Field, Schema

from treatywatch.api.schemas.blank import OptionalText


class SourceOut(Schema):
    id: str = Field(description="stable identifier")
    title: str
    author: OptionalText
    publisher: OptionalText
    published: OptionalText = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")
    url: OptionalText = Field(description="the publisher's own address")
    retrieved_from: OptionalText = Field(
        description="where the copy that was read is, when it was a mirror or archive"
    )
    notes: OptionalText
