"""The first-run wizard: language, branch, head office, administrator, then a summary.

Shown before sign-in when the data folder has not been set up (see `needs_first_run`). Each
page checks its own fields and shows what is wrong beside the field, in the language chosen on
the first page (which switches the interface at once). Nothing is saved until Finish; saving is
done by setup.apply(), which says which page to go back to if something fails.

    if needs_first_run(store) and not run_first_run(store):
        return 1  # the person cancelled: nothing was saved
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from branchdesk.domain import messages, password_policy
from branchdesk.paths import resources_dir
from branchdesk.ui import i18n
from branchdesk.ui.firstrun import setup
from branchdesk.ui.firstrun.setup import needs_first_run  # noqa: F401 - part of this module's API
from branchdesk.ui.settings import rules
from branchdesk.ui.widgets.field_error import FieldErrorLabel

ICON = "icons/branchdesk-256.png"


def _say(code: str) -> str:
    return messages.message(code, i18n.current_language())


class _Page(QWizardPage):
    """A page with fields in a form, an error label under each, and retranslation built in."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._layout.addWidget(self._intro)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self._form)
        self._labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldErrorLabel] = {}

    def add_field(self, key: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        label = QLabel(self)
        label.setBuddy(widget)
        error = FieldErrorLabel(widget, self)
        error.setObjectName(f"{key}_error")
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self._form.addRow(label, box)
        self._labels[key] = label
        self.errors[key] = error
        return widget

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)

    def show_errors(self, problems: dict[str, str | None]) -> bool:
        """Show each field's message (code → sentence); True when there is none."""
        first = None
        for key, code in problems.items():
            if code:
                self.errors[key].show_error(_say(code))
                first = first or key
            else:
                self.errors[key].clear_error()
        if first:
            self.errors[first].field.setFocus()
        return first is None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # each page sets its texts
        pass


# ----------------------------------------------------------------------------- pages
class LanguagePage(_Page):
    def __init__(self, data_folder: str, parent=None):
        super().__init__(parent)
        self.data_folder = data_folder
        self.language = self.add_field("language", QComboBox(self))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language names itself
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._switch)
        self._folder = QLabel(self)
        self._folder.setObjectName("data_folder")
        self._folder.setWordWrap(True)
        self._folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self._folder)
        self._layout.addStretch(1)
        self.retranslate()

    def _switch(self) -> None:
        # Switches the whole interface now: every widget gets a LanguageChange event.
        i18n.set_language(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to BranchDesk"))
        self.setSubTitle(self.tr("A few questions set this PC up for your branch. Nothing is saved until you click Finish."))
        self._intro.setText(self.tr("Choose the language of the program. You can change it later in the settings."))
        self.set_label("language", self.tr("&Language:"))
        self._folder.setText(self.tr("Your data is kept in this folder:") + f"\n{self.data_folder}")


class BranchPage(_Page):
    def __init__(self, code: str = "", name: str = "", parent=None):
        super().__init__(parent)
        self.code = self.add_field("branch_code", QLineEdit(code, self))
        self.code.setMaxLength(6)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.name = self.add_field("branch_name", QLineEdit(name, self))
        self.name.setMaxLength(rules.BRANCH_NAME_MAX + 10)  # a longer name gets a message, not a silent cut
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your branch"))
        self.setSubTitle(self.tr("The code and name of the branch this PC works for, as head office lists them."))
        self._intro.setText(self.tr("Reference numbers of new records start with the branch code."))
        self.set_label("branch_code", self.tr("Branch &code (6 digits):"))
        self.set_label("branch_name", self.tr("Branch &name:"))
        self.code.setPlaceholderText("310115")
        self.name.setPlaceholderText(self.tr("e.g. Pudong Zhangjiang Sub-branch"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.show_errors({"branch_code": rules.check_branch_code(self.code.text()),
                                 "branch_name": rules.check_branch_name(self.name.text())})


class HeadOfficePage(_Page):
    def __init__(self, server_url: str = "", parent=None):
        super().__init__(parent)
        self.server_url = self.add_field("server_url", QLineEdit(server_url, self))
        self.enrol_code = self.add_field("enrol_code", QLineEdit(self))
        self.skip = QCheckBox(self)
        self.skip.setObjectName("skip_enrolment")
        self.skip.toggled.connect(self._skip_toggled)
        self._layout.addWidget(self.skip)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._layout.addWidget(self._note)
        self._layout.addStretch(1)
        self.retranslate()

    def _skip_toggled(self, skipped: bool) -> None:
        self.server_url.setEnabled(not skipped)
        self.enrol_code.setEnabled(not skipped)
        if skipped:
            self.show_errors({"server_url": None, "enrol_code": None})

    def retranslate(self) -> None:
        self.setTitle(self.tr("Head office"))
        self.setSubTitle(self.tr("Records are sent to head office when the PC is online."))
        self._intro.setText(self.tr("Enter the address of the head-office server and the one-time enrolment code "
                                    "head office gave for this PC."))
        self.set_label("server_url", self.tr("Head-office &address:"))
        self.set_label("enrol_code", self.tr("&Enrolment code:"))
        self.server_url.setPlaceholderText("https://hq.example.cn")
        self.skip.setText(self.tr("Enrol &later (offline trial)"))
        self._note.setText(self.tr("Without enrolment everything works on this PC, but nothing is sent to head office "
                                   "until it is enrolled (later with branchdesk-cli enrol)."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.skip.isChecked():
            return True
        return self.show_errors({"server_url": rules.check_server_url(self.server_url.text(), required=True),
                                 "enrol_code": rules.check_enrol_code(self.enrol_code.text())})

    def wanted(self) -> tuple[str, str]:
        if self.skip.isChecked():
            return "", ""
        return self.server_url.text().strip(), self.enrol_code.text().strip()


class AdminPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = self.add_field("username", QLineEdit(self))
        self.display_name = self.add_field("display_name", QLineEdit(self))
        self.password = self.add_field("password", QLineEdit(self))
        self.password2 = self.add_field("password2", QLineEdit(self))
        for w in (self.password, self.password2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("The administrator adds the staff accounts and changes the settings."))
        self._intro.setText(self.tr("Passwords have at least 8 characters with letters and digits. "
                                    "Keep this password safe: it cannot be read back."))
        self.set_label("username", self.tr("&User name:"))
        self.set_label("display_name", self.tr("&Display name:"))
        self.set_label("password", self.tr("&Password:"))
        self.set_label("password2", self.tr("&Repeat password:"))
        self.username.setPlaceholderText("admin")

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        user = self.username.text().strip()
        pw, pw2 = self.password.text(), self.password2.text()
        pw_problems = password_policy.check_password(pw, username=user) if pw else ["required"]
        if pw2 != pw:
            pw2_code = "password_mismatch" if pw2 else "required"
        else:
            pw2_code = None
        return self.show_errors({
            "username": password_policy.check_username(user),
            "display_name": None if self.display_name.text().strip() else "required",
            "password": pw_problems[0] if pw_problems else None,
            "password2": pw2_code,
        })


class SummaryPage(_Page):
    def __init__(self, data_folder: str, parent=None):
        super().__init__(parent)
        self.data_folder = data_folder
        self._summary = QLabel(self)
        self._summary.setObjectName("summary")
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self._summary)
        self.error = FieldErrorLabel(None, self)
        self.error.setObjectName("summary_error")
        self._layout.addWidget(self.error)
        self._layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.error.clear_error()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check the answers, then click Finish to save them."))
        self._intro.setVisible(False)
        wizard = self.wizard()
        if not isinstance(wizard, FirstRunWizard):
            return
        a = wizard.answers()
        lines = [
            self.tr("Language: %1").replace("%1", i18n.LANGUAGES.get(a.language, a.language)),
            self.tr("Branch: %1 %2").replace("%1", a.branch_code).replace("%2", a.branch_name),
            self.tr("Head office: %1 (enrolled when you click Finish)").replace("%1", a.server_url) if a.server_url
            else self.tr("Head office: not enrolled yet (offline trial)"),
        ]
        if a.admin_username:
            lines.append(self.tr("Administrator: %1 (%2)").replace("%1", a.admin_username)
                         .replace("%2", a.admin_display_name))
        lines.append(self.tr("Data folder: %1").replace("%1", self.data_folder))
        lines.append(self.tr("Backups: %1").replace("%1", str(wizard.data_folder / "backups")))
        self._summary.setText("\n".join(lines))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard().save()


# ----------------------------------------------------------------------------- the wizard
class FirstRunWizard(QWizard):
    PAGES = ("language", "branch", "headoffice", "admin", "summary")

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        from pathlib import Path

        self.setObjectName("FirstRunWizard")
        self.store = store
        self.data_folder = Path(store.data_dir)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowIcon(QIcon(str(resources_dir() / ICON)))
        self.resize(640, 480)
        with store.read() as s:
            from branchdesk.store import settings

            current = settings.all_settings(s)
        folder = str(self.data_folder)
        # An empty branch code rather than the built-in demo one: it must be the real branch's.
        self.language_page = LanguagePage(folder, self)
        self.branch_page = BranchPage("", "", self)
        self.headoffice_page = HeadOfficePage(current.get(rules.SERVER_URL, ""), self)
        self.admin_page = AdminPage(self)
        self.summary_page = SummaryPage(folder, self)
        self._ids: dict[str, int] = {}
        self._has_accounts = setup.device_has_accounts(store)
        for key, page in zip(self.PAGES, (self.language_page, self.branch_page, self.headoffice_page,
                                          self.admin_page, self.summary_page)):
            if key == "admin" and (self._has_accounts or setup.accounts_module() is None):
                continue  # accounts exist already (made with branchdesk-cli), or no account system built in
            self._ids[key] = self.addPage(page)
        self.retranslate()

    def page_named(self, key: str) -> QWizardPage | None:
        return self.page(self._ids[key]) if key in self._ids else None

    def answers(self) -> setup.Answers:
        url, code = self.headoffice_page.wanted()
        with_admin = "admin" in self._ids
        return setup.Answers(
            language=self.language_page.language.currentData(),
            branch_code=self.branch_page.code.text().strip(),
            branch_name=self.branch_page.name.text().strip(),
            server_url=url, enrol_code=code,
            admin_username=self.admin_page.username.text().strip() if with_admin else "",
            admin_display_name=self.admin_page.display_name.text().strip() if with_admin else "",
            admin_password=self.admin_page.password.text() if with_admin else "",
        )

    def save(self) -> bool:
        """Finish: save everything, or show why not and go back to the page concerned."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            setup.apply(self.store, self.answers(), i18n.current_language())
        except setup.SetupError as exc:
            text = exc.message(i18n.current_language())
            page = self.page_named(exc.page)
            if exc.page == "headoffice":
                self._back_to("headoffice")
                self.headoffice_page.errors["enrol_code"].show_error(text)
            elif exc.page == "admin" and page is not None:
                self._back_to("admin")
                self.admin_page.errors["username"].show_error(_say(exc.code))
            else:
                self.summary_page.error.show_error(text)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def _back_to(self, key: str) -> None:
        target = self._ids.get(key)
        while target is not None and self.currentId() != target and self.currentId() != self.startId():
            self.back()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("BranchDesk — first start"))
        # Set explicitly: the buttons must follow a language switched while the wizard is open.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))


def run_first_run(store, parent: QWidget | None = None) -> bool:
    """Show the wizard; True when the device was set up, False when the person cancelled."""
    wizard = FirstRunWizard(store, parent)
    return wizard.exec() == QWizard.DialogCode.Accepted
