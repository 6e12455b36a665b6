from django import forms

# Django's own messages for these say nothing of the field ("Enter a whole number."), so the
# summary names the field; our own messages are written to stand alone.
GENERIC_CODES = {
    "invalid",
    "invalid_choice",
    "invalid_list",
    "max_length",
    "min_length",
    "max_value",
    "min_value",
}


class ErrorSummaryMixin:
    """The errors of a form as (anchor, message) pairs, in the order of its fields, for the
    error summary at the top of the page (templates/includes/error_summary.html)."""

    def error_summary(self) -> list[tuple[str, str]]:
        items = [("", message) for message in self.non_field_errors()]
        for name, field in self.fields.items():
            for error in self.errors.as_data().get(name, []):
                for message in error.messages:
                    if self._is_generic(field, error.code):
                        message = f"{field.label}: {message}"
                    items.append((self.error_anchor(name, field), message))
        return items

    @staticmethod
    def _is_generic(field, code) -> bool:
        if code == "required":
            default = forms.Field.default_error_messages["required"]
            return str(field.error_messages["required"]) == str(default)
        return code in GENERIC_CODES

    def error_anchor(self, name: str, field) -> str:
        if isinstance(field.widget, forms.HiddenInput):
            return ""
        if isinstance(field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
            return f"id_{name}_0"
        return f"id_{name}"
