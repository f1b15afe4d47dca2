"""The event form: plan an event, record it as held, or amend it with a reason.

Keyboard first: fields in reading order, Ctrl+Enter saves anywhere, Esc cancels (asking first
when something was typed). Problems are shown under their fields; a database failure is shown at
the top and the dialog stays open with everything typed. Saving writes the event, its photos'
records, the outbox and the audit entries in one transaction: all of it or nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)
from sqlalchemy.exc import OperationalError

from branchdesk.domain import education, messages
from branchdesk.domain.education import HELD, PLANNED, EducationEvent
from branchdesk.domain.fraud import FieldError
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import LOCAL_TZ, from_local, local_now
from branchdesk.store import education_repo as repo
from branchdesk.store.db import StoreError, classify_operational_error
from branchdesk.ui.context import AppContext
from branchdesk.ui.education.photos import PhotoStrip
from branchdesk.ui.education.row_editors import MaterialsEditor, PartnersEditor
from branchdesk.ui.errors import store_error_text
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.code_select import CodeCheckBoxes
from branchdesk.ui.widgets.field_error import FieldErrorLabel

log = logging.getLogger(__name__)

# Reading (and tab) order; the first field with a problem gets the focus.
FIELD_ORDER = (
    "status", "starts_at", "ends_at", "campaign", "slogan", "topics", "location_type", "address", "target_groups",
    "attendees", "online_reach", "materials", "partners", "organiser", "staff", "summary", "photos", "reason",
)
MULTI = ("topics", "target_groups")
BANNER_ERROR = "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;"
BANNER_INFO = "background: #fff8e1; color: #5d4a00; border: 1px solid #f0dc9a; border-radius: 4px; padding: 8px;"
_NAME_SPLIT = re.compile(r"[,，、;；\s]+")


def ask_discard(parent: QWidget) -> bool:
    """Ask whether typed text may be thrown away (tests replace this)."""
    tr = lambda s: QCoreApplication.translate("EducationForm", s)  # noqa: E731
    box = QMessageBox(QMessageBox.Icon.Question, tr("Discard changes?"), tr("What you typed in this form will be lost."),
                      parent=parent)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


def parse_count(text: str) -> int | None:
    """'1,200' or '1200' → 1200; '' → None. Raises ValueError('bad_integer') otherwise."""
    t = text.strip().replace(",", "").replace("\uff0c", "").replace(" ", "")
    if not t:
        return None
    if not re.fullmatch(r"[-−]?\d+", t):
        raise ValueError("bad_integer")
    return int(t.replace("−", "-"))


class EducationForm(QDialog):
    sig_saved = Signal(str)
    """The event with this id was created or amended."""

    def __init__(self, ctx: AppContext, record: EducationEvent | None = None, parent: QWidget | None = None, *,
                 complete: bool = False):
        """complete: open a planned event to fill in its figures (status set to held)."""
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: str | None = None
        self._dirty = False
        self._end_touched = record is not None
        self.setObjectName("EducationForm")
        self.setModal(True)
        self.setMinimumWidth(980)
        self._fit_screen()
        self.refusal = self._refusal_reason()
        self.read_only = record is not None and self.refusal is not None
        self.amending = record is not None and not self.read_only
        self.completing = complete and self.amending and record.status == PLANNED

        self._build()
        self._populate(record)
        if self.completing:
            self.fields["status"].setCurrentIndex(self.fields["status"].findData(HELD))
        self._retranslate()
        self._wire_dirty()
        self._dirty = False

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
        self.banner = QLabel(self)
        self.banner.setObjectName("education_form_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.event_no = QLabel(self)
        self.event_no.setObjectName("education_form_event_no")
        self.event_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        for name, widget in w.items():
            if not widget.objectName():
                widget.setObjectName(f"education_{name}")
        self.fields = w
        self.errors = {name: FieldErrorLabel(w[name], self) for name in FIELD_ORDER}
        self.labels: dict[str, QLabel] = {}
        self.sections: dict[str, QLabel] = {}

        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
        self._section(left, "when", ("status", "starts_at", "ends_at"))
        self._section(left, "what", ("campaign", "slogan", "topics"))
        self._section(left, "where", ("location_type", "address"))
        self._section(right, "who", ("target_groups", "attendees", "online_reach"))
        self._section(right, "with", ("materials", "partners"))
        self._section(right, "team", ("organiser", "staff"))
        left.setRowStretch(left.rowCount(), 1)
        right.setRowStretch(right.rowCount(), 1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(10)
        bottom.setVerticalSpacing(2)
        bottom.setColumnStretch(1, 1)
        for name in ("summary", "photos", "reason"):
            self._field_row(bottom, name)
        self.fields["reason"].setVisible(self.amending)
        self.labels["reason"].setVisible(self.amending)

        body = QWidget(self)
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addLayout(columns)
        body_lay.addLayout(bottom)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("education_form_save")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("education_form_cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        foot = QHBoxLayout()
        foot.addWidget(self.hint)
        foot.addStretch(1)
        foot.addWidget(self.buttons)

        head = QHBoxLayout()
        self.title_label = QLabel(self)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title_label.setFont(f)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.event_no)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        outer.addLayout(head)
        outer.addWidget(self.banner)
        outer.addWidget(scroll, 1)
        outer.addWidget(line)
        outer.addLayout(foot)

        self._fix_tab_order()
        self.fields["materials"].sig_changed.connect(self._fix_tab_order)
        self.fields["partners"].sig_changed.connect(self._fix_tab_order)
        status.currentIndexChanged.connect(self._status_changed)
        w["starts_at"].dateTimeChanged.connect(self._start_changed)
        w["ends_at"].dateTimeChanged.connect(self._end_edited)
        w["target_groups"].sig_changed.connect(self._update_minors)
        w["location_type"].currentIndexChanged.connect(self._update_minors)
        w["location_type"].currentIndexChanged.connect(self._location_changed)
        for name, widget in w.items():
            self._connect(widget, lambda *_, n=name: self.errors[n].clear_error())

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.save)

        if self.read_only:
            for widget in w.values():
                widget.setEnabled(False)
            self.save_button.setVisible(False)

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

    def _section(self, grid: QGridLayout, key: str, names: tuple[str, ...]) -> None:
        title = QLabel(self)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        title.setStyleSheet("color: #2f6fb3; padding-top: 6px;")
        self.sections[key] = title
        grid.addWidget(title, grid.rowCount(), 0, 1, 2)
        for name in names:
            self._field_row(grid, name)

    def _field_row(self, grid: QGridLayout, name: str) -> None:
        row = grid.rowCount()
        label = QLabel(self)
        label.setBuddy(self._focus_target(name))
        self.labels[name] = label
        top = name in MULTI or name in ("materials", "partners", "summary", "photos")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.fields[name], row, 1)
        grid.addWidget(self.errors[name], row + 1, 1)

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

    @staticmethod
    def _connect(widget: QWidget, slot) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(slot)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(slot)
        elif hasattr(widget, "sig_changed"):
            widget.sig_changed.connect(slot)

    def _wire_dirty(self) -> None:
        for widget in self.fields.values():
            self._connect(widget, self._mark_dirty)

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

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
    def save(self) -> bool:
        """Validate, then write the event (and its photos' records) in one transaction."""
        if self.read_only:
            return False
        self._clear_errors()
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
        if errors:
            self.show_errors(errors)
            return False
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
                record_id = row.id
        except repo.ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except repo.PhotoRefused as exc:
            self.show_errors([FieldError("photos", exc.code)])
            return False
        except repo.RecordNotFound:
            self._show_banner(self.tr("This event was deleted in the meantime; your changes were not saved."))
            return False
        except StoreError as exc:
            self._store_failed(exc)
            return False
        except (OperationalError, sqlite3.OperationalError) as exc:
            self._store_failed(classify_operational_error(getattr(exc, "orig", None) or exc))
            return False
        except OSError:
            self._store_failed(StoreError("disk_full"))
            return False
        self.saved_id = record_id
        self._dirty = False
        self.ctx.signals.sig_records_changed.emit(education.KIND)
        self.sig_saved.emit(record_id)
        self.accept()
        return True

    def _store_failed(self, exc: StoreError) -> None:
        log.warning("saving an education event failed: %s", exc.code)  # the code only: no content
        self._show_banner(store_error_text(exc.code) + "\n" + self.tr("What you typed is still here; try saving again."))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each problem under its field (the first per field); focus on the first one in reading order."""
        elsewhere = []
        for e in errors:
            label = self.errors.get(e.field)
            if label is None:
                elsewhere.append(e)
            elif not label.has_error():
                label.show_error(messages.message(e.code, self.ctx.lang))
        first = next((n for n in FIELD_ORDER if self.errors[n].has_error()), None)
        if elsewhere:
            self._show_banner("\n".join(messages.message(e.code, self.ctx.lang) for e in elsewhere))
        elif first:
            self._show_banner(self.tr("Please correct the fields marked in red."))
        if first:
            target = self._focus_target(first)
            self.scroll.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        return self.errors[field].text()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.banner.setVisible(False)
        self.banner.clear()

    def _show_banner(self, text: str, *, info: bool = False) -> None:
        self.banner.setStyleSheet(BANNER_INFO if info else BANNER_ERROR)
        self.banner.setText(text)
        self.banner.setVisible(True)

    # ------------------------------------------------------------------ closing and language
    def reject(self) -> None:
        if self._dirty and not self.read_only and not ask_discard(self):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

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
        self.title_label.setText(self.windowTitle())
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
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.hint.setText("" if self.read_only else self.tr("Ctrl+Enter saves · Esc cancels"))
        if self.read_only:
            self._show_banner(self._refusal_text(), info=True)
