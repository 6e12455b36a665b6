"""Introductions and mentoring (kokeilukummi): a coordinator proposes, each contact person
hears of it in their own language and agrees (or not) through their private link; once both
have agreed, each gets the other's contact details by e-mail. Coordinators then follow a
mentoring through its states, dates and outcome. Every e-mail goes through the outbox."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from registrations.models import (
    NEXT_STATES,
    EmailKind,
    Introduction,
    IntroductionState,
    Registration,
    Role,
    Status,
    SuggestionKind,
)
from registrations.services import mail
from registrations.services.search_table import bump_data_version


def _queue_to_both(introduction: Introduction, kind: str) -> None:
    for registration in (introduction.first, introduction.second):
        mail.queue_introduction(
            registration,
            kind=kind,
            introduction=introduction,
            other=introduction.other_than(registration),
        )


@transaction.atomic
def propose_introduction(
    *, registration: Registration, other: Registration, by, mentoring: bool | None = None
) -> Introduction:
    """Propose that two public registrations meet; a mentoring when one is an influencer and
    the other an experimenter (unless `mentoring` says otherwise). Both contact persons are
    asked, in their own language, whether they agree to share their contact details."""
    if registration.pk == other.pk:
        raise ValidationError(_("A registration cannot be introduced to itself."))
    if registration.status != Status.ACCEPTED or other.status != Status.ACCEPTED:
        raise ValidationError(_("Only published registrations can be introduced."))
    pair = {registration.role, other.role}
    if mentoring is None:
        mentoring = pair == {Role.KOKEILIJA, Role.VAIKUTTAJA}
    if mentoring and pair != {Role.KOKEILIJA, Role.VAIKUTTAJA}:
        raise ValidationError(_("A mentor is an influencer, for an experimenter."))
    first, second = (registration, other)
    if mentoring and registration.role == Role.KOKEILIJA:
        first, second = other, registration
    if Introduction.objects.filter(first__in=[first, second], second__in=[first, second]).exists():
        raise ValidationError(_("These two have already been introduced."))
    introduction = Introduction.objects.create(
        kind=SuggestionKind.MENTOR if mentoring else SuggestionKind.PEER,
        first=first,
        second=second,
        proposed_by=by,
    )
    _queue_to_both(introduction, EmailKind.INTRODUCTION_PROPOSED)
    return introduction


@transaction.atomic
def agree_to_introduction(
    *, introduction: Introduction, registration: Registration, public: bool
) -> Introduction:
    """The contact person of one side agrees to share their contact details (and, if they
    wish, to show the relation in public). When both have agreed, both get the other's."""
    introduction = Introduction.objects.select_for_update().get(pk=introduction.pk)
    if registration.pk not in (introduction.first_id, introduction.second_id):
        raise ValidationError(_("This introduction is not about your registration."))
    if introduction.state == IntroductionState.CANCELLED:
        raise ValidationError(_("This introduction has been cancelled."))
    side = introduction.side_of(registration)
    if getattr(introduction, f"{side}_agreed_at") is None:
        setattr(introduction, f"{side}_agreed_at", timezone.now())
    setattr(introduction, f"{side}_public", public)
    both = introduction.first_agreed_at and introduction.second_agreed_at
    if both and introduction.state == IntroductionState.PROPOSED:
        introduction.state = IntroductionState.INTRODUCED
        introduction.introduced_at = timezone.now()
        introduction.save()
        _queue_to_both(introduction, EmailKind.INTRODUCTION_MADE)
    else:
        introduction.save()
    bump_data_version()  # a public page may show it now
    return introduction


@transaction.atomic
def decline_introduction(*, introduction: Introduction, registration: Registration) -> None:
    """A contact person says no: the introduction is cancelled, and nothing is shared."""
    if registration.pk not in (introduction.first_id, introduction.second_id):
        raise ValidationError(_("This introduction is not about your registration."))
    Introduction.objects.filter(pk=introduction.pk).update(state=IntroductionState.CANCELLED)
    bump_data_version()


@transaction.atomic
def follow_introduction(
    *,
    introduction: Introduction,
    state: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    outcome: dict[str, str] | None = None,
) -> Introduction:
    """A coordinator moves an introduction on (introduced → active → completed, or cancelled)
    and records its dates and outcome (by language)."""
    saved = Introduction.objects.select_for_update().get(pk=introduction.pk)
    if state != saved.state and state not in NEXT_STATES[IntroductionState(saved.state)]:
        raise ValidationError(
            {"state": _("An introduction cannot move from this state to the one chosen.")}
        )
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": _("The end cannot be before the start.")})
    saved.state, saved.starts_on, saved.ends_on = state, starts_on, ends_on
    for language, text in (outcome or {}).items():
        setattr(saved, f"outcome_{language}", text.strip())
    saved.save()
    bump_data_version()  # the statistics count mentoring
    return saved
