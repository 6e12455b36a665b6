from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.core.validators import validate_email

from digikunta.audit import AuditedCommand
from registrations.services import personal_data

LABELS = {
    "registrations": "registrations whose contact address it is",
    "registration_history": "history rows of registrations with it",
    "decisions": "decision messages that are the person's",
    "decision_history": "history rows of those decisions",
    "emails": "e-mails to it or about its registrations",
    "deleted_registrations": "registrations deleted",
}


class Command(AuditedCommand):
    help = (
        "One person's data, by e-mail address: 'find' lists what is held, 'export' writes it "
        "as JSON, 'erase' removes it (rejected and withdrawn registrations are deleted, the "
        "others lose their contact person). Each use is recorded, without the address."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["find", "export", "erase"])
        parser.add_argument("address")
        parser.add_argument("--output", type=Path, help="export: write the JSON to this file")
        parser.add_argument(
            "--no-input", action="store_true", help="erase: do not ask for confirmation"
        )

    def handle(self, *args, action, address, output, no_input, **options):
        try:
            validate_email(address.strip())
        except ValidationError:
            raise CommandError(f"{address!r} is not an e-mail address.") from None
        if action == "export":
            content = personal_data.export(address=address)
            if output:
                output.write_text(content + "\n", encoding="utf-8")
                self.stdout.write(f"Wrote {output}")
            else:
                self.stdout.write(content)
            return
        if action == "find":
            self.report(personal_data.find(address=address).counts())
            return
        self.report(personal_data.holdings_of(address=address).counts())
        if not no_input and input("Erase all of this? Type yes to erase: ").strip() != "yes":
            raise CommandError("Nothing was erased.")
        counts = personal_data.erase(address=address)
        self.stdout.write(
            f"Erased. {counts.get('deleted_registrations', 0)} registrations deleted; "
            "the rest keep no trace of the address, its name or its phone."
        )

    def report(self, counts: dict[str, int]) -> None:
        for kind, count in counts.items():
            self.stdout.write(f"{count:5d} {LABELS.get(kind, kind)}")
        if not any(counts.values()):
            self.stdout.write("Nothing is held about this address.")
