from django.utils import timezone

from digikunta.audit import AuditedCommand
from registrations.services.privacy import apply_retention


class Command(AuditedCommand):
    help = (
        "Remove personal data as the privacy notice promises: registrations rejected or "
        "withdrawn over a year ago, and contact persons of calls that ended over two years ago, "
        "from the registrations, their history, decision messages and e-mails. Run it daily."
    )

    def handle(self, *args, **options):
        deleted, anonymised = apply_retention(now=timezone.now())
        self.stdout.write(
            f"Deleted {deleted} closed registrations; removed the contact person of {anonymised}."
        )
