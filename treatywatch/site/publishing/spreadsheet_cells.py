"""Cells of the public CSV downloads made safe to open in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that begins with =, +, - or @ as a formula
(a tab or carriage return first does the same once trimmed): a published `=HYPERLINK(...)`
would become a live link, or worse, on a reader's machine. Such a cell gets a leading
apostrophe, which spreadsheets take as "this is text" (OWASP's advice on CSV injection).

Only the downloads: the backup (`treatywatch export`) and the JSON document keep every cell
as entered, so the record itself never changes.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_rows(rows: list[list[str]]) -> list[list[str]]:
    return [[safe_cell(cell) for cell in row] for row in rows]
