"""The audit history of topics and organisations (network/history.py)."""

from django.utils.translation import override

from digikunta import audit
from network.models import Organisation, Topic
from registrations.services.submission import OrganisationInput, find_or_add_organisation
from tests.base import BaseTestCase
from tests.factories import OrganisationFactory, TopicFactory
from tests.registrations.admin.test_decisions import form_data


class TopicHistoryTestCase(BaseTestCase):
    def test_a_coordinators_edit_keeps_both_languages_and_who(self):
        topic = TopicFactory(name_fi="Kirjastot", name_sv="Bibliotek", slug="kirjastot")
        self.client.force_login(self.coordinator)
        change_url = f"/fi/admin/network/topic/{topic.pk}/change/"
        data = form_data(self.client.get(change_url)) | {"name_sv": "Biblioteken"}
        self.assertEqual(self.client.post(change_url, data).status_code, 302)
        row = Topic.history.filter(id=topic.pk).first()
        self.assertEqual((row.name_fi, row.name_sv), ("Kirjastot", "Biblioteken"))
        self.assertEqual((row.history_user, row.history_source), (self.coordinator, "admin"))
        response = self.client.get(f"/sv/admin/network/topic/{topic.pk}/history/")
        self.assertContains(response, "Bibliotek → Biblioteken")
        self.assertContains(response, "koordinaattori (i administrationen)")
        response = self.client.get(f"/fi/admin/network/topic/{topic.pk}/history/")
        self.assertContains(response, "koordinaattori (ylläpidossa)")

    def test_a_deleted_topic_keeps_its_history(self):
        topic = TopicFactory(name_fi="Vanha aihe")
        pk = topic.pk
        topic.delete()
        self.assertEqual(
            list(Topic.history.filter(id=pk).values_list("history_type", "name_fi")),
            [("-", "Vanha aihe"), ("+", "Vanha aihe")],
        )


class OrganisationHistoryTestCase(BaseTestCase):
    def test_an_organisation_a_registrant_adds_is_theirs_in_the_history(self):
        with audit.recorded_as(audit.REGISTRATION_FORM):
            added = find_or_add_organisation(
                organisation=OrganisationInput(name="Uusi Yhdistys ry", kind="association"),
                language="fi",
            )
        row = Organisation.history.get(id=added.pk)
        self.assertEqual(row.name_fi, "Uusi Yhdistys ry")
        with override("fi"):
            self.assertEqual(row.changed_by, "ilmoittautuja ilmoittautumislomakkeella")

    def test_the_history_page_needs_the_history_permission(self):
        organisation = OrganisationFactory()
        self.client.force_login(self.coordinator)
        url = f"/fi/admin/network/organisation/{organisation.pk}/history/"
        self.assertEqual(self.client.get(url).status_code, 200)
        self.client.force_login(self.outsider)
        self.assertEqual(self.client.get(url).status_code, 302)
