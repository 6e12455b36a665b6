from django.utils import timezone

from digikunta.audit import AuditedCommand
from registrations.services.report_deadlines import send_reminders


class Command(AuditedCommand):
    help = (
        "Queue e-mail reminders of report deadlines set on calls: before each deadline and "
        "after it, once each, to the contact person in their language. Safe to run hourly "
        "from cron: a reminder already sent is never sent again."
    )

    def handle(self, *args, **options):
        count = send_reminders(today=timezone.localdate())
        self.stdout.write(f"Queued {count} report reminders.")
