from django.conf import settings
from django.core.management.base import CommandError

from digikunta.audit import AuditedCommand
from registrations.devtools.demo import DEMO_COORDINATOR, seed_demo


class Command(AuditedCommand):
    help = "Add demo calls, experiments and a coordinator account for local development."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (never on a production site).",
        )

    def handle(self, *args, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo adds invented content and a coordinator with a known password; "
                "it runs only when DEBUG is on. Use --force if you really mean it."
            )
        added = seed_demo()
        if added:
            self.stdout.write(f"Added {added} demo experiments.")
        else:
            self.stdout.write("The demo content is there already.")
        username, _email, password = DEMO_COORDINATOR
        self.stdout.write(f"Demo coordinator: {username} / {password}")
