"""CSV files for spreadsheets: the one writer every export of the site uses.

A cell that begins with =, +, -, @, a tab or a carriage return is read by spreadsheets as a
formula (CSV injection): a registrant could make a coordinator's spreadsheet run one. Every
text cell is therefore written the way OWASP recommends: quoted, and with a single quote in
front when it begins with one of those characters. Numbers given as numbers stay numbers.
"""

import csv
from collections.abc import Iterable
from decimal import Decimal

from django.http import HttpResponse

# https://owasp.org/www-community/attacks/CSV_Injection
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> object:
    """The cell as a spreadsheet must read it: text that could start a formula gets a single
    quote in front; numbers, and None as an empty cell, are left as they are."""
    if value is None or isinstance(value, int | float | Decimal):
        return "" if value is None else value
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """csv.writer for our exports: semicolons by default (spreadsheets set to Finnish or
    Swedish read commas as decimal marks; the open data uses commas, as RFC 4180 does), every
    text cell quoted and neutralised."""

    def __init__(self, stream, *, delimiter: str = ";", text_columns: Iterable[int] | None = None):
        self._writer = csv.writer(stream, delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC)
        # Only these columns can hold text a registrant wrote (a large export names them, so
        # that numbers and codes are not inspected cell by cell); by default, every column.
        self._text_columns = None if text_columns is None else frozenset(text_columns)

    def writerow(self, row: Iterable) -> None:
        if self._text_columns is None:
            self._writer.writerow([neutralise(value) for value in row])
            return
        texts = self._text_columns
        self._writer.writerow(
            [
                neutralise(value) if index in texts else ("" if value is None else value)
                for index, value in enumerate(row)
            ]
        )

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def csv_response(*, filename: str, header: Iterable, rows: Iterable[Iterable]) -> HttpResponse:
    """A CSV download in UTF-8 with a byte order mark, so that spreadsheets read it as UTF-8."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = SafeWriter(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response
