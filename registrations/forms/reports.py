"""The report form of the private page: texts in the registration's language, the stage and
progress, savings in euros typed the way people type them, and rows of open data, materials
and adopting municipalities (a blank row each time, so that no JavaScript is needed to add
one). Labels, help texts and limits come from the model fields."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from registrations.forms.errors import ErrorSummaryMixin
from registrations.forms.fields import MunicipalityChoiceField, active_municipalities
from registrations.models import (
    REPORT_TEXT_FIELDS,
    Adoption,
    Material,
    OpenDataset,
    Report,
    ReportStage,
    Savings,
)
from registrations.services.reports import AdoptionInput, LinkInput, ReportContent
from registrations.services.savings import SavingsFigures

SAVINGS_FIELDS = (
    "cost_before",
    "cost_after",
    "one_off_costs",
    "hours_saved",
    "from_year",
    "to_year",
    "method",
    "cost_increase_confirmed",
)
_NUMBER = _("Write a number, for example 12 500 or 12 500,50.")


class DecimalTypedField(forms.DecimalField):
    """A sum or a number of hours as people type it: 12 500,50 €, 12.500, 12500.5."""

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": _NUMBER})
        super().__init__(**kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal", "class": "w-auto"})

    def to_python(self, value):
        if isinstance(value, str):
            compact = re.sub(r"[\s\u00a0\u202f€h]", "", value).replace("−", "-")
            if "," in compact:
                compact = compact.replace(".", "").replace(",", ".")
            elif compact.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", compact):
                compact = compact.replace(".", "")  # dots as thousands: 12.500
            if not compact:
                return None
            try:
                Decimal(compact)
            except InvalidOperation:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
            value = compact
        return super().to_python(value)

    def prepare_value(self, value):
        # As the Finnish and Swedish write it: a comma for the decimals, no ",00".
        if isinstance(value, Decimal):
            text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
            return text.replace(".", ",")
        return value


def _from_model(model, name: str, **kwargs) -> forms.Field:
    model_field = model._meta.get_field(name)
    kwargs.setdefault("required", False)
    if name in ("cost_before", "cost_after", "one_off_costs", "hours_saved"):
        field = DecimalTypedField(
            label=capfirst(model_field.verbose_name),
            help_text=model_field.help_text,
            max_digits=model_field.max_digits,
            decimal_places=model_field.decimal_places,
            **kwargs,
        )
        field.validators.extend(model_field.validators)
        return field
    if name == "url":
        kwargs["assume_scheme"] = "https"
    field = model_field.formfield(**kwargs)
    field.label = capfirst(model_field.verbose_name)
    return field


class ReportForm(ErrorSummaryMixin, forms.Form):
    stage = forms.ChoiceField(
        label=_("Stage of the experiment"),
        choices=ReportStage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the stage of the experiment.")},
    )

    def __init__(self, *args, report: Report, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = report
        self.fields["progress"] = _from_model(Report, "progress", min_value=0)
        self.fields["progress"].widget.attrs["class"] = "w-auto"
        for name in REPORT_TEXT_FIELDS:
            field = _from_model(Report, name)
            # The texts are in the language the registration was written in.
            field.widget.attrs["lang"] = report.language
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["rows"] = 4
            self.fields[name] = field
        for name in SAVINGS_FIELDS:
            self.fields[name] = _from_model(Savings, name)
        self.fields["method"].widget.attrs.update(rows=3, lang=report.language)
        self.fields["cost_increase_confirmed"].label = _(
            "The annual cost grew, and the figures are right"
        )
        if report.is_final:
            self.fields["failures"].label = _("Failures (required)")
            self.fields["lessons"].label = _("Lessons: what would you do differently (required)")
        self.fields["done"].label = _("What was done (required)")

    def content(self, *, open_data, materials, adoptions) -> ReportContent:
        data = self.cleaned_data
        return ReportContent(
            stage=data["stage"],
            progress=data["progress"],
            texts={name: data[name] or "" for name in REPORT_TEXT_FIELDS},
            savings=SavingsFigures(
                **{name: data[name] for name in SAVINGS_FIELDS if name != "method"},
                method=data["method"] or "",
            ),
            open_data=open_data,
            materials=materials,
            adoptions=adoptions,
        )

    def add_service_errors(self, error: ValidationError) -> None:
        """Errors the service found, next to their fields (or at the top)."""
        for name, messages in error.message_dict.items():
            for message in messages:
                self.add_error(name if name in self.fields else None, message)


def initial_from(report: Report) -> dict:
    language = report.language
    initial = {"stage": report.stage, "progress": report.progress}
    initial.update({name: getattr(report, f"{name}_{language}") for name in REPORT_TEXT_FIELDS})
    savings = report.savings_or_none
    if savings is not None:
        initial.update({name: getattr(savings, name) for name in SAVINGS_FIELDS})
        initial["method"] = getattr(savings, f"method_{language}")
    return initial


class RowForm(ErrorSummaryMixin, forms.Form):
    """One row of a list; a row left blank is no row (so emptying a row removes it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_permitted = True
        self.use_required_attribute = False

    def has_changed(self) -> bool:
        if not self.is_bound:
            return False
        return any(str(self.data.get(self.add_prefix(name), "")).strip() for name in self.fields)

    def error_anchor(self, name, field):
        return f"id_{self.add_prefix(name)}"


class OpenDataForm(RowForm):
    title = _from_model(OpenDataset, "title", required=True)
    url = _from_model(OpenDataset, "url", required=True)
    licence = _from_model(OpenDataset, "licence")
    format = _from_model(OpenDataset, "format")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Write the name of the data.")
        self.fields["url"].error_messages.update(
            required=_("Write the address of the data."),
            invalid=_("Write the address in the form https://example.fi/data."),
        )

    def value(self) -> LinkInput:
        return LinkInput(**self.cleaned_data)


class MaterialForm(RowForm):
    title = _from_model(Material, "title", required=True)
    url = _from_model(Material, "url", required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Write the name of the material.")
        self.fields["url"].error_messages.update(
            required=_("Write the address of the material."),
            invalid=_("Write the address in the form https://example.fi/material."),
        )

    def value(self) -> LinkInput:
        return LinkInput(**self.cleaned_data)


class AdoptionForm(RowForm):
    municipality = MunicipalityChoiceField(
        label=_("Municipality that took the model up"),
        error_messages={"required": _("Choose the municipality.")},
    )
    year = _from_model(Adoption, "year", required=True)
    note = _from_model(Adoption, "note")

    def __init__(self, *args, municipalities=(), language="fi", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].set_municipalities(municipalities)
        self.fields["year"].error_messages["required"] = _("Write the year it was taken up.")
        self.fields["year"].widget.attrs["class"] = "w-auto"
        self.fields["note"].widget.attrs.update(rows=2, lang=language)

    def value(self) -> AdoptionInput:
        return AdoptionInput(**self.cleaned_data)


def _formset(form_class, prefix, data, initial, **form_kwargs):
    formset_class = forms.formset_factory(form_class, extra=1)
    return formset_class(data, initial=initial, prefix=prefix, form_kwargs=form_kwargs)


def row_formsets(report: Report, data=None) -> dict:
    """The lists of the report, each with a blank row to add one."""
    language = report.language
    return {
        "open_data": _formset(
            OpenDataForm,
            "open_data",
            data,
            [
                {"title": d.title, "url": d.url, "licence": d.licence, "format": d.format}
                for d in report.open_data.all()
            ],
        ),
        "materials": _formset(
            MaterialForm,
            "materials",
            data,
            [{"title": m.title, "url": m.url} for m in report.materials.all()],
        ),
        "adoptions": _formset(
            AdoptionForm,
            "adoptions",
            data,
            [
                {
                    "municipality": str(a.municipality_id),
                    "year": a.year,
                    "note": getattr(a, f"note_{language}"),
                }
                for a in report.adoptions.all()
            ],
            municipalities=active_municipalities(),
            language=language,
        ),
    }


def row_values(formsets: dict) -> dict:
    """The filled rows of each list (call once every formset is valid)."""
    return {
        name: [form.value() for form in formset if form.has_changed() and form.cleaned_data]
        for name, formset in formsets.items()
    }


def error_summary(form: ReportForm, formsets: dict) -> list[tuple[str, str]]:
    items = form.error_summary()
    for formset in formsets.values():
        for row in formset:
            items.extend(row.error_summary())
    return items
