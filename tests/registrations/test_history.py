"""The audit history of registrations, calls, fee tiers and decisions (registrations/history.py):
every change, wherever it is made, is kept with who, when, from where and what, in both
languages' columns, and outlives the registration."""

from django.contrib.auth.models import Permission, User
from django.db import connection
from django.utils import timezone
from django.utils.translation import override

from registrations.forms.registration import KokeilijaForm
from registrations.models import Call, Decision, FeeTier, Registration, Status
from registrations.services.links import make_token
from registrations.services.submission import submit_registration
from tests.base import BaseTestCase
from tests.factories import (
    CallFactory,
    FeeTierFactory,
    MunicipalityFactory,
    TopicFactory,
    make_registration,
)
from tests.registrations.admin.test_decisions import decide_url, form_data
from tests.registrations.form_data import kokeilija_data


def history_url(registration_id, language="fi"):
    return f"/{language}/admin/registrations/registration/{registration_id}/history/"


class HistoryTablesTestCase(BaseTestCase):
    def columns(self, table):
        with connection.cursor() as cursor:
            return {c.name for c in connection.introspection.get_table_description(cursor, table)}

    def test_the_history_tables_have_a_column_for_each_language(self):
        registration = self.columns("registrations_historicalregistration")
        self.assertLessEqual(
            {"title_fi", "title_sv", "idea_fi", "idea_sv", "contact_email", "history_source"},
            registration,
        )
        self.assertNotIn("link_version", registration, "bookkeeping, so not kept")
        self.assertLessEqual(
            {"title_fi", "title_sv", "description_fi", "description_sv"},
            self.columns("registrations_historicalcall"),
        )
        self.assertIn("message", self.columns("registrations_historicaldecision"))
        self.assertIn("fee_eur", self.columns("registrations_historicalfeetier"))

    def test_a_row_keeps_both_languages(self):
        call = CallFactory(title_fi="Kevään haku", title_sv="Vårens utlysning")
        row = call.history.get()
        self.assertEqual((row.title_fi, row.title_sv), ("Kevään haku", "Vårens utlysning"))


class RegistrantHistoryTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.call = CallFactory(slug="digiverkosto")
        cls.lead = MunicipalityFactory(name_fi="Vaasa", name_sv="Vasa")
        cls.topic = TopicFactory()

    def submit(self):
        form = KokeilijaForm(kokeilija_data(self.lead, self.topic), language="fi")
        self.assertTrue(form.is_valid(), form.errors)
        with self.captureOnCommitCallbacks(execute=True):
            registration, _ = submit_registration(
                call=self.call,
                role="kokeilija",
                language="fi",
                details=form.details(),
                submission_key="7b1d1f5e-7a8e-4b41-9f39-7f4c3a3e9f10",
            )
        return registration

    def test_a_submitted_registration_has_one_row_with_its_places_and_topics(self):
        registration = self.submit()
        row = registration.history.get()
        self.assertEqual(row.history_type, "+")
        self.assertEqual(row.history_source, "registration_form")
        self.assertIsNone(row.history_user)
        self.assertEqual(row.title_fi, "Chatbotti kirjaston asiakaspalveluun")
        self.assertEqual(row.start_year, 2027, "derived after the save, recorded all the same")
        self.assertEqual([t.topic for t in row.topics.all()], [self.topic])
        self.assertEqual(
            [m.municipality for m in row.municipalities.all()],
            [self.lead],
            "the lead municipality, added among the places in bulk, is in the row",
        )
        with override("sv"):
            self.assertEqual(row.changed_by, "anmälaren via anmälningsformuläret")

    def test_an_edit_through_the_private_link_is_the_registrants(self):
        registration = self.submit()
        data = kokeilija_data(self.lead, self.topic, title="Chatbotti myös iltaisin")
        response = self.client.post(
            f"/fi/oma-ilmoittautuminen/{make_token(registration)}/muokkaa/", data
        )
        self.assertEqual(response.status_code, 302)
        row = registration.history.first()
        self.assertEqual(registration.history.count(), 2, "one row for the whole edit")
        self.assertEqual((row.history_type, row.history_source), ("~", "private_link"))
        self.assertEqual(row.title_fi, "Chatbotti myös iltaisin")
        self.assertIsNone(row.history_user)
        with override("fi"):
            self.assertEqual(row.changed_by, "ilmoittautuja oman linkin kautta")
        with override("sv"):
            self.assertEqual(row.changed_by, "anmälaren via egen länk")

    def test_the_history_page_shows_the_registrants_change_in_both_languages(self):
        registration = self.submit()
        self.client.post(
            f"/fi/oma-ilmoittautuminen/{make_token(registration)}/muokkaa/",
            kokeilija_data(self.lead, self.topic, title="Chatbotti myös iltaisin"),
        )
        self.client.force_login(self.coordinator)
        response = self.client.get(history_url(registration.pk))
        self.assertContains(response, "ilmoittautuja oman linkin kautta")
        self.assertContains(response, "Chatbotti kirjaston asiakaspalveluun → Chatbotti myös")
        self.assertContains(response, '<th scope="col">Muutoksen tekijä</th>', html=True)
        response = self.client.get(history_url(registration.pk, "sv"))
        self.assertContains(response, "anmälaren via egen länk")
        self.assertContains(response, '<th scope="col">Ändrad av</th>', html=True)


class CoordinatorHistoryTestCase(BaseTestCase):
    def setUp(self):
        self.registration = make_registration(status=Status.SUBMITTED, title="Etäluennot")
        self.client.force_login(self.coordinator)

    def test_a_decision_is_recorded_with_the_coordinator(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                decide_url(self.registration),
                {"status": Status.ACCEPTED, "message": "Tervetuloa!", "post": "yes"},
            )
        row = self.registration.history.first()
        self.assertEqual((row.status, row.history_user), (Status.ACCEPTED, self.coordinator))
        self.assertEqual(row.history_source, "admin")
        decision = Decision.history.get()
        self.assertEqual(
            (decision.history_user, decision.message), (self.coordinator, "Tervetuloa!")
        )
        response = self.client.get(history_url(self.registration.pk))
        self.assertContains(response, "Lähetetty → Hyväksytty")
        self.assertContains(response, "<h2>Päätökset</h2>", html=True)
        self.assertContains(response, "Tervetuloa!")
        self.assertContains(response, "koordinaattori (ylläpidossa)")

    def test_an_edit_in_the_admin_is_one_row_with_the_new_topics(self):
        change_url = f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
        topic = TopicFactory(name_fi="Kirjastot", name_sv="Bibliotek")
        data = form_data(self.client.get(change_url)) | {
            "title_sv": "Distansföreläsningar",
            "topics": [str(topic.pk)],
        }
        response = self.client.post(change_url, data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.registration.history.count(), 2)
        row = self.registration.history.first()
        self.assertEqual(
            (row.title_sv, row.history_user), ("Distansföreläsningar", self.coordinator)
        )
        self.assertEqual([t.topic for t in row.topics.all()], [topic])
        response = self.client.get(history_url(self.registration.pk, "sv"))
        self.assertContains(response, "Bibliotek")
        self.assertContains(response, "Distansföreläsningar")

    def test_a_deleted_registration_keeps_its_history(self):
        pk = self.registration.pk
        response = self.client.post(
            f"/fi/admin/registrations/registration/{pk}/delete/", {"post": "yes"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Registration.objects.filter(pk=pk).exists())
        rows = Registration.history.filter(id=pk)
        self.assertEqual([row.history_type for row in rows], ["-", "+"])
        self.assertEqual(rows.first().history_user, self.coordinator)
        self.assertEqual(rows.first().title_fi, "Etäluennot")
        response = self.client.get(history_url(pk))
        self.assertContains(response, "Tämä on poistettu. Sen historia säilyy.")
        self.assertContains(response, "Poistettu")

    def test_a_call_and_its_fee_tiers_are_recorded_and_shown_together(self):
        call = CallFactory(title_fi="Syksyn haku", title_sv="Höstens utlysning")
        FeeTierFactory(call=call, max_population=None, fee_eur=8000)
        change_url = f"/fi/admin/registrations/call/{call.pk}/change/"
        data = form_data(self.client.get(change_url)) | {"title_sv": "Höstens nya utlysning"}
        for name in ("opens_at", "closes_at"):  # split into a date and a time
            moment = timezone.localtime(data.pop(name))
            data |= {f"{name}_0": f"{moment:%Y-%m-%d}", f"{name}_1": f"{moment:%H:%M:%S}"}
        data["fee_tiers-0-fee_eur"] = "9000"
        self.assertEqual(self.client.post(change_url, data).status_code, 302)
        self.assertEqual(Call.history.filter(id=call.pk).first().history_user, self.coordinator)
        self.assertTrue(FeeTier.history.filter(call_id=call.pk).exists())
        response = self.client.get(f"/sv/admin/registrations/call/{call.pk}/history/")
        self.assertContains(response, "Höstens utlysning → Höstens nya utlysning")
        self.assertContains(response, "<h2>Avgiftsklasser</h2>", html=True)
        self.assertContains(response, "8000 → 9000")

    def test_old_versions_are_read_never_reverted(self):
        row = self.registration.history.get()
        url = f"/fi/admin/registrations/registration/{self.registration.pk}/history/{row.pk}/"
        self.assertNotEqual(self.client.get(url).status_code, 200)
        self.client.post(url, {"title_fi": "Palautettu"})
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.title_fi, "Etäluennot")
        response = self.client.get(history_url(self.registration.pk))
        self.assertNotContains(response, f"/history/{row.pk}/")

    def test_seeing_the_history_needs_its_own_permission(self):
        staff = User.objects.create_user("vieras", is_staff=True)
        staff.user_permissions.add(Permission.objects.get(codename="view_registration"))
        self.client.force_login(staff)
        self.assertEqual(
            self.client.get(
                f"/fi/admin/registrations/registration/{self.registration.pk}/change/"
            ).status_code,
            200,
        )
        self.assertEqual(self.client.get(history_url(self.registration.pk)).status_code, 403)
        self.client.force_login(self.coordinator)
        self.assertEqual(self.client.get(history_url(self.registration.pk)).status_code, 200)
