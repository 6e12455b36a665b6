"""Suggestions for the registration form as the user types: organisation names as JSON for
static/js/digikunta.js, similar experiments as rendered HTML in JSON for static/js/similar.js.

The form never needs them: without JavaScript any name can be typed, as with them.
"""

from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.decorators.cache import cache_control

from digikunta.limits import limit_per_client
from network.models import Municipality, Topic
from registrations.matching.selectors import suggestions_for_answers
from registrations.models import Role
from registrations.models.registrations import TEXT_MAX
from registrations.public.organisations import suggest_organisation_names

# A title shorter than this says too little to look for anything like it.
MIN_TITLE = 4


# The answer is the same for everyone and only public names are in it, so any cache may keep
# it; briefly, so that a registration taken off the public pages soon stops being suggested.
@method_decorator(cache_control(public=True, max_age=300), name="dispatch")
class OrganisationSuggestionsView(View):
    """GET ?q=kes: {"names": [...]}, at most ten names of public organisations."""

    def get(self, request, *args, **kwargs):
        limit_per_client(request, "suggestions_per_ip")  # before the database is asked
        return JsonResponse({"names": suggest_organisation_names(request.GET.get("q", ""))})


# Only public experiments are in the answer, the same for everyone who asks the same.
@method_decorator(cache_control(public=True, max_age=300), name="dispatch")
class SimilarAsYouTypeView(View):
    """GET ?role=kokeilija&title=…&text=…&topics=1&municipality=2: {"html": …}, the "This has
    been tried already" list rendered in the page's language, for static/js/similar.js. The
    review step shows the same list without JavaScript."""

    def get(self, request, *args, **kwargs):
        limit_per_client(request, "suggestions_per_ip")  # before the database is asked
        query = request.GET
        title, text = query.get("title", "")[:200], query.get("text", "")[:TEXT_MAX]
        similar = []
        if len(title.strip()) >= MIN_TITLE:
            similar = suggestions_for_answers(
                role=query.get("role") if query.get("role") in Role.values else Role.KOKEILIJA,
                language=get_language(),
                texts={"title": title, "idea": text},
                topics=list(Topic.objects.filter(pk__in=_ids(query.getlist("topics")))),
                municipalities=list(
                    Municipality.objects.filter(pk__in=_ids(query.getlist("municipality")))
                ),
            )
        html = render_to_string(
            "registrations/_similar_live.html", {"similar": similar}, request=request
        )
        return JsonResponse({"html": html})


def _ids(values: list[str]) -> list[int]:
    return [int(value) for value in values[:10] if value.isdigit() and len(value) < 10]
