"""The two ways an import stops before anything is filed."""


class WrongShape(ValueError):
    """The file is not of the kind the importer reads (the command exits 2): the message
    says what is missing or malformed, without the file's name, which the command adds."""


class NotImportable(ValueError):
    """The file is of the right kind, but the record cannot take what it says as it stands
    (a participant the record does not know, a page older than the record's): exit 1."""
