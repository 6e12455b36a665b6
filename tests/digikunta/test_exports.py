"""The one CSV writer of the site: a cell a spreadsheet would run as a formula never is."""

import csv
import io

from django.test import SimpleTestCase

from digikunta.exports import FORMULA_STARTS, SafeWriter, csv_response, neutralise


def written(row) -> str:
    stream = io.StringIO()
    SafeWriter(stream).writerow(row)
    return stream.getvalue()


class NeutraliseTestCase(SimpleTestCase):
    def test_it_puts_a_single_quote_before_every_formula_start(self):
        for start in ["=", "+", "-", "@", "\t", "\r"]:
            with self.subTest(repr(start)):
                self.assertEqual(neutralise(f"{start}1+2"), f"'{start}1+2")
        self.assertEqual(set(FORMULA_STARTS), {"=", "+", "-", "@", "\t", "\r"})

    def test_it_leaves_other_text_and_numbers_alone(self):
        self.assertEqual(neutralise("Turku = Åbo"), "Turku = Åbo")
        self.assertEqual(neutralise("'quoted"), "'quoted")
        self.assertEqual(neutralise(12000), 12000)
        self.assertEqual(neutralise(None), "")

    def test_it_reads_lazy_translations_as_text(self):
        from django.utils.translation import gettext_lazy, override

        with override("sv"):
            self.assertEqual(neutralise(gettext_lazy("Phone")), "Telefon")


class SafeWriterTestCase(SimpleTestCase):
    def test_it_quotes_every_text_cell_and_leaves_numbers_bare(self):
        self.assertEqual(
            written(['=HYPERLINK("http://evil.example")', "Turku", 1500, None]),
            '"\'=HYPERLINK(""http://evil.example"")";"Turku";1500;""\r\n',
        )

    def test_what_it_writes_reads_back_as_the_neutralised_text(self):
        dangerous = ["=1+2", "+358 40 123", "-2+3", "@SUM(A1)", "\tx", "\r=1"]
        row = next(csv.reader(io.StringIO(written(dangerous)), delimiter=";"))
        self.assertEqual(row, [f"'{value}" for value in dangerous])

    def test_a_response_starts_with_a_byte_order_mark_and_names_the_file(self):
        response = csv_response(filename="x.csv", header=["A", "B"], rows=[["=1", 2]])
        self.assertEqual(response["Content-Disposition"], 'attachment; filename="x.csv"')
        self.assertEqual(response.content.decode("utf-8"), '\ufeff"A";"B"\r\n"\'=1";2\r\n')
