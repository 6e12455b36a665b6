import getpass
import os

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from registrations.services.coordinators import create_coordinator


class Command(BaseCommand):
    help = (
        "Create a coordinator: a staff account in the coordinators' group. Asks for the "
        "password, or reads it from COORDINATOR_PASSWORD with --no-input."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument(
            "--no-input",
            action="store_true",
            help="Do not ask; take the password from the COORDINATOR_PASSWORD variable.",
        )

    def handle(self, *args, username, email, no_input, **options):
        if no_input:
            password = os.environ.get("COORDINATOR_PASSWORD", "")
            if not password:
                raise CommandError("Set COORDINATOR_PASSWORD when using --no-input.")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The passwords differ.")
        try:
            validate_password(password)
            user = create_coordinator(username=username, email=email, password=password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"Coordinator {user.username} can now log in to the admin.")
