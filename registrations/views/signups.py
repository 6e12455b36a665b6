"""Signing up for an event, and the private page of a sign-up (its place, its calendar file and
the button to cancel), reached through the link in its e-mail."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from digikunta.limits import limit, limit_per_client
from digikunta.public import PublicPageMixin
from network.calendar import calendar
from network.models import Event
from registrations.forms.signups import SignUpForm
from registrations.models import SignUpStatus
from registrations.services import signup_links
from registrations.services import signups as services

REFUSALS = {
    services.SignUpClosed: _("Sign-up for this event has closed."),
    services.EventFull: _(
        "The event is full: all seats and places on the waiting list have been taken."
    ),
    services.AlreadySignedUp: _("This e-mail address has already signed up for the event."),
}


class SignUpView(PublicPageMixin, TemplateView):
    template_name = "registrations/signup_form.html"

    def dispatch(self, request, *args, slug, **kwargs):
        self.event = get_object_or_404(
            Event.objects.published().select_related("municipality"), slug=slug
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Sign up: %(event)s") % {"event": self.event.title}

    def get_context_data(self, **kwargs):
        now = timezone.now()
        counts = services.counts(self.event)
        event = self.event
        seats_left = (
            None if event.capacity is None else max(0, event.capacity - counts["attending"])
        )
        form = kwargs.get("form")
        return super().get_context_data(
            event=event,
            is_open=event.accepts_signups_at(now),
            seats_left=seats_left,
            waiting_left=max(0, event.waiting_capacity - counts["waiting"]),
            has_errors=bool(form is not None and form.errors),
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=SignUpForm(language=get_language()))
        )

    def post(self, request, *args, **kwargs):
        form = SignUpForm(request.POST, language=get_language())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        limit_per_client(request, "signups_per_ip")
        limit(request, "signups_per_address", key=form.cleaned_data["email"])
        try:
            signup = services.sign_up(event_id=self.event.pk, details=form.details())
        except services.SignUpRefused as refused:
            message = REFUSALS[type(refused)]
            field = "email" if isinstance(refused, services.AlreadySignedUp) else None
            form.add_error(field, str(message))
            return self.render_to_response(self.get_context_data(form=form, refused=True))
        if signup.status == SignUpStatus.ATTENDING:
            messages.success(request, _("You have a seat. We sent a confirmation by e-mail."))
        else:
            messages.success(
                request,
                _(
                    "The seats are taken, so you are on the waiting list. We will e-mail you "
                    "if a seat frees."
                ),
            )
        return redirect("registrations:signup_private", token=signup_links.make_token(signup))


class PrivateSignUpMixin:
    def dispatch(self, request, *args, token, **kwargs):
        self.signup = signup_links.signup_for_token(token)
        if self.signup is None:
            raise Http404
        self.token = token
        return super().dispatch(request, *args, **kwargs)


class PrivateSignUpView(PrivateSignUpMixin, PublicPageMixin, TemplateView):
    """The sign-up's own page: where it stands, the event in a calendar, cancel."""

    template_name = "registrations/signup_private.html"
    page_title = _("Your sign-up")

    def get_context_data(self, **kwargs):
        event = self.signup.event
        return super().get_context_data(
            signup=self.signup,
            event=event,
            token=self.token,
            can_cancel=self.signup.status != SignUpStatus.CANCELLED
            and event.ends_at > timezone.now(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        # Nothing to cancel once the event is over: the sign-up is a record of who came.
        if self.signup.status != SignUpStatus.CANCELLED and (
            self.signup.event.ends_at > timezone.now()
        ):
            services.cancel_by_link(signup=self.signup)
            messages.success(request, _("Your sign-up has been cancelled."))
        return redirect("registrations:signup_private", token=self.token)


class PrivateSignUpCalendarView(PrivateSignUpMixin, TemplateView):
    """The event for the person's own calendar, with the online link when they have a seat."""

    def get(self, request, *args, **kwargs):
        with_link = self.signup.status == SignUpStatus.ATTENDING
        content = calendar([self.signup.event], language=get_language(), online_url=with_link)
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.signup.event.slug}.ics"'
        return response
