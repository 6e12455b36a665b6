"""The admin's titles and counts in natural Finnish and Swedish.

Django's admin builds phrases from a model's verbose_name: "Change %s" and "20 %s". In
Finnish that gives "Muokkaa ilmoittautuminen" and "20 ilmoittautumiset", where the language
wants the partitive ("Muokkaa ilmoittautumista", "20 ilmoittautumista"), which no verbose name
can give. So each of our ModelAdmins says its own change title and count (NaturalNamesMixin);
templates/admin/pagination.html shows the count through the builtin filter |admin_result_count;
and the admin strings of Django's that read wrongly with any noun are translated again in our
own catalogue (ours wins over Django's), marked below so that makemessages keeps them.
"""

from django import template
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy

register = template.Library()

# Django's admin strings that our .po files translate again. Finnish: "Muokkaa: %s" where no
# ModelAdmin of ours says a better title (e.g. Django's own users), verbs with the object in
# the nominative plural, and no number right before a nominative plural.
DJANGO_ADMIN_STRINGS = (
    gettext_noop("Change %s"),
    gettext_noop("Delete selected %(verbose_name_plural)s"),
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    gettext_noop("Select all %(total_count)s %(module_name)s"),
    # Django writes the name capitalised here ("Lisää toinen Maksuluokka"): after a colon.
    gettext_noop("Add another %(verbose_name)s"),
    ngettext_lazy(
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
        "count",
    ),
    # Left untranslated in Django's Finnish, so the admin would show them in English (the first
    # three to screen readers, in the headers of the list of models).
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop("%(model)s instance with %(field)s %(value)r is not a valid choice."),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        1,
    ),
)


class NaturalNamesMixin:
    """For a ModelAdmin: the title of its change page and the count under its list, written
    out for the model rather than built from its verbose name.

    change_title: e.g. _("Change registration") ("Muokkaa ilmoittautumista").
    count_text: e.g. ngettext_lazy("%(count)s registration", "%(count)s registrations",
    "count") ("20 ilmoittautumista").
    """

    change_title = None
    count_text = None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and self.change_title and self.has_change_permission(request, obj):
            context["title"] = self.change_title
        return super().render_change_form(request, context, add, change, form_url, obj)


@register.filter
def admin_result_count(changelist) -> str:
    """The number of rows under an admin list: "20 ilmoittautumista" / "20 anmälningar" as the
    ModelAdmin words it, else "Käyttäjät: 20", which reads right with any name."""
    count = changelist.result_count
    count_text = getattr(changelist.model_admin, "count_text", None)
    if count_text is not None:
        return count_text % {"count": count}
    return _("%(name)s: %(count)s") % {
        "name": capfirst(changelist.opts.verbose_name_plural),
        "count": count,
    }
