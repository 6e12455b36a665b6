from django.core.management.base import BaseCommand, CommandError

from registrations.services.search_table import check_search_table, rebuild_search_table


class Command(BaseCommand):
    help = (
        "Check the search table against the registrations (the default), or rebuild it from "
        "scratch with --rebuild. The services keep it in step; this is for after a restore or "
        "a change in what is searched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="write every row again")

    def handle(self, *args, rebuild, **options):
        if rebuild:
            rows = rebuild_search_table()
            self.stdout.write(f"Rebuilt the search table: {rows:,} public experiments.")
        problems = check_search_table()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError("The search table is not in step with the registrations.")
        self.stdout.write("The search table is in step with the registrations.")
