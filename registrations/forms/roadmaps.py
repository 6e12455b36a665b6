"""The forms of a digital roadmap: asking for a link, and writing the roadmap (its texts, a
row of levels per perspective, goals and actions as formsets). They work without JavaScript:
empty rows are offered for new goals and actions, and a ticked "remove" removes a row. Over 400
lines because the page is one form of four parts that validate together (each part's rows read
the others' choices); splitting them would scatter one page's rules."""

import re

from django import forms
from django.db.models import Q
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from network.models import Municipality, Topic
from registrations.forms.errors import ErrorSummaryMixin
from registrations.models import (
    LEVELS,
    ActionStatus,
    Perspective,
    Registration,
    Roadmap,
)
from registrations.services.roadmaps import ActionInput, GoalInput, LevelInput, RoadmapTexts

# How many empty rows a page offers for new goals and actions.
EXTRA_ROWS = 2
REFERENCE = re.compile(r"DK-\d{4}-\d{4,}", re.IGNORECASE)


class PrefixedErrorsMixin(ErrorSummaryMixin):
    """Error summary anchors that point at a formset row's own fields."""

    row_label = ""

    def error_anchor(self, name, field):
        return f"id_{self.add_prefix(name)}"

    def error_summary(self):
        items = super().error_summary()
        if not self.row_label:
            return items
        return [(anchor, f"{self.row_label}: {message}") for anchor, message in items]


class RoadmapLinkForm(ErrorSummaryMixin, forms.Form):
    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.active(),
        label=_("Municipality"),
        empty_label=_("Choose the municipality"),
        error_messages={"required": _("Choose the municipality whose roadmap you write.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "The address you gave as the contact person of an accepted registration of the "
            "municipality."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write an e-mail address."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )


class RoadmapTextsForm(PrefixedErrorsMixin, forms.Form):
    vision_fi = forms.CharField(
        label=_("Vision in Finnish"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    vision_sv = forms.CharField(
        label=_("Vision in Swedish"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    start_year = forms.IntegerField(
        label=_("From year"), required=False, min_value=2000, max_value=2100
    )
    end_year = forms.IntegerField(
        label=_("To year"), required=False, min_value=2000, max_value=2100
    )
    owner = forms.CharField(
        label=Roadmap._meta.get_field("owner").verbose_name,
        help_text=Roadmap._meta.get_field("owner").help_text,
        required=False,
        max_length=200,
    )
    is_published = forms.BooleanField(
        label=_("Show the roadmap on the site"),
        required=False,
        help_text=_("Everyone can then read it, with the names of those responsible."),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start_year"), data.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The last year cannot be before the first."))
        return data

    def texts(self) -> RoadmapTexts:
        return RoadmapTexts(**self.cleaned_data)


LEVEL_CHOICES = [("", _("Not rated"))] + [(str(level), str(level)) for level in LEVELS]


class LevelForm(PrefixedErrorsMixin, forms.Form):
    """The starting and target level of one perspective; both or neither."""

    start_level = forms.TypedChoiceField(
        label=_("Starting level"), choices=LEVEL_CHOICES, coerce=int, required=False
    )
    target_level = forms.TypedChoiceField(
        label=_("Target level"), choices=LEVEL_CHOICES, coerce=int, required=False
    )

    def __init__(self, *args, perspective: Perspective, **kwargs):
        super().__init__(*args, **kwargs)
        self.perspective = perspective
        self.row_label = perspective.name

    def clean(self):
        data = super().clean()
        start, target = data.get("start_level"), data.get("target_level")
        if start and not target:
            self.add_error("target_level", _("Choose the target level too."))
        elif target and not start:
            self.add_error("start_level", _("Choose the starting level too."))
        elif start and target and target < start:
            self.add_error("target_level", _("The target level cannot be below the start."))
        return data

    def level(self) -> LevelInput | None:
        data = self.cleaned_data
        if not data.get("start_level"):
            return None
        return LevelInput(
            perspective=self.perspective,
            start_level=data["start_level"],
            target_level=data["target_level"],
        )


class RowForm(PrefixedErrorsMixin, forms.Form):
    """A goal or an action: an existing row (pk) or a new one."""

    pk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    remove = forms.BooleanField(label=_("Remove"), required=False)
    texts = ()

    def __init__(self, *args, number: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number

    def skipped(self) -> bool:
        """Left out of the save: ticked "remove", or a new row left empty. An existing row
        emptied is an error instead, so that nothing is lost by a slip."""
        return self.is_bound and self._removed_or_blank()

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._removed_or_blank():
            self._errors = ErrorDict()  # a row to drop needs no other answer

    def _removed_or_blank(self) -> bool:
        if self.data.get(self.add_prefix("remove")):
            return True
        is_new = not self.data.get(self.add_prefix("pk"), "").strip()
        return is_new and not any(
            self.data.get(self.add_prefix(name), "").strip() for name in self.texts
        )

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in self.texts):
            self.add_error(self.texts[0], self.missing_text)
        return data


def _perspective_field():
    return forms.ModelChoiceField(
        queryset=Perspective.objects.filter(is_active=True),
        label=_("Perspective"),
        required=False,
        empty_label=_("No perspective"),
    )


class GoalForm(RowForm):
    text_fi = forms.CharField(label=_("Goal in Finnish"), required=False, max_length=300)
    text_sv = forms.CharField(label=_("Goal in Swedish"), required=False, max_length=300)
    perspective = _perspective_field()
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), label=_("Topic"), required=False, empty_label=_("No topic")
    )
    texts = ("text_fi", "text_sv")
    missing_text = _("Write the goal in Finnish or in Swedish.")

    def __init__(self, *args, number: int, **kwargs):
        super().__init__(*args, number=number, **kwargs)
        self.row_label = _("Goal %(number)s") % {"number": number}

    def goal(self) -> GoalInput:
        data = self.cleaned_data
        return GoalInput(
            text_fi=data["text_fi"],
            text_sv=data["text_sv"],
            perspective=data["perspective"],
            topic=data["topic"],
            pk=data["pk"],
        )


class ActionForm(RowForm):
    title_fi = forms.CharField(label=_("Action in Finnish"), required=False, max_length=300)
    title_sv = forms.CharField(label=_("Action in Swedish"), required=False, max_length=300)
    perspective = _perspective_field()
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=2000,
        max_value=2100,
        error_messages={"required": _("Write the year of the action.")},
    )
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        choices=[("", _("Whole year"))] + [(str(q), f"Q{q}") for q in range(1, 5)],
        coerce=int,
        required=False,
        empty_value=None,
    )
    due_on = forms.DateField(
        label=_("Or a date"),
        required=False,
        help_text=_("For example 30.9.2026. A date sets the year and the quarter."),
        error_messages={"invalid": _("Write the date in the form 30.9.2026.")},
    )
    responsible = forms.CharField(label=_("Responsible"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), choices=ActionStatus.choices, initial=ActionStatus.PLANNED
    )
    progress = forms.IntegerField(
        label=_("Progress %"),
        min_value=0,
        max_value=100,
        initial=0,
        error_messages={
            "min_value": _("Progress is a number from 0 to 100."),
            "max_value": _("Progress is a number from 0 to 100."),
            "invalid": _("Progress is a number from 0 to 100."),
            "required": _("Progress is a number from 0 to 100."),
        },
    )
    own_experiments = forms.ModelMultipleChoiceField(
        queryset=Registration.objects.none(),
        label=_("Our experiments"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    learns_from = forms.CharField(
        label=_("Experiments of others we learn from"),
        required=False,
        max_length=500,
        help_text=_("Reference numbers of published experiments, e.g. DK-2025-0042, DK-2024-0007."),
    )
    texts = ("title_fi", "title_sv")
    missing_text = _("Write the action in Finnish or in Swedish.")

    def __init__(self, *args, number: int, own_choices, **kwargs):
        super().__init__(*args, number=number, **kwargs)
        self.row_label = _("Action %(number)s") % {"number": number}
        self.fields["own_experiments"].queryset = own_choices

    def clean_learns_from(self):
        references = [ref.upper() for ref in REFERENCE.findall(self.cleaned_data["learns_from"])]
        leftover = REFERENCE.sub("", self.cleaned_data["learns_from"]).replace(",", " ").strip()
        if leftover:
            raise forms.ValidationError(
                _("Write reference numbers such as DK-2025-0042, separated by commas.")
            )
        found = list(Registration.objects.public().filter(reference__in=references))
        missing = sorted(set(references) - {registration.reference for registration in found})
        if missing:
            raise forms.ValidationError(
                _("No published experiment has the reference number %(references)s.")
                % {"references": ", ".join(missing)}
            )
        return found

    def clean(self):
        data = super().clean()
        if not data.get("year") and not data.get("due_on") and "year" not in self.errors:
            self.add_error("year", _("Write the year of the action, or its date."))
        return data

    def action(self) -> ActionInput:
        data = self.cleaned_data
        return ActionInput(
            title_fi=data["title_fi"],
            title_sv=data["title_sv"],
            year=data["year"] or data["due_on"].year,
            quarter=data["quarter"],
            due_on=data["due_on"],
            perspective=data["perspective"],
            responsible=data["responsible"],
            status=data["status"],
            progress=data["progress"],
            own_experiments=list(data["own_experiments"]),
            learns_from=data["learns_from"],
            pk=data["pk"],
        )


def own_experiment_choices(roadmap: Roadmap):
    """The published experiments of the roadmap's municipalities, newest first (at most 200)."""
    municipalities = roadmap.municipalities.all()
    ids = (
        Registration.objects.public()
        .filter(Q(lead_municipality__in=municipalities) | Q(municipalities__in=municipalities))
        .order_by("-pk")
        .values("pk")[:200]
    )
    # Not sliced itself: the field filters it to check what was ticked.
    return Registration.objects.public().filter(pk__in=ids).order_by("-pk")


class RoadmapEditForm:
    """The whole page: the texts, one row per perspective, and the goals and actions."""

    def __init__(self, roadmap: Roadmap, data=None):
        self.roadmap = roadmap
        self.texts = RoadmapTextsForm(data, initial=_texts_initial(roadmap), prefix="roadmap")
        levels = {level.perspective_id: level for level in roadmap.levels.all()}
        perspectives = list(Perspective.objects.filter(is_active=True)) + [
            level.perspective for level in levels.values() if not level.perspective.is_active
        ]
        self.levels = [
            LevelForm(
                data,
                perspective=perspective,
                prefix=f"level-{perspective.pk}",
                initial=_level_initial(levels.get(perspective.pk)),
            )
            for perspective in perspectives
        ]
        goals = list(roadmap.goals.all())
        goal_count = _row_count(data, "goal", len(goals) + EXTRA_ROWS)
        self.goals = [
            GoalForm(
                data,
                number=index + 1,
                prefix=f"goal-{index}",
                initial=_goal_initial(goals[index]) if index < len(goals) else None,
            )
            for index in range(goal_count)
        ]
        actions = list(roadmap.actions.prefetch_related("own_experiments", "learns_from"))
        action_count = _row_count(data, "action", len(actions) + EXTRA_ROWS)
        own = own_experiment_choices(roadmap)
        self.has_own_experiments = own.exists()
        self.actions = [
            ActionForm(
                data,
                number=index + 1,
                prefix=f"action-{index}",
                own_choices=own,
                initial=_action_initial(actions[index]) if index < len(actions) else None,
            )
            for index in range(action_count)
        ]
        self.goal_count, self.action_count = goal_count, action_count

    def all_forms(self):
        return [self.texts, *self.levels, *self.goals, *self.actions]

    def is_valid(self) -> bool:
        # A list, not a generator: every form is validated, so that each shows its errors.
        return all([form.is_valid() for form in self.all_forms()])  # noqa: C419

    def error_summary(self):
        return [item for form in self.all_forms() for item in form.error_summary()]

    def save_arguments(self) -> dict:
        return {
            "texts": self.texts.texts(),
            "levels": [level for form in self.levels if (level := form.level())],
            "goals": [form.goal() for form in self.goals if not form.skipped()],
            "actions": [form.action() for form in self.actions if not form.skipped()],
        }


def _row_count(data, name: str, default: int) -> int:
    """How many rows the page that was sent had (a hidden count), within reason."""
    if data is None:
        return default
    try:
        return max(0, min(int(data.get(f"{name}-count", default)), 200))
    except (TypeError, ValueError):
        return default


def _texts_initial(roadmap: Roadmap) -> dict:
    return {
        name: getattr(roadmap, name)
        for name in ("vision_fi", "vision_sv", "start_year", "end_year", "owner", "is_published")
    }


def _level_initial(level) -> dict:
    if level is None:
        return {}
    return {"start_level": level.start_level, "target_level": level.target_level}


def _goal_initial(goal) -> dict:
    return {
        "pk": goal.pk,
        "text_fi": goal.text_fi,
        "text_sv": goal.text_sv,
        "perspective": goal.perspective_id,
        "topic": goal.topic_id,
    }


def _action_initial(action) -> dict:
    return {
        "pk": action.pk,
        "title_fi": action.title_fi,
        "title_sv": action.title_sv,
        "perspective": action.perspective_id,
        "year": action.year,
        "quarter": action.quarter,
        "due_on": action.due_on,
        "responsible": action.responsible,
        "status": action.status,
        "progress": action.progress,
        "own_experiments": [registration.pk for registration in action.own_experiments.all()],
        "learns_from": ", ".join(r.reference for r in action.learns_from.all()),
    }
