"""The photo strip of the event form: consent first, then photos, reduced and sealed.

Photos are reduced and stripped of EXIF as soon as they are chosen (so nothing of the original
stays in memory longer than needed) and written, sealed, only when the event is saved. A PC
without a working keyring cannot add photos at all: they are never stored in clear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout,
                               QWidget)

from branchdesk.domain import messages
from branchdesk.store import education_repo as repo

THUMB = 96
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_STYLE = "background: #fff3e0; color: #7a4100; border: 1px solid #f3c27a; border-radius: 4px; padding: 6px;"
ERROR_STYLE = "color: #c62828;"


def choose_files(parent: QWidget) -> list[str]:
    """The file dialog (tests replace this)."""
    tr = lambda s: QCoreApplication.translate("PhotoStrip", s)  # noqa: E731
    files, _ = QFileDialog.getOpenFileNames(parent, tr("Add photos"), "", tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp)"))
    return files


class PhotoStrip(QWidget):
    sig_changed = Signal()
    """A photo was added or removed."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[tuple[repo.PreparedPhoto, str]] = []  # (photo, original file name)
        self.existing: dict[str, str] = {}  # sha256 -> attachment id of photos already stored
        self.removed: list[str] = []  # attachment ids to take off the event when it is saved
        self.consent = QCheckBox(self)
        self.consent.setObjectName("education_photo_consent")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("education_add_photos")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_and_add)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("education_remove_photo")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.minors_warning = QLabel(self)
        self.minors_warning.setObjectName("education_minors_warning")
        self.minors_warning.setWordWrap(True)
        self.minors_warning.setStyleSheet(WARNING_STYLE)
        self.minors_warning.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("education_photo_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("education_photo_list")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setFixedHeight(THUMB + 34)
        self.view.activated.connect(lambda index: self.show_photo(index.row()))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.view.selectionModel().hasSelection()))
        top = QHBoxLayout()
        top.addWidget(self.consent, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.minors_warning)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.view)
        self._retranslate()

    # ------------------------------------------------------------------ adding
    def choose_and_add(self) -> None:
        if not self.consent.isChecked():
            self.show_message("photo_consent_required")
            self.consent.setFocus()
            return
        files = choose_files(self)
        for name in files:
            with open(name, "rb") as fh:
                if not self.add_bytes(fh.read(), name):
                    break

    def add_bytes(self, data: bytes, filename: str) -> bool:
        """Check consent and keyring, reduce the picture and keep it for saving. False if refused."""
        self.message.setVisible(False)
        try:
            if not self.consent.isChecked():
                raise repo.PhotoRefused("photo_consent_required")
            repo.protector_for(self.ctx.store)  # fail now, not at saving, when photos cannot be sealed
            photo = repo.reduce_photo(data)
        except repo.PhotoRefused as exc:
            self.show_message(exc.code)
            return False
        if photo.sha256 in self.existing or any(p.sha256 == photo.sha256 for p, _ in self.pending):
            return True
        self.pending.append((photo, filename))
        self._add_thumb(photo.jpeg, filename, photo.sha256)
        self.sig_changed.emit()
        return True

    def show_existing(self, attachments, protector) -> None:
        for att in attachments:
            self.existing[att.sha256] = att.id
            try:
                data = repo.read_photo(self.ctx.store.data_dir, att.sha256, protector)
            except Exception:  # a missing or unreadable file: show the name without a picture
                data = b""
            self._add_thumb(data, att.filename, att.sha256)

    def remove_selected(self) -> None:
        """Take the chosen photo off (a stored one goes when the event is saved, with the rest)."""
        for index in sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: -i.row()):
            sha = self.model.item(index.row()).data(Qt.ItemDataRole.UserRole)
            if sha in self.existing:
                self.removed.append(self.existing.pop(sha))
            self.pending = [(p, n) for p, n in self.pending if p.sha256 != sha]
            self.model.removeRow(index.row())
        self.sig_changed.emit()

    def _add_thumb(self, jpeg: bytes, filename: str, sha256: str) -> None:
        image = QImage.fromData(jpeg) if jpeg else QImage()
        item = QStandardItem(filename.replace("\\", "/").rsplit("/", 1)[-1])
        if not image.isNull():
            item.setIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)))
        item.setEditable(False)
        item.setData(sha256, Qt.ItemDataRole.UserRole)
        item.setData(jpeg, PHOTO_ROLE)  # the reduced picture, in memory only: never written in clear
        self.model.appendRow(item)

    def show_photo(self, row: int) -> QDialog | None:
        """The photo at full (reduced) size, to check what it shows before keeping it."""
        item = self.model.item(row)
        data = item.data(PHOTO_ROLE) if item else None
        if not data:
            return None
        dlg = QDialog(self)
        dlg.setObjectName("education_photo_viewer")
        dlg.setWindowTitle(item.text())
        label = QLabel(dlg)
        pix = QPixmap.fromImage(QImage.fromData(data))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            pix = pix.scaled(min(pix.width(), screen.width() - 80), min(pix.height(), screen.height() - 120),
                             Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pix)
        lay = QVBoxLayout(dlg)
        lay.addWidget(label)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def show_message(self, code: str) -> None:
        self.message.setText(messages.message(code, self.ctx.lang))
        self.message.setVisible(True)

    def set_minors(self, on: bool) -> None:
        self.minors_warning.setVisible(on)

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.consent.setText(self.tr("The people shown agreed to be photographed and to the photos being kept"))
        self.add_button.setText(self.tr("Add &photos…"))
        self.remove_button.setText(self.tr("Remove photo"))
        self.minors_warning.setText(self.tr(
            "This event reaches students or minors. Photos of identifiable children under 14 are sensitive "
            "personal information: photograph from behind or at a distance, and only with a guardian's consent."))
