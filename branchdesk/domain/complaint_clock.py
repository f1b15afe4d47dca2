"""The complaint deadline clock (domain.md §1.1, DESIGN.md "Complaint clock").

`compute_deadline` is a pure function of the receipt date, the clock events recorded so far, the
holiday calendar and "today". The store keeps only the events; the due date and status are
always recomputed, so a corrected calendar or a late-entered event never leaves a stale date.

Counting rules (the regulation's words first, our reading where it is silent):

* 日 are calendar days. The receipt day is not counted (民法典 Art. 201): received 2026-09-20,
  15 days → nominal last day 2026-10-05.
* A last day that is not a working day moves to the next working day (民法典 Art. 203). We
  treat ordinary weekends like statutory holidays here (both are 法定休假日 for this rule),
  and a make-up workday (调休上班) as a working day.
* Extensions: level 1 makes the limit 30 days, level 2 makes it 60 days, both counted from the
  clock start (not from the moved due date). Level 2 needs level 1 first and a named approver.
  Every extension needs a reason (PBOC rule). An extension approved after the due date in force
  is refused: an overdue case cannot be cured by approving more time.
* Pause (external appraisal, testing, evaluation): the calendar days from the pause start up to
  the pause end (end - start; a same-day start and end pauses nothing) are not counted, so the
  nominal last day moves later by that many days. A pause may start on or before the due date in
  force. If it starts inside the holiday grace (after the nominal last day, on or before the
  moved due date) the case is never overdue at resumption: the due date is at least the first
  working day on or after the pause end.
* New facts (new material received): the clock restarts from that day. The 15-day limit counts
  again from the new receipt day; extensions and pauses of the earlier run no longer apply
  (a new run needs new approvals). A restart during an open pause is refused: end the pause first.
* Withdrawal stops the clock on the day the request is received; a decision (made and
  notified) stops it too and records whether it was on time. Nothing may follow either.
  A withdrawal or decision during an open pause closes the pause on that day.
* Status "due soon" counts working days, not calendar days: a case due the day after a
  7-day break must be flagged before the break, not during it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final, Literal, TypeAlias

from branchdesk.domain.holiday_calendar import HolidayCalendar

BASE_LIMIT_DAYS: Final = 15
LIMIT_DAYS_BY_LEVEL: Final = {0: 15, 1: 30, 2: 60}
DEFAULT_WARN_DAYS: Final = 3


class ClockStatus(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"
    STOPPED = "stopped"  # withdrawn
    DECIDED_ON_TIME = "decided_on_time"
    DECIDED_LATE = "decided_late"


class DeadlineErrorCode(StrEnum):
    """Stable machine codes: UIs translate these, logs and tests match on them."""

    UNKNOWN_EVENT = "unknown_event"
    EVENT_BEFORE_RECEIPT = "event_before_receipt"
    EVENT_IN_FUTURE = "event_in_future"
    EVENT_AFTER_STOP = "event_after_stop"
    EXTENSION_INVALID_LEVEL = "extension_invalid_level"
    EXTENSION_REQUIRES_LEVEL1 = "extension_requires_level1"
    EXTENSION_REQUIRES_APPROVER = "extension_requires_approver"
    EXTENSION_REQUIRES_REASON = "extension_requires_reason"
    EXTENSION_DUPLICATE = "extension_duplicate"
    EXTENSION_AFTER_DUE = "extension_after_due"
    PAUSE_WITHOUT_END_BEFORE_NEW_PAUSE = "pause_without_end_before_new_pause"
    PAUSE_END_WITHOUT_START = "pause_end_without_start"
    PAUSE_AFTER_DUE = "pause_after_due"
    NEW_FACTS_DURING_PAUSE = "new_facts_during_pause"


class ClockWarning(StrEnum):
    """Things a person should look at; unlike errors they do not make the events invalid."""

    EXTENSION_NOT_NOTIFIED = "extension_not_notified"
    PAUSE_NOT_NOTIFIED = "pause_not_notified"
    CALENDAR_NOT_COVERING_DUE_DATE = "calendar_not_covering_due_date"
    DUE_MISSED_BEFORE_RESTART = "due_missed_before_restart"
    RESTART_SHORTENED_DEADLINE = "restart_shortened_deadline"


class DeadlineError(ValueError):
    """An event sequence the rules do not allow. `code` is a DeadlineErrorCode value."""

    def __init__(self, code: DeadlineErrorCode, message: str, event: ClockEvent | None = None) -> None:
        super().__init__(f"{code.value}: {message}")
        self.code: str = code.value
        self.event = event


# ---- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extension:
    """Extension approved: level 1 → 30 days in all, level 2 → 60 days in all."""

    level: Literal[1, 2]
    approver: str
    reason: str
    approved_on: date
    complainant_notified_on: date | None = None

    @property
    def on(self) -> date:
        return self.approved_on


@dataclass(frozen=True)
class PauseStart:
    """External appraisal, testing or evaluation began; the complainant must be told."""

    on: date
    reason: str = ""
    complainant_notified_on: date | None = None


@dataclass(frozen=True)
class PauseEnd:
    on: date


@dataclass(frozen=True)
class NewFacts:
    """New facts or reasons received: the clock restarts from this day."""

    on: date


@dataclass(frozen=True)
class Withdrawal:
    on: date


@dataclass(frozen=True)
class Decided:
    """Decision made and notified to the complainant."""

    on: date


ClockEvent: TypeAlias = Extension | PauseStart | PauseEnd | NewFacts | Withdrawal | Decided
_EVENT_TYPES: Final = (Extension, PauseStart, PauseEnd, NewFacts, Withdrawal, Decided)


# ---- result ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClockState:
    received_on: date
    clock_started_on: date  # received_on, or the day of the latest new facts
    as_of: date  # the "today" the state was computed for
    limit_days: int  # 15, 30 or 60
    extension_level: int  # 0, 1 or 2
    paused_days: int  # days not counted in the current run (an open pause counts up to as_of)
    is_paused: bool
    nominal_due_on: date  # clock start + limit + paused days, before the working-day rule
    due_on: date  # the last day to decide and notify
    status: ClockStatus
    stopped: bool
    withdrawn_on: date | None = None
    decided_on: date | None = None
    decided_on_time: bool | None = None
    restarts: int = 0
    working_days_left: int | None = None  # working days after as_of up to due_on; None when stopped
    warnings: tuple[str, ...] = field(default=())

    def days_left(self, today: date | None = None) -> int | None:
        """Calendar days from `today` (default: as_of) to the due date; negative when overdue.

        None once the clock has stopped. While paused the due date drifts day by day, so the
        figure is only exact for as_of.
        """
        if self.stopped:
            return None
        return (self.due_on - (today or self.as_of)).days

    @property
    def is_overdue(self) -> bool:
        return self.status is ClockStatus.OVERDUE


# ---- the clock ------------------------------------------------------------------------------


@dataclass
class _Run:
    """Mutable state of the current run of the clock (reset by new facts)."""

    start: date
    level: int = 0
    closed_paused_days: int = 0
    open_pause: PauseStart | None = None
    last_pause_end: date | None = None
    extensions: list[Extension] = field(default_factory=list)
    pauses: list[PauseStart] = field(default_factory=list)

    @property
    def limit_days(self) -> int:
        return LIMIT_DAYS_BY_LEVEL[self.level]

    def paused_days(self, as_of: date) -> int:
        running = (as_of - self.open_pause.on).days if self.open_pause else 0
        return self.closed_paused_days + max(running, 0)

    def nominal_due(self, as_of: date) -> date:
        return self.start + timedelta(days=self.limit_days + self.paused_days(as_of))

    def due(self, as_of: date, calendar: HolidayCalendar) -> date:
        due = calendar.next_working_day_on_or_after(self.nominal_due(as_of))
        # A pause begun inside the holiday grace must not leave the case overdue on resumption.
        floor = as_of if self.open_pause else self.last_pause_end
        if floor is not None:
            due = max(due, calendar.next_working_day_on_or_after(floor))
        return due

    def close_pause(self, on: date) -> None:
        assert self.open_pause is not None
        self.closed_paused_days += (on - self.open_pause.on).days
        self.last_pause_end = on
        self.open_pause = None


def compute_deadline(
    received_on: date,
    events: Sequence[ClockEvent],
    calendar: HolidayCalendar,
    today: date,
    *,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> ClockState:
    """Replay the events on top of the receipt date and report the clock as of `today`.

    Events are taken in date order (same-day events keep their given order). Raises
    DeadlineError when the sequence breaks a rule; see the module docstring.
    """
    if warn_days < 0:
        raise ValueError("warn_days must not be negative")

    run = _Run(start=received_on)
    warnings: list[str] = []
    restarts = 0
    withdrawn_on: date | None = None
    decided_on: date | None = None
    decided_on_time: bool | None = None

    for event in sorted(events, key=_event_date):
        if not isinstance(event, _EVENT_TYPES):
            raise DeadlineError(DeadlineErrorCode.UNKNOWN_EVENT, f"not a clock event: {event!r}")
        on = event.on
        if on < received_on:
            raise DeadlineError(DeadlineErrorCode.EVENT_BEFORE_RECEIPT, f"{on} is before receipt {received_on}", event)
        if on > today:
            raise DeadlineError(DeadlineErrorCode.EVENT_IN_FUTURE, f"{on} is after today {today}", event)
        if withdrawn_on is not None or decided_on is not None:
            raise DeadlineError(DeadlineErrorCode.EVENT_AFTER_STOP, "the clock has already stopped", event)

        if isinstance(event, Extension):
            _apply_extension(run, event, calendar)
        elif isinstance(event, PauseStart):
            if run.open_pause is not None:
                raise DeadlineError(
                    DeadlineErrorCode.PAUSE_WITHOUT_END_BEFORE_NEW_PAUSE,
                    f"a pause began {run.open_pause.on} and has not ended",
                    event,
                )
            if on > run.due(on, calendar):
                raise DeadlineError(DeadlineErrorCode.PAUSE_AFTER_DUE, f"due {run.due(on, calendar)}", event)
            run.open_pause = event
            run.pauses.append(event)
        elif isinstance(event, PauseEnd):
            if run.open_pause is None:
                raise DeadlineError(DeadlineErrorCode.PAUSE_END_WITHOUT_START, "no pause is open", event)
            run.close_pause(on)
        elif isinstance(event, NewFacts):
            if run.open_pause is not None:
                raise DeadlineError(DeadlineErrorCode.NEW_FACTS_DURING_PAUSE, "end the pause first", event)
            previous_due = run.due(on, calendar)
            if on > previous_due:
                warnings.append(ClockWarning.DUE_MISSED_BEFORE_RESTART.value)
            run = _Run(start=on)
            restarts += 1
            if run.due(on, calendar) < previous_due:
                warnings.append(ClockWarning.RESTART_SHORTENED_DEADLINE.value)
        elif isinstance(event, Withdrawal):
            if run.open_pause is not None:
                run.close_pause(on)
            withdrawn_on = on
        else:  # Decided
            if run.open_pause is not None:
                run.close_pause(on)
            decided_on = on
            decided_on_time = on <= run.due(on, calendar)

    stopped = withdrawn_on is not None or decided_on is not None
    as_of = today
    due_on = run.due(as_of, calendar)

    warnings += _notice_warnings(run)
    if not calendar.covers(due_on) or not calendar.covers(run.nominal_due(as_of)):
        warnings.append(ClockWarning.CALENDAR_NOT_COVERING_DUE_DATE.value)

    working_days_left: int | None = None
    if not stopped:
        working_days_left = calendar.working_days_between(as_of, due_on) if as_of <= due_on else 0

    if withdrawn_on is not None:
        status = ClockStatus.STOPPED
    elif decided_on is not None:
        status = ClockStatus.DECIDED_ON_TIME if decided_on_time else ClockStatus.DECIDED_LATE
    elif run.open_pause is not None:
        status = ClockStatus.PAUSED
    elif as_of > due_on:
        status = ClockStatus.OVERDUE
    elif working_days_left is not None and working_days_left <= warn_days:
        status = ClockStatus.DUE_SOON
    else:
        status = ClockStatus.ON_TRACK

    return ClockState(
        received_on=received_on,
        clock_started_on=run.start,
        as_of=as_of,
        limit_days=run.limit_days,
        extension_level=run.level,
        paused_days=run.paused_days(as_of),
        is_paused=run.open_pause is not None,
        nominal_due_on=run.nominal_due(as_of),
        due_on=due_on,
        status=status,
        stopped=stopped,
        withdrawn_on=withdrawn_on,
        decided_on=decided_on,
        decided_on_time=decided_on_time,
        restarts=restarts,
        working_days_left=working_days_left,
        warnings=tuple(dict.fromkeys(warnings)),  # de-duplicated, first-seen order
    )


def check_new_event(
    received_on: date,
    events: Sequence[ClockEvent],
    new_event: ClockEvent,
    calendar: HolidayCalendar,
    today: date,
) -> str | None:
    """The DeadlineError code that recording `new_event` would cause, or None if it is allowed."""
    try:
        compute_deadline(received_on, [*events, new_event], calendar, today)
    except DeadlineError as exc:
        return exc.code
    return None


def _event_date(event: object) -> date:
    on = getattr(event, "on", None)
    # Unknown objects sort first so the type check reports them rather than a TypeError.
    return on if isinstance(on, date) else date.min


def _apply_extension(run: _Run, event: Extension, calendar: HolidayCalendar) -> None:
    if event.level not in (1, 2):
        raise DeadlineError(DeadlineErrorCode.EXTENSION_INVALID_LEVEL, f"level {event.level!r}", event)
    if event.level <= run.level:
        raise DeadlineError(DeadlineErrorCode.EXTENSION_DUPLICATE, f"level {run.level} already granted", event)
    if event.level == 2 and run.level < 1:
        raise DeadlineError(DeadlineErrorCode.EXTENSION_REQUIRES_LEVEL1, "extend to 30 days first", event)
    if event.level == 2 and not (event.approver or "").strip():
        raise DeadlineError(DeadlineErrorCode.EXTENSION_REQUIRES_APPROVER, "level 2 needs an approver", event)
    if not (event.reason or "").strip():
        raise DeadlineError(DeadlineErrorCode.EXTENSION_REQUIRES_REASON, "an extension needs a reason", event)
    due = run.due(event.on, calendar)
    if event.on > due:
        raise DeadlineError(DeadlineErrorCode.EXTENSION_AFTER_DUE, f"approved {event.on}, due {due}", event)
    run.level = event.level
    run.extensions.append(event)


def _notice_warnings(run: _Run) -> list[str]:
    warnings: list[str] = []
    if any(ext.complainant_notified_on is None for ext in run.extensions):
        warnings.append(ClockWarning.EXTENSION_NOT_NOTIFIED.value)
    if any(pause.complainant_notified_on is None for pause in run.pauses):
        warnings.append(ClockWarning.PAUSE_NOT_NOTIFIED.value)
    return warnings
