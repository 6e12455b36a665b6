from django.test import TestCase

from registrations.devtools.benchmark import END, START, replace_table


class BenchmarkReportTestCase(TestCase):
    def test_a_new_table_replaces_the_old_and_keeps_the_words_around_it(self):
        document = f"# Benchmarks\n\nIntro.\n\n{START}\nold table\n{END}\n\n## Why\n\nWords.\n"
        updated = replace_table(document, "new table\n")
        self.assertIn("Intro.", updated)
        self.assertIn("## Why\n\nWords.", updated)
        self.assertIn(f"{START}\nnew table\n{END}", updated)
        self.assertNotIn("old table", updated)
