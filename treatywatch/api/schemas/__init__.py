"""What the API answers, as ninja Schemas: the OpenAPI schema is generated from them and
every answer is checked against them before it is sent."""
