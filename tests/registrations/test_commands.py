import os
from io import StringIO
from unittest import mock

from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from network.reference_data import load_reference_data
from registrations.coordinators import GROUP_NAME
from registrations.models import Call, Registration, Role


class CreateCoordinatorTestCase(TestCase):
    @mock.patch.dict(os.environ, {"COORDINATOR_PASSWORD": "pitka-ja-hyva-salasana"})
    def test_it_creates_a_staff_account_in_the_group_that_can_log_in(self):
        call_command(
            "create_coordinator", "maria", "maria@vm.example", no_input=True, stdout=StringIO()
        )
        maria = User.objects.get(username="maria")
        self.assertTrue(maria.is_staff)
        self.assertFalse(maria.is_superuser)
        self.assertEqual(list(maria.groups.values_list("name", flat=True)), [GROUP_NAME])
        self.assertTrue(self.client.login(username="maria", password="pitka-ja-hyva-salasana"))
        self.assertEqual(self.client.get("/fi/admin/registrations/registration/").status_code, 200)

    @mock.patch.dict(os.environ, {"COORDINATOR_PASSWORD": "123"})
    def test_it_refuses_a_weak_password(self):
        with self.assertRaises(CommandError):
            call_command("create_coordinator", "maria", "maria@vm.example", no_input=True)
        self.assertFalse(User.objects.exists())


class SeedDemoTestCase(TestCase):
    @override_settings(DEBUG=False)
    def test_it_refuses_to_run_when_debug_is_off(self):
        with self.assertRaisesMessage(CommandError, "only when DEBUG is on"):
            call_command("seed_demo")
        self.assertFalse(Registration.objects.exists())

    def test_it_adds_a_believable_demo_once(self):
        load_reference_data()
        out = StringIO()
        call_command("seed_demo", force=True, stdout=out)
        self.assertIn("Added 18 demo experiments.", out.getvalue())
        public = Registration.objects.public()
        self.assertGreaterEqual(public.count(), 12)
        self.assertEqual(
            set(public.values_list("role", flat=True)), {Role.KOKEILIJA, Role.VAIKUTTAJA}
        )
        self.assertEqual(set(public.values_list("language", flat=True)), {"fi", "sv"})
        self.assertGreaterEqual(public.values("regions").distinct().count(), 10)
        self.assertEqual(Call.objects.accepting_at(timezone.now()).count(), 1)
        call_command("seed_demo", force=True, stdout=out)
        self.assertIn("The demo content is there already.", out.getvalue())
        self.assertEqual(Registration.objects.count(), 18)
        self.assertTrue(self.client.login(username="koordinaattori", password="kokeilu-2026"))
