from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from network.models import Programme
from network.reference_data.loader import load_reference_data
from registrations.models import (
    Adoption,
    Call,
    Registration,
    Report,
    ReportStage,
    Roadmap,
    RoadmapAction,
    Role,
    Savings,
)
from tests.base import log_in


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
        self.assertIn("Added 32 demo experiments.", out.getvalue())
        public = Registration.objects.public()
        self.assertGreaterEqual(public.count(), 12)
        self.assertEqual(
            set(public.values_list("role", flat=True)), {Role.KOKEILIJA, Role.VAIKUTTAJA}
        )
        self.assertEqual(set(public.values_list("language", flat=True)), {"fi", "sv"})
        self.assertGreaterEqual(public.values("regions").distinct().count(), 10)
        self.assertEqual(Call.objects.accepting_at(timezone.now()).count(), 1)
        self.assertEqual(
            list(Programme.objects.published().values_list("name_sv", flat=True)),
            ["Digikommunförsöket", "Försöksveckan", "Diginätverksprojektet"],
        )
        self.assertEqual(
            Call.objects.get(slug="digikuntakokeilu-2016").programme.name_fi, "Digikuntakokeilu"
        )
        self.assertEqual(
            set(Roadmap.objects.published().values_list("slug", flat=True)),
            {"lahti", "parainen", "keski-suomen-viisi-kuntaa"},
        )
        self.assertEqual(
            Roadmap.objects.get(slug="keski-suomen-viisi-kuntaa").municipalities.count(), 5
        )
        self.assertTrue(RoadmapAction.objects.filter(learns_from__isnull=False).exists())
        # Results: most finished experiments reported, failures shared, a stopped experiment,
        # savings verified and reported only, and two adoptions, in both languages.
        accepted = Report.objects.public()
        self.assertEqual(accepted.final().count(), 3)
        self.assertEqual(set(accepted.values_list("language", flat=True)), {"fi", "sv"})
        self.assertTrue(accepted.filter(stage=ReportStage.STOPPED).exists())
        self.assertEqual(accepted.final().exclude(failures_fi="", failures_sv="").count(), 3)
        counted = Savings.objects.counted()
        self.assertGreaterEqual(counted.verified().count(), 3)
        self.assertGreaterEqual(counted.reported_only().count(), 3)
        self.assertTrue(any(s.net_saving < 0 for s in counted))
        self.assertEqual(Adoption.objects.confirmed().count(), 2)
        self.assertTrue(Report.objects.waiting_for_review().exists())
        self.assertIsNotNone(Call.objects.get(slug="digikuntakokeilu-2016").final_report_due)
        call_command("seed_demo", force=True, stdout=out)
        self.assertIn("The demo content is there already.", out.getvalue())
        self.assertEqual(Registration.objects.count(), 32)
        response = log_in(self.client, "koordinaattori", "kokeilu-2026")
        self.assertRedirects(response, "/fi/admin/", fetch_redirect_response=False)
