"""Suggestions for the registration form as the user types, as JSON for static/js/digikunta.js.

The form never needs them: without JavaScript any name can be typed, as with them.
"""

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import cache_control

from digikunta.limits import limit_per_client
from registrations.public.organisations import suggest_organisation_names


# The answer is the same for everyone and only public names are in it, so any cache may keep
# it; briefly, so that a registration taken off the public pages soon stops being suggested.
@method_decorator(cache_control(public=True, max_age=300), name="dispatch")
class OrganisationSuggestionsView(View):
    """GET ?q=kes: {"names": [...]}, at most ten names of public organisations."""

    def get(self, request, *args, **kwargs):
        limit_per_client(request, "suggestions_per_ip")  # before the database is asked
        return JsonResponse({"names": suggest_organisation_names(request.GET.get("q", ""))})
