import csv
import io

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from registrations.admin.export import COLUMNS
from registrations.models import Status
from tests.base import BaseTestCase
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    TopicFactory,
    make_registration,
)

CHANGELIST = "/fi/admin/registrations/registration/"
EXPORT = "/fi/admin/registrations/registration/export/"


class ExportTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.turku = MunicipalityFactory(name_fi="Turku", name_sv="Åbo")
        cls.kaarina = MunicipalityFactory(name_fi="Kaarina", name_sv="S:t Karins")
        cls.accepted = make_registration(
            lead_municipality=cls.turku,
            municipalities=[cls.kaarina],
            partner_organisations=[OrganisationFactory(name_fi="Kirjastoseura ry")],
            topics=[TopicFactory(name_fi="Osallistuminen", name_sv="Delaktighet")],
            title="Osallistuva budjetointi",
            contact_name="Maija Meikäläinen",
            contact_title="Kehittämispäällikkö",
            contact_email="maija@turku.example",
            contact_phone="+358 40 123 4567",
            contact_language="sv",
            savings_eur_per_year=12000,
            fee_eur=1500,
        )
        cls.submitted = make_registration(
            status=Status.SUBMITTED,
            language="sv",
            title="E-tjänst för bygglov",
            contact_email="anna@kommun.example",
        )

    def setUp(self):
        self.client.force_login(self.coordinator)

    def export(self, params=None):
        response = self.client.get(EXPORT, params or {})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        return response

    def rows(self, response):
        text = response.content.decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"))
        return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))

    def by_reference(self, response):
        return {row[0]: row for row in self.rows(response)[1:]}


class ExportContentTestCase(ExportTestCase):
    def test_it_starts_with_a_byte_order_mark_and_a_header(self):
        response = self.export()
        self.assertTrue(response.content.startswith("\ufeff".encode()))
        with override("fi"):
            header = [str(title) for title, _value in COLUMNS]
        self.assertEqual(self.rows(response)[0], header)
        self.assertEqual(len(header), 22)

    def test_the_header_is_in_the_active_language(self):
        response = self.client.get("/sv/admin/registrations/registration/export/")
        with override("sv"):
            header = [str(title) for title, _value in COLUMNS]
        self.assertEqual(self.rows(response)[0], header)

    def test_it_downloads_a_file_named_by_the_date(self):
        response = self.export()
        self.assertEqual(
            response["Content-Disposition"],
            f'attachment; filename="digikunta-registrations-{timezone.localdate():%Y-%m-%d}.csv"',
        )

    def test_it_has_a_row_per_registration_with_both_names_and_the_contact(self):
        rows = self.by_reference(self.export())
        self.assertEqual(set(rows), {self.accepted.reference, self.submitted.reference})
        row = rows[self.accepted.reference]
        for value in [
            "Turku / Åbo",
            "Kaarina, Turku",
            "S:t Karins, Åbo",
            "Kirjastoseura ry",
            "Osallistuminen",
            "Osallistuva budjetointi",
            "12000",
            "1500",
            "Maija Meikäläinen",
            "Kehittämispäällikkö",
            "maija@turku.example",
            # A leading + would start a formula in a spreadsheet (see ExportFormulaTestCase).
            "'+358 40 123 4567",
            self.accepted.call.title_fi,
        ]:
            self.assertIn(value, row)
        self.assertEqual((row[9], row[10]), ("Osallistuva budjetointi", ""))
        submitted = rows[self.submitted.reference]
        self.assertEqual((submitted[9], submitted[10]), ("", "E-tjänst för bygglov"))
        self.assertEqual(submitted[-1], "")  # not published
        self.assertRegex(row[-1], r"^\d{4}-\d\d-\d\d \d\d:\d\d$")

    def test_an_organisation_can_lead(self):
        led = make_registration(lead_organisation=OrganisationFactory(name_fi="Seutuverkko ry"))
        self.assertEqual(self.by_reference(self.export())[led.reference][4], "Seutuverkko ry")

    def test_it_respects_the_filters_of_the_list(self):
        rows = self.by_reference(self.export({"status__exact": "accepted"}))
        self.assertEqual(list(rows), [self.accepted.reference])
        rows = self.by_reference(self.export({"status__exact": "submitted", "language": "sv"}))
        self.assertEqual(list(rows), [self.submitted.reference])

    def test_it_respects_the_search_of_the_list(self):
        # Åbo matches both the lead and a participant: the registration comes once.
        self.assertEqual(
            list(self.by_reference(self.export({"q": "Åbo"}))), [self.accepted.reference]
        )
        self.assertEqual(
            list(self.by_reference(self.export({"q": "bygglov"}))), [self.submitted.reference]
        )

    def test_an_unknown_filter_goes_back_to_the_list(self):
        response = self.client.get(EXPORT, {"no_such_field": "1"})
        self.assertEqual(response.status_code, 302)

    def test_the_list_has_a_button_that_keeps_the_filters(self):
        response = self.client.get(CHANGELIST, {"status__exact": "accepted", "q": "Turku"})
        self.assertContains(response, f'href="{EXPORT}?q=Turku&amp;status__exact=accepted"')


class ExportFormulaTestCase(ExportTestCase):
    """What a registrant writes never runs as a formula in a coordinator's spreadsheet."""

    STARTS = ["=", "+", "-", "@", "\t", "\r"]

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.hostile = {}
        for number, start in enumerate(cls.STARTS):
            formula = f'{start}HYPERLINK("http://evil.example/?{number}","Avaa")'
            cls.hostile[start] = (
                formula,
                make_registration(
                    language="fi" if number % 2 else "sv",
                    title=formula,
                    other_topic=formula,
                    contact_name=formula,
                    contact_title=formula,
                    contact_phone=f"{start}358401234567",
                ),
            )

    def check(self, language):
        response = self.client.get(f"/{language}/admin/registrations/registration/export/")
        header = self.rows(response)[0]
        with override(language):
            self.assertEqual(header, [str(title) for title, _value in COLUMNS])
        rows = self.by_reference(response)
        text = response.content.decode("utf-8")
        for start, (formula, registration) in self.hostile.items():
            with self.subTest(language=language, start=repr(start)):
                row = dict(zip(header, rows[registration.reference], strict=True))
                with override(language):
                    title = str(COLUMNS[9 if registration.language == "fi" else 10][0])
                    cells = {
                        title: f"'{formula}",
                        str(_("Contact person")): f"'{formula}",
                        str(_("Job title")): f"'{formula}",
                        str(_("Phone")): f"'{start}358401234567",
                    }
                    topics = row[str(_("Topics"))]
                for column, expected in cells.items():
                    self.assertEqual(row[column], expected)
                self.assertTrue(topics.endswith(formula), "other topics follow the chosen ones")
                # Quoted, so that the separator or a line break inside stays in the cell.
                self.assertIn('"' + f"'{formula}".replace('"', '""') + '"', text)
                self.assertNotIn(f";{formula}", text)

    def test_it_neutralises_every_dangerous_start_in_the_finnish_export(self):
        self.check("fi")

    def test_it_neutralises_every_dangerous_start_in_the_swedish_export(self):
        self.check("sv")


class ExportQueriesTestCase(BaseTestCase):
    def add_registrations(self, count):
        for _number in range(count):
            make_registration(
                municipalities=[MunicipalityFactory()],
                partner_organisations=[OrganisationFactory()],
            )

    def export_rows(self):
        self.client.force_login(self.coordinator)
        # 1-2 the session and the coordinator, 3-4 the coordinator's permissions,
        # 5-7 the list filters' choices of calls, topics and regions,
        # 8-9 the list's counts of the filtered and of all registrations,
        # 10 the registrations with their call and lead, 11 their municipalities,
        # 12 their partner organisations, 13 their topics.
        with self.assertNumQueries(13):
            response = self.client.get(EXPORT, {"status__exact": "accepted"})
        return response.content.decode("utf-8").splitlines()

    def test_the_queries_do_not_grow_with_the_registrations(self):
        self.add_registrations(1)
        self.assertEqual(len(self.export_rows()), 1 + 1)
        self.add_registrations(9)
        self.assertEqual(len(self.export_rows()), 1 + 10)


class ExportPermissionsTestCase(ExportTestCase):
    def test_a_coordinator_may_export(self):
        self.assertEqual(len(self.rows(self.export())), 3)

    def test_an_outsider_may_not(self):
        self.client.force_login(self.outsider)
        response = self.client.get(EXPORT)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])

    def test_staff_without_permission_on_registrations_may_not(self):
        self.client.force_login(User.objects.create_user("vieras", is_staff=True))
        self.assertEqual(self.client.get(EXPORT).status_code, 403)
