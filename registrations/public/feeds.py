from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from registrations.models import Registration


class NewExperimentsFeed(Feed):
    """Newly published experiments, in the language of the URL (/fi/… or /sv/…)."""

    feed_type = Atom1Feed

    def title(self):
        return _("Digikunta: newly published experiments")

    def subtitle(self):
        return _("Experiments and reforms of Finnish municipalities, newest first.")

    def link(self):
        return reverse("registrations:experiments")

    def feed_url(self):
        return reverse("registrations:feed")

    def items(self):
        return Registration.objects.public().for_listing().newest_first()[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Registrants write plain text: escaped, so that feed readers do not read it as HTML.
        return escape((item.idea or item.reform)[:600])

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return item.reference

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return str(item.lead)

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
