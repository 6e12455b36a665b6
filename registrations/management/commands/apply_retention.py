from django.utils import timezone

from digikunta import audit
from digikunta.audit import AuditedCommand
from registrations.services import signup_privacy
from registrations.services.privacy import apply_retention


class Command(AuditedCommand):
    help = (
        "Remove personal data as the privacy notice promises: registrations rejected or "
        "withdrawn over a year ago, and contact persons of calls that ended over two years ago, "
        "from the registrations, their history, decision messages and e-mails; and the people "
        "who signed up for events that ended over six months ago. Run it daily."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        deleted, anonymised = apply_retention(now=now)
        signups = signup_privacy.apply_retention(now=now, reason=audit.RETENTION)
        self.stdout.write(
            f"Deleted {deleted} closed registrations; removed the contact person of {anonymised}. "
            f"Anonymised {signups} event sign-ups."
        )
