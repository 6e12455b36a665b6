"""Scores and reasons of hand-made pairs, in both languages; the threshold; dismissals."""

from django.utils import translation

from network.models import Municipality
from registrations.matching.reasons import phrases
from registrations.matching.selectors import stored_suggestions
from registrations.models import Role, Suggestion
from registrations.services.matching import dismiss_suggestion, recompute_all_suggestions
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, RegionFactory, TopicFactory, make_registration


class MatchingTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        region = RegionFactory()
        cls.lahti = MunicipalityFactory(name_fi="Lahti", name_sv="Lahtis", region=region)
        cls.hollola = MunicipalityFactory(name_fi="Hollola", name_sv="Hollola", region=region)
        cls.lahti.neighbours.add(cls.hollola)
        cls.far = MunicipalityFactory(population=500_000)
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.mentor = make_registration(
            role=Role.VAIKUTTAJA,
            lead_municipality=cls.lahti,
            topics=[cls.topic],
            title="Ohjelmistorobotti ostolaskujen käsittelyssä",
            idea="",
            reform="Ohjelmistorobotti tarkastaa ja tiliöi ostolaskut taloushallinnossa.",
            savings_eur_per_year=148000,
            savings_from_year=2015,
            can_share=["mentoring", "visits"],
        )
        cls.plan = make_registration(
            lead_municipality=cls.hollola,
            topics=[cls.topic],
            title="Ostolaskujen käsittely ohjelmistorobotilla",
            idea="Kokeilemme ohjelmistorobottia, joka tarkastaa ja tiliöi ostolaskut.",
            support_wanted=["mentor"],
        )
        cls.other = make_registration(
            lead_municipality=cls.far,
            topics=[TopicFactory()],
            title="Osallistuva budjetointi kylissä",
            idea="Asukkaat päättävät äänestämällä, mihin 50 000 euroa käytetään.",
        )
        recompute_all_suggestions()

    def test_it_suggests_the_influencer_as_a_mentor_first_with_reasons_in_finnish(self):
        [first] = stored_suggestions(self.plan)
        self.assertEqual(first.experiment, self.mentor)
        self.assertTrue(first.is_mentor)
        with translation.override("fi"):
            self.assertEqual(
                first.phrases[:3],
                [
                    "Tehnyt saman jo 2015 ja säästää 148\xa0000\xa0€ vuodessa",
                    "Tarjoaa: mentorointi",
                    "Sama aihe: Sähköinen asiointi",
                ],
            )
            self.assertIn("Naapurikunta", first.phrases)
            self.assertIn("Samankokoinen kunta", first.phrases)

    def test_it_gives_the_reasons_in_swedish(self):
        [first] = stored_suggestions(self.plan)
        with translation.override("sv"):
            self.assertIn("Samma tema: E-tjänster", first.phrases)
            self.assertIn("Grannkommun", first.phrases)
            self.assertIn(
                "Gjorde samma redan 2015 och sparar 148\xa0000\xa0€ per år", first.phrases
            )

    def test_it_suggests_nothing_below_the_threshold(self):
        self.assertEqual(stored_suggestions(self.other), [])
        self.assertFalse(Suggestion.objects.filter(other=self.other).exists())

    def test_it_keeps_suggestions_in_step_when_one_is_published(self):
        newcomer = make_registration(
            title="Ohjelmistorobotti ostolaskuille",
            idea="Ohjelmistorobotti tiliöi ostolaskut, kun ne täsmäävät tilaukseen.",
            topics=[self.topic],
        )
        self.assertIn(self.mentor, [s.experiment for s in stored_suggestions(newcomer)])
        self.assertIn(newcomer, [s.experiment for s in stored_suggestions(self.plan)])

    def test_it_never_suggests_a_dismissed_pair_again(self):
        dismiss_suggestion(registration=self.plan, other=self.mentor, by=self.coordinator)
        self.assertEqual(stored_suggestions(self.plan), [])
        recompute_all_suggestions()
        self.assertEqual(stored_suggestions(self.plan), [])
        self.assertEqual(stored_suggestions(self.mentor), [])

    def test_it_names_no_topic_it_cannot_see(self):
        with translation.override("fi"):
            self.assertEqual(phrases([{"code": "topic", "topics": [1]}]), ["Sama aihe"])

    def test_neighbours_come_from_the_boundaries(self):
        from network.reference_data.loader import load_reference_data

        load_reference_data()
        lahti = Municipality.objects.get(code="398")
        self.assertIn("Hollola", [m.name for m in lahti.neighbours.all()])
