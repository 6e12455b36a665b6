import os
from io import StringIO
from unittest import mock

from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import TestCase

from registrations.services.coordinators import GROUP_NAME
from tests.base import log_in


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
        response = log_in(self.client, "maria", "pitka-ja-hyva-salasana")
        self.assertRedirects(response, "/fi/admin/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/fi/admin/registrations/registration/").status_code, 200)

    @mock.patch.dict(os.environ, {"COORDINATOR_PASSWORD": "123"})
    def test_it_refuses_a_weak_password(self):
        with self.assertRaises(CommandError):
            call_command("create_coordinator", "maria", "maria@vm.example", no_input=True)
        self.assertFalse(User.objects.exists())
