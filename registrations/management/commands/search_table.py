from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from registrations.services.facet_pairs import recount_stages
from registrations.services.search_table import check_search_table, rebuild_search_table


class Command(BaseCommand):
    help = (
        "Check the search table against the registrations (the default), or rebuild it from "
        "scratch with --rebuild (the facet pairs and the stages' counts too). The services "
        "keep it in step; this is for after a restore or a change in what is searched. "
        "--stages counts today's stages (run it daily just after midnight, so that no visitor "
        "waits for the count)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="write every row again")
        parser.add_argument("--stages", action="store_true", help="count today's stages")

    def handle(self, *args, rebuild, stages, **options):
        if stages:
            recount_stages(day=timezone.localdate())
            self.stdout.write(f"Counted the stages of {timezone.localdate():%Y-%m-%d}.")
        if rebuild:
            rows = rebuild_search_table()
            self.stdout.write(f"Rebuilt the search table: {rows:,} public experiments.")
        problems = check_search_table()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError("The search table is not in step with the registrations.")
        self.stdout.write("The search table is in step with the registrations.")
