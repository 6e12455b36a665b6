from django.contrib.auth.models import Permission, User
from django.contrib.messages import constants, get_messages
from django.core import mail

from registrations.models import Decision, Registration, SentEmail, Status
from tests.base import BaseTestCase
from tests.factories import make_registration
from tests.outbox import deliver

CHANGELIST = "/fi/admin/registrations/registration/"


def form_data(response):
    """What a browser would post back from a change page: its form with the inlines."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            data[field.html_name] = "on" if value is True else value
    return data


def decide_url(registration, language="fi"):
    return f"/{language}/admin/registrations/registration/{registration.pk}/decide/"


class DecisionActionsTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.first = make_registration(status=Status.SUBMITTED, title="Chatbotti kirjastoon")
        cls.second = make_registration(
            status=Status.SUBMITTED,
            title="Sähköinen kokous",
            contact_email="anna.andersson@kommun.example",
            contact_language="sv",
        )

    def setUp(self):
        self.client.force_login(self.coordinator)

    def choose(self, action, *registrations):
        """The first step: the action chosen in the list, which shows the confirmation page."""
        return self.client.post(
            CHANGELIST,
            {"action": action, "_selected_action": [r.pk for r in registrations], "index": "0"},
        )

    def confirm(self, action, *registrations, message="Tervetuloa verkostoon!"):
        return self.client.post(
            CHANGELIST,
            {
                "action": action,
                "_selected_action": [r.pk for r in registrations],
                "status": {
                    "accept": Status.ACCEPTED,
                    "request_changes": Status.NEEDS_CHANGES,
                    "reject": Status.REJECTED,
                    "mark_withdrawn": Status.WITHDRAWN,
                }[action],
                "message": message,
                "post": "yes",
            },
        )

    def test_it_shows_the_selected_registrations_on_a_confirmation_page(self):
        response = self.choose("accept", self.first, self.second)
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "admin/registrations/registration/decide.html")
        for registration in [self.first, self.second]:
            self.assertContains(response, registration.reference)
            self.assertContains(response, registration.title)
        self.assertContains(response, '<textarea name="message"')
        self.assertContains(response, 'name="csrfmiddlewaretoken"')
        self.assertContains(response, '<input type="hidden" name="status" value="accepted"')
        self.assertContains(response, '<input type="hidden" name="action" value="accept">')
        self.assertContains(response, f'href="{CHANGELIST}"')

    def test_it_lists_only_what_was_selected_and_decides_nothing_until_confirmed(self):
        response = self.choose("reject", self.first)
        self.assertNotContains(response, self.second.reference)
        self.assertFalse(Decision.objects.exists())
        # Cancel is a link back to the list: following it decides nothing either.
        self.assertEqual(self.client.get(CHANGELIST).status_code, 200)
        self.assertFalse(Decision.objects.exists())
        self.assertEqual(Registration.objects.get(pk=self.first.pk).status, Status.SUBMITTED)

    def test_each_decision_records_status_who_when_and_message(self):
        for action, status in [
            ("request_changes", Status.NEEDS_CHANGES),
            ("reject", Status.REJECTED),
            ("mark_withdrawn", Status.WITHDRAWN),
            ("accept", Status.ACCEPTED),
        ]:
            with self.subTest(action):
                response = self.confirm(action, self.first, message=f"Viesti: {action}")
                self.assertRedirects(response, CHANGELIST, fetch_redirect_response=False)
                decision = Decision.objects.filter(registration=self.first).first()
                self.assertEqual(decision.status, status)
                self.assertEqual(decision.message, f"Viesti: {action}")
                self.assertEqual(decision.decided_by, self.coordinator)
                self.assertIsNotNone(decision.decided_at)
                self.assertEqual(Registration.objects.get(pk=self.first.pk).status, status)
        self.assertEqual(Decision.objects.count(), 4)

    def test_it_decides_on_all_selected_and_says_how_many(self):
        response = self.confirm("reject", self.first, self.second)
        self.assertEqual(Registration.objects.filter(status=Status.REJECTED).count(), 2)
        [message] = get_messages(response.wsgi_request)
        self.assertEqual(message.level, constants.SUCCESS)
        self.assertIn("2", message.message)

    def test_accepting_publishes(self):
        self.confirm("accept", self.first)
        registration = Registration.objects.get(pk=self.first.pk)
        self.assertIsNotNone(registration.published_at)
        self.assertIn(registration, Registration.objects.public())
        self.assertNotIn(self.second, Registration.objects.public())

    def test_the_contact_person_is_told_in_their_own_language(self):
        self.confirm("request_changes", self.second, message="Lägg till målet, tack.")
        self.assertEqual(len(deliver()), 1)
        email = mail.outbox[0]
        self.assertEqual(email.to, ["anna.andersson@kommun.example"])
        self.assertIn(self.second.reference, email.subject)
        self.assertIn("Lägg till målet, tack.", email.body)
        sent = SentEmail.objects.get(registration=self.second)
        self.assertEqual(sent.language, "sv")
        self.assertEqual(sent.kind, "decision")
        self.assertEqual(sent.state, "sent")

    def test_each_contact_person_gets_their_own_e_mail(self):
        self.confirm("accept", self.first, self.second)
        self.assertEqual(
            sorted(email.to[0] for email in deliver()),
            ["anna.andersson@kommun.example", "maija.meikalainen@kunta.example"],
        )
        self.assertEqual(
            dict(SentEmail.objects.values_list("registration__reference", "language")),
            {self.first.reference: "fi", self.second.reference: "sv"},
        )


class DecisionOnOneRegistrationTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.registration = make_registration(status=Status.SUBMITTED, contact_language="sv")

    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_the_change_page_links_to_the_decision(self):
        response = self.client.get(
            f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
        )
        self.assertContains(response, f'href="{decide_url(self.registration)}"')

    def test_it_shows_the_same_page_with_a_choice_of_decision(self):
        response = self.client.get(decide_url(self.registration, "sv"))
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "admin/registrations/registration/decide.html")
        self.assertContains(response, '<html lang="sv"')
        self.assertContains(response, self.registration.reference)
        self.assertContains(response, 'type="radio" name="status" value="accepted"')
        self.assertNotContains(response, 'value="submitted"')
        self.assertContains(response, '<textarea name="message"')
        change_url = f"/sv/admin/registrations/registration/{self.registration.pk}/change/"
        self.assertContains(response, f'<a href="{change_url}" class="button cancel-link">')

    def test_confirming_decides_and_goes_back_to_the_registration(self):
        response = self.client.post(
            decide_url(self.registration),
            {"status": Status.ACCEPTED, "message": "Välkommen!", "post": "yes"},
        )
        self.assertRedirects(
            response,
            f"/fi/admin/registrations/registration/{self.registration.pk}/change/",
            fetch_redirect_response=False,
        )
        decision = Decision.objects.get()
        self.assertEqual(
            (decision.registration, decision.status, decision.message, decision.decided_by),
            (self.registration, Status.ACCEPTED, "Välkommen!", self.coordinator),
        )
        self.assertIn(self.registration, Registration.objects.public())
        self.assertEqual(SentEmail.objects.get(kind="decision").language, "sv")
        self.assertIn("Välkommen!", deliver()[0].body)

    def test_it_asks_again_without_a_decision(self):
        response = self.client.post(
            decide_url(self.registration), {"message": "Hmm", "post": "yes"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)
        self.assertFalse(Decision.objects.exists())

    def test_the_history_shows_on_the_change_page(self):
        self.client.post(
            decide_url(self.registration),
            {"status": Status.NEEDS_CHANGES, "message": "Lisää tavoite.", "post": "yes"},
        )
        response = self.client.get(
            f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
        )
        self.assertContains(response, "Lisää tavoite.")
        # Who decided, without a link to the users, which coordinators may not see.
        self.assertContains(response, f"<p>{self.coordinator.username}</p>", html=True)
        self.assertNotContains(response, "/admin/auth/user/")
        self.assertContains(response, SentEmail.objects.get(kind="decision").subject)
        # Read only: no forms to add, change or delete the records.
        self.assertNotContains(response, 'name="decisions-0-message"')
        self.assertNotContains(response, 'name="emails-0-DELETE"')

    def test_the_status_is_not_edited_by_hand(self):
        change_url = f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
        self.client.post(decide_url(self.registration), {"status": "rejected", "post": "yes"})
        response = self.client.get(change_url)
        self.assertNotContains(response, 'name="status"')
        data = form_data(response) | {"title_fi": "Uusi otsikko", "status": Status.ACCEPTED}
        response = self.client.post(change_url, data)
        self.assertRedirects(response, CHANGELIST, fetch_redirect_response=False)
        registration = Registration.objects.get()
        self.assertEqual(registration.title_fi, "Uusi otsikko")
        self.assertEqual(registration.status, Status.REJECTED)
        self.assertEqual(Decision.objects.count(), 1)
        self.assertEqual(SentEmail.objects.count(), 1)

    def test_a_new_registration_has_no_history_to_show(self):
        response = self.client.get("/fi/admin/registrations/registration/add/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'id="decisions-group"')
        self.assertNotContains(response, 'id="emails-group"')


class DecisionPermissionsTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.registration = make_registration(status=Status.SUBMITTED)
        cls.reader = User.objects.create_user("lukija", "lukija@vm.example", "x", is_staff=True)
        cls.reader.user_permissions.add(Permission.objects.get(codename="view_registration"))

    def try_to_decide(self):
        data = {
            "action": "accept",
            "_selected_action": [self.registration.pk],
            "status": Status.ACCEPTED,
            "message": "",
            "post": "yes",
        }
        from_list = self.client.post(CHANGELIST, data)
        from_page = self.client.post(decide_url(self.registration), data)
        return from_list, from_page

    def assertUndecided(self):
        self.assertFalse(Decision.objects.exists())
        self.assertEqual(Registration.objects.get().status, Status.SUBMITTED)
        self.assertEqual(deliver(), [])

    def test_an_outsider_cannot_decide(self):
        self.client.force_login(self.outsider)
        for response in self.try_to_decide():
            self.assertEqual(response.status_code, 302)
            self.assertIn("/admin/login/", response["Location"])
        self.assertUndecided()

    def test_staff_without_the_change_permission_cannot_decide(self):
        self.client.force_login(self.reader)
        response = self.client.get(CHANGELIST)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'value="accept"')
        from_list, from_page = self.try_to_decide()
        self.assertEqual(from_list.status_code, 200)  # just the list: it has no actions
        self.assertEqual(from_page.status_code, 403)
        self.assertEqual(self.client.get(decide_url(self.registration)).status_code, 403)
        change_page = self.client.get(
            f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
        )
        self.assertNotContains(change_page, decide_url(self.registration))
        self.assertUndecided()

    def test_a_coordinator_has_every_decision_in_the_list(self):
        self.client.force_login(self.coordinator)
        response = self.client.get(CHANGELIST)
        for action in ["accept", "request_changes", "reject", "mark_withdrawn"]:
            self.assertContains(response, f'value="{action}"')

    def test_an_unknown_registration_goes_back_to_the_list(self):
        self.client.force_login(self.coordinator)
        response = self.client.get("/fi/admin/registrations/registration/999999/decide/")
        self.assertEqual(response.status_code, 302)
