"""The event form: plan an event, record it as held, or amend it with a reason.

Keyboard first: fields in reading order, Ctrl+Enter saves anywhere, Esc cancels (asking first
when something was typed). Problems are shown under their fields; a database failure is shown at
the top and the dialog stays open with everything typed. Saving writes the event, its photos'
records, the outbox and the audit entries in one transaction: all of it or nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from branchdesk.domain import education
from branchdesk.domain.education import HELD, PLANNED, EducationEvent
from branchdesk.domain.fraud import FieldError
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import LOCAL_TZ, from_local, local_now
from branchdesk.store import education_repo as repo
from branchdesk.store.db import StoreError
from branchdesk.ui.context import AppContext
from branchdesk.ui.education.photos import PhotoStrip
from branchdesk.ui.education.row_editors import MaterialsEditor, PartnersEditor
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.code_select import CodeCheckBoxes
from branchdesk.ui.widgets.record_form import RecordFormDialog

# Reading (and tab) order; the first field with a problem gets the focus.
FIELD_ORDER = (
    "status", "starts_at", "ends_at", "campaign", "slogan", "topics", "location_type", "address", "target_groups",
    "attendees", "online_reach", "materials", "partners", "organiser", "staff", "summary", "photos", "reason",
)
MULTI = ("topics", "target_groups")
_NAME_SPLIT = re.compile(r"[,，、;；\s]+")


def ask_discard(parent: RecordFormDialog) -> bool:
    """Ask whether typed text may be thrown away (tests replace this)."""
    return parent.discard_box()


def parse_count(text: str) -> int | None:
    """'1,200' or '1200' → 1200; '' → None. Raises ValueError('bad_integer') otherwise."""
    t = text.strip().replace(",", "").replace("\uff0c", "").replace(" ", "")
    if not t:
        return None
    if not re.fullmatch(r"[-−]?\d+", t):
        raise ValueError("bad_integer")
    return int(t.replace("−", "-"))


class EducationForm(RecordFormDialog):
    FIELD_ORDER = FIELD_ORDER
    TOP_ALIGNED = frozenset(MULTI + ("materials", "partners", "summary", "photos"))
    PREFIX = "education"
    NUMBER_NAME = "education_form_event_no"
    KIND = education.KIND
    LOG_WHAT = "an education event"
    SAVE_IS_DEFAULT = False
    repo = repo

    def __init__(self, ctx: AppContext, record: EducationEvent | None = None, parent: QWidget | None = None, *,
                 complete: bool = False):
        """complete: open a planned event to fill in its figures (status set to held)."""
        super().__init__(ctx, record, parent)
        self.event_no = self.number_label
        self._end_touched = record is not None
        self.setObjectName("EducationForm")
        self.setMinimumWidth(980)
        self._fit_screen()
        self.completing = complete and self.amending and record.status == PLANNED

        self._build()
        self._populate(record)
        if self.completing:
            self.fields["status"].setCurrentIndex(self.fields["status"].findData(HELD))
        self._retranslate()
        self._wire_dirty()

    def _fit_screen(self) -> None:
        """Open tall enough to show the whole form on a usual branch screen, never beyond it."""
        screen = self.screen() or QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        width, height = 1040, 900
        if avail is not None:
            width, height = min(width, avail.width() - 40), min(height, avail.height() - 60)
        self.resize(max(width, 980), max(height, 480))

    # ------------------------------------------------------------------ permissions
    def _refusal_reason(self) -> str | None:
        actor, rec = self.ctx.actor, self.record
        if rec is None:
            return None if actor.can(Permission.RECORD) else "record"
        if rec.deleted_at is not None:
            return "deleted"
        creator = rec.created_by or rec.organiser
        if not (actor.can(Permission.AMEND_ANY) or actor.can(Permission.AMEND_OWN)):
            return "not_own"
        if not actor.can(Permission.AMEND_ANY) and creator not in (actor.username, actor.display_name):
            return "not_own"
        return None

    def _refusal_text(self) -> str:
        return {
            "record": self.tr("Your role cannot record education events."),
            "deleted": self.tr("This event was deleted; it can be read but not changed."),
            "not_own": self.tr("Only its organiser or a manager can amend this event."),
        }.get(self.refusal or "", "")

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        ctx, lang = self.ctx, self.ctx.lang
        w: dict[str, QWidget] = {}
        status = QComboBox(self)
        status.addItem("", PLANNED)
        status.addItem("", HELD)
        w["status"] = status
        for name in ("starts_at", "ends_at"):
            e = QDateTimeEdit(self)
            e.setDisplayFormat("yyyy-MM-dd HH:mm")
            e.setCalendarPopup(True)
            w[name] = e
        choose = lambda: self.tr("Choose…")  # noqa: E731
        w["campaign"] = CodeComboBox(ctx.refs, "campaign", lang, placeholder=choose, parent=self)
        w["slogan"] = QLineEdit(self)
        w["slogan"].setMaxLength(education.SLOGAN_MAX)
        w["topics"] = CodeCheckBoxes(ctx.refs, "edu_topic", lang, columns=3, parent=self)
        w["location_type"] = CodeComboBox(ctx.refs, "location_type", lang, placeholder=choose, parent=self)
        w["address"] = QLineEdit(self)
        w["address"].setMaxLength(education.ADDRESS_MAX)
        w["target_groups"] = CodeCheckBoxes(ctx.refs, "target_group", lang, columns=3, parent=self)
        for name in ("attendees", "online_reach"):
            e = QLineEdit(self)
            e.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            e.setMaxLength(12)
            w[name] = e
        w["materials"] = MaterialsEditor(ctx.refs, lang, self)
        w["partners"] = PartnersEditor(ctx.refs, lang, self)
        w["organiser"] = QLineEdit(self)
        w["organiser"].setMaxLength(education.NAME_MAX)
        w["staff"] = QLineEdit(self)
        summary = QPlainTextEdit(self)
        summary.setTabChangesFocus(True)  # Tab moves on, as in every other field
        summary.setMinimumHeight(70)
        summary.setMaximumHeight(110)
        w["summary"] = summary
        w["photos"] = PhotoStrip(ctx, self)
        w["reason"] = QLineEdit(self)
        w["reason"].setMaxLength(500)
        self._set_fields(w, "education_")
        columns = self._columns(
            [("when", ("status", "starts_at", "ends_at")), ("what", ("campaign", "slogan", "topics")),
             ("where", ("location_type", "address"))],
            [("who", ("target_groups", "attendees", "online_reach")), ("with", ("materials", "partners")),
             ("team", ("organiser", "staff"))])
        self._lay_out(columns, self._rows(("summary", "photos", "reason")), scroll=True)

        self._fix_tab_order()
        self.fields["materials"].sig_changed.connect(self._fix_tab_order)
        self.fields["partners"].sig_changed.connect(self._fix_tab_order)
        status.currentIndexChanged.connect(self._status_changed)
        w["starts_at"].dateTimeChanged.connect(self._start_changed)
        w["ends_at"].dateTimeChanged.connect(self._end_edited)
        w["target_groups"].sig_changed.connect(self._update_minors)
        w["location_type"].currentIndexChanged.connect(self._update_minors)
        w["location_type"].currentIndexChanged.connect(self._location_changed)
        self._finish_build()

    def _fix_tab_order(self, *_args) -> None:
        chain: list[QWidget] = []
        for name in FIELD_ORDER:
            widget = self.fields[name]
            if isinstance(widget, CodeCheckBoxes):
                chain += widget.boxes()
            elif isinstance(widget, (MaterialsEditor, PartnersEditor)):
                chain += [x for r in widget.rows for x in (r.combo, r.value, r.remove)] + [widget.add_button]
            elif isinstance(widget, PhotoStrip):
                chain += [widget.consent, widget.add_button, widget.remove_button, widget.view]
            else:
                chain.append(widget)
        chain += [self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _focus_target(self, name: str) -> QWidget:
        widget = self.fields[name]
        if isinstance(widget, CodeCheckBoxes):
            boxes = widget.boxes()
            return boxes[0] if boxes else widget
        if isinstance(widget, (MaterialsEditor, PartnersEditor)):
            return widget.first_focus()
        if isinstance(widget, PhotoStrip):
            return widget.consent
        return widget

    # ------------------------------------------------------------------ behaviour
    def _status_changed(self, *_args) -> None:
        """A planned event has no figures yet: the fields wait until it is held."""
        held = self.fields["status"].currentData() == HELD
        for name in ("attendees", "online_reach"):
            self.fields[name].setEnabled(held and not self.read_only)
            if not held:
                self.fields[name].clear()
                self.errors[name].clear_error()
        self._update_placeholders()

    def _start_changed(self, qdt: QDateTime) -> None:
        # Until the end is set by hand it follows the start, keeping the span.
        if not self._end_touched:
            end = self.fields["ends_at"]
            end.blockSignals(True)
            end.setDateTime(qdt.addSecs(2 * 3600))
            end.blockSignals(False)
        self._dirty = True

    def _end_edited(self, *_args) -> None:
        self._end_touched = True

    def _update_minors(self, *_args) -> None:
        self.fields["photos"].set_minors(education.may_show_minors(self.fields["target_groups"].codes(),
                                                                   self.fields["location_type"].code()))

    def _location_changed(self, *_args) -> None:
        self._update_placeholders()

    def _update_placeholders(self) -> None:
        online = self.fields["location_type"].code() == education.ONLINE_LOCATION
        held = self.fields["status"].currentData() == HELD
        wait = self.tr("filled in once held")
        self.fields["attendees"].setPlaceholderText(wait if not held else (self.tr("none on site") if online else "0"))
        self.fields["online_reach"].setPlaceholderText(
            wait if not held else ("0" if online else self.tr("online place types only")))
        self.fields["address"].setPlaceholderText(
            self.tr("Live-stream or account name (optional)") if online else self.tr("e.g. 张江镇社区文化活动中心"))

    # ------------------------------------------------------------------ values
    @staticmethod
    def _set_dt(edit: QDateTimeEdit, when: datetime) -> None:
        edit.setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))

    @staticmethod
    def _get_dt(edit: QDateTimeEdit) -> datetime:
        qdt = edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return from_local(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def _populate(self, ev: EducationEvent | None) -> None:
        f = self.fields
        if ev is None:
            now = local_now().replace(second=0, microsecond=0)
            start = now.replace(minute=0) + timedelta(hours=1)
            ev = EducationEvent(status=PLANNED, organiser=self.ctx.actor.display_name)
            self._set_dt(f["starts_at"], start)
            self._set_dt(f["ends_at"], start + timedelta(hours=2))
        else:
            self._set_dt(f["starts_at"], ev.starts_at.astimezone(LOCAL_TZ))
            self._set_dt(f["ends_at"], ev.ends_at.astimezone(LOCAL_TZ))
            self.event_no.setText(ev.event_no)
        f["status"].setCurrentIndex(max(0, f["status"].findData(ev.status)))
        f["campaign"].set_code(ev.campaign)
        f["slogan"].setText(ev.slogan)
        f["topics"].set_codes(ev.topics)
        f["location_type"].set_code(ev.location_type)
        f["address"].setText(ev.address)
        f["target_groups"].set_codes(ev.target_groups)
        f["attendees"].setText("" if ev.attendees is None else str(ev.attendees))
        f["online_reach"].setText("" if ev.online_reach is None else str(ev.online_reach))
        f["materials"].set_materials(ev.materials)
        f["partners"].set_partners(ev.partners)
        f["organiser"].setText(ev.organiser)
        f["staff"].setText("、".join(ev.staff))
        f["summary"].setPlainText(ev.summary)
        if self.record is not None:
            self._load_photos(self.record.id)
        self._status_changed()
        self._update_minors()
        self._fix_tab_order()

    def _load_photos(self, event_id: str) -> None:
        with self.ctx.store.read() as s:
            atts = repo.photos(s, event_id)
        if not atts:
            return
        try:
            protector = repo.protector_for(self.ctx.store)
        except repo.PhotoRefused as exc:
            self.fields["photos"].show_message(exc.code)
            return
        self.fields["photos"].show_existing(atts, protector)

    def collect(self) -> tuple[EducationEvent, list[FieldError]]:
        """The event as typed, and the problems that stop it from being read at all (counts)."""
        f = self.fields
        problems: list[FieldError] = []
        counts: dict[str, int | None] = {}
        for name in ("attendees", "online_reach"):
            try:
                counts[name] = parse_count(f[name].text())
            except ValueError:
                counts[name] = None
                problems.append(FieldError(name, "bad_integer"))
        base = self.record or EducationEvent()
        ev = base.with_changes(
            status=f["status"].currentData(), starts_at=self._get_dt(f["starts_at"]),
            ends_at=self._get_dt(f["ends_at"]), campaign=f["campaign"].code(), slogan=f["slogan"].text().strip(),
            topics=f["topics"].codes(), location_type=f["location_type"].code(), address=f["address"].text().strip(),
            target_groups=f["target_groups"].codes(), attendees=counts["attendees"],
            online_reach=counts["online_reach"], materials=f["materials"].materials(),
            partners=f["partners"].partners(), organiser=f["organiser"].text().strip(),
            staff=tuple(n for n in _NAME_SPLIT.split(f["staff"].text()) if n),
            summary=f["summary"].toPlainText().strip(),
        )
        return ev, problems

    # ------------------------------------------------------------------ saving
    def _prepare(self):
        ev, problems = self.collect()
        reason = self.fields["reason"].text().strip()
        if self.completing and not reason:
            reason = repo.COMPLETED_REASON
        bad = {e.field for e in problems}
        errors = problems + [e for e in education.validate(ev, self.ctx.refs) if e.field not in bad]
        # Adding or removing photos alone changes no recorded fact: no reason needed for that.
        content_changed = self.amending and ev.content_fields() != self.record.content_fields()
        if content_changed and not reason:
            errors.append(FieldError("reason", "reason_required"))
        return errors, lambda: self._write(ev, reason, content_changed)

    def _write(self, ev: EducationEvent, reason: str, content_changed: bool) -> str:
        """The event, its photos' records, outbox and audit in one transaction; the sealed files before it."""
        strip: PhotoStrip = self.fields["photos"]
        actor = self.ctx.actor.username
        try:
            if strip.pending:
                # Sealed files first: a row never points at a photo that is not on disk.
                protector = repo.protector_for(self.ctx.store)
                for photo, _name in strip.pending:
                    repo.write_sealed(self.ctx.store.data_dir, photo, protector)
            with self.ctx.store.write() as s:
                if self.amending and content_changed:
                    row = repo.amend(s, self.record.id, ev, self.ctx.refs, actor=actor, reason=reason)
                elif self.amending:
                    row = s.get(repo.Row, self.record.id)
                    if row is None or row.deleted_at is not None:
                        raise repo.RecordNotFound(self.record.id)
                else:
                    row = repo.create(s, ev, self.ctx.refs, actor=actor)
                for photo, name in strip.pending:
                    repo.attach_photo(s, row.id, photo, filename=name, consent=strip.consent.isChecked(), actor=actor)
                for attachment_id in strip.removed:
                    repo.remove_photo(s, attachment_id, actor=actor)
                return row.id
        except repo.PhotoRefused as exc:
            raise repo.ValidationFailed([FieldError("photos", exc.code)]) from exc
        except OSError as exc:  # a sealed photo could not be written
            raise StoreError("disk_full") from exc

    def _gone_text(self) -> str:
        return self.tr("This event was deleted in the meantime; your changes were not saved.")

    # ------------------------------------------------------------------ closing and language
    def _may_discard(self) -> bool:
        return ask_discard(self)

    def _retranslate(self) -> None:
        lang = self.ctx.lang
        if self.record is None:
            self.setWindowTitle(self.tr("New education event"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Education event"))
        elif self.completing:
            self.setWindowTitle(self.tr("Record a planned event as held"))
        else:
            self.setWindowTitle(self.tr("Amend education event"))
        texts = {
            "status": self.tr("S&tatus"), "starts_at": self.tr("&Starts"), "ends_at": self.tr("&Ends"),
            "campaign": self.tr("&Campaign"), "slogan": self.tr("Theme s&logan"), "topics": self.tr("Topics"),
            "location_type": self.tr("&Place type"), "address": self.tr("A&ddress"),
            "target_groups": self.tr("Target groups"), "attendees": self.tr("&Attendees on site"),
            "online_reach": self.tr("&Online reach"), "materials": self.tr("Materials"),
            "partners": self.tr("Partners"), "organiser": self.tr("O&rganiser"), "staff": self.tr("Sta&ff"),
            "summary": self.tr("Su&mmary"), "photos": self.tr("Photos"), "reason": self.tr("Reason for c&hange"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.fields["status"].setItemText(0, self.tr("Planned"))
        self.fields["status"].setItemText(1, self.tr("Held"))
        for key, text in {"when": self.tr("When"), "what": self.tr("What"), "where": self.tr("Where"),
                          "who": self.tr("Who was reached"), "with": self.tr("Materials and partners"),
                          "team": self.tr("Our team")}.items():
            self.sections[key].setText(text)
        self.fields["slogan"].setPlaceholderText(self.tr("e.g. 金融保障权益 助力美好生活"))
        self.fields["staff"].setPlaceholderText(self.tr("Names separated by 、 or commas"))
        self.fields["summary"].setPlaceholderText(
            self.tr("What was covered and how it went. No names or phone numbers of attendees."))
        self.fields["reason"].setPlaceholderText(self.tr("Required: why this event is being corrected"))
        for name in ("campaign", "location_type", "topics", "target_groups", "materials", "partners"):
            self.fields[name].reload(self.ctx.refs, lang)
        self._update_placeholders()
        super()._retranslate()
