from digikunta.audit import AuditedCommand
from registrations.services.matching import recompute_all_suggestions


class Command(AuditedCommand):
    help = (
        "Compute the suggestions (similar experiments and mentors) of every public registration "
        "again. Publishing or editing one keeps its own in step; run this after bulk imports."
    )

    def handle(self, *args, **options):
        result = recompute_all_suggestions()
        self.stdout.write(
            f"{result.suggestions} suggestions for {result.registrations} registrations "
            f"in {result.seconds:.1f} s."
        )
