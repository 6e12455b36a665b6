from django.contrib.auth.models import Group, User
from django.test import TestCase

from registrations.services.coordinators import GROUP_NAME


class BaseTestCase(TestCase):
    """Named personas: a coordinator at the ministry, and an outsider with an account."""

    @classmethod
    def setUpTestData(cls):
        cls.coordinator = User.objects.create_user(
            "koordinaattori", "koordinaattori@vm.example", "salasana-123", is_staff=True
        )
        cls.coordinator.groups.add(Group.objects.get(name=GROUP_NAME))
        cls.outsider = User.objects.create_user("ulkopuolinen", "ulko@example.com", "salasana-123")


class PageTestMixin:
    """Checks every public page shares: it answers, in the right language, with its title."""

    def assertPage(self, response, *, language: str, title: str):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f'<html lang="{language}">')
        self.assertContains(response, f"<title>{title} – Digikunta</title>", html=False)


def log_in(client, username: str, password: str, *, language: str = "fi"):
    """Log in through the admin's login page, as a person does: django-axes counts it (the test
    client's login() has no request for axes to judge, and is refused)."""
    return client.post(
        f"/{language}/admin/login/",
        {"username": username, "password": password, "next": f"/{language}/admin/"},
    )
