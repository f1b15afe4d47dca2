"""What the first-run wizard saves, and whether it is needed (no Qt: the wizard only collects).

Order of the work in `apply()`, chosen so a failure leaves nothing half-done that matters:
1. enrolment with head office (the step most likely to fail: network, wrong code, no keyring);
   when it fails nothing else is written and the person can correct it or skip it;
2. the first administrator account;
3. the settings, with `setup_done` last, in one transaction.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from branchdesk.domain import messages
from branchdesk.store import settings
from branchdesk.store.models import OutboxEntry
from branchdesk.store.types import utc_text, utcnow
from branchdesk.ui.settings import rules

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answers:
    language: str
    branch_code: str
    branch_name: str
    server_url: str = ""  # empty: offline trial, enrol later
    enrol_code: str = ""
    admin_username: str = ""  # empty when the device has accounts already
    admin_display_name: str = ""
    admin_password: str = ""


class SetupError(Exception):
    """The set-up could not finish. `code` maps to a sentence; `page` is where to correct it."""

    def __init__(self, code: str, page: str, reason: str = ""):
        super().__init__(code)
        self.code = code
        self.page = page
        self.reason = reason

    def message(self, lang: str) -> str:
        return messages.message(self.code, lang).replace("{reason}", self.reason)


def _optional(module: str):
    """Another area's module, or None when it is not part of this build."""
    try:
        if importlib.util.find_spec(module) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(module)


def accounts_module():
    return _optional("branchdesk.security.accounts")


def enrolment_module():
    return _optional("branchdesk.sync.enrolment")


def needs_first_run(store) -> bool:
    """True on a data folder that nobody has set up yet.

    `setup_done` is written by the wizard. A folder that already holds records (the demo fills one
    with `--demo`, or an older version was used before the wizard existed) counts as set up; the
    demo may also write `setup_done` = "demo" itself.
    """
    with store.read() as s:
        if settings.get(s, rules.SETUP_DONE) is not None:
            return False
        has_records = bool(s.execute(select(func.count()).select_from(OutboxEntry)).scalar())
    return not has_records


def device_has_accounts(store) -> bool:
    mod = accounts_module()
    return bool(mod and mod.has_accounts(store))


def enrol_reason(exc: Exception, lang: str) -> str:
    code = getattr(exc, "code", "")
    _optional("branchdesk.sync.messages")  # registers the sync sentences, when sync is built in
    text = messages.message(f"sync.{code}", lang) if code else ""
    return text if text and text != f"sync.{code}" else (code or type(exc).__name__)


def apply(store, answers: Answers, lang: str) -> None:
    """Save the answers. Raises SetupError naming the page to go back to."""
    enrolled = False
    if answers.server_url and answers.enrol_code:
        mod = enrolment_module()
        if mod is not None:
            from branchdesk.security.secrets import KeyringUnavailable

            try:
                mod.enrol(store, answers.server_url, answers.enrol_code, label=answers.branch_name)
            except KeyringUnavailable as exc:
                log.warning("enrolment impossible: no keyring (%s)", exc)
                raise SetupError("setup.keyring_unavailable", "headoffice") from exc
            except Exception as exc:  # SyncError and transport failures: say why, change nothing else
                log.warning("enrolment failed: %s", getattr(exc, "code", type(exc).__name__))
                raise SetupError("setup.enrol_failed", "headoffice", enrol_reason(exc, lang)) from exc
            enrolled = True

    if answers.admin_username:
        mod = accounts_module()
        if mod is not None and not mod.has_accounts(store):
            try:
                mod.create_first_administrator(store, username=answers.admin_username,
                                               display_name=answers.admin_display_name,
                                               password=answers.admin_password)
            except mod.AccountError as exc:
                raise SetupError(exc.code, "admin") from exc

    try:
        with store.write() as s:
            settings.ensure_identity(s)
            settings.put(s, rules.LANGUAGE, answers.language)
            if not enrolled:  # an enrolled device takes its branch from head office
                settings.put(s, rules.BRANCH_CODE, answers.branch_code.strip())
                settings.put(s, rules.BRANCH_NAME, answers.branch_name.strip())
            if answers.server_url:
                settings.put(s, rules.SERVER_URL, answers.server_url.strip().rstrip("/"))
                sync_repo = _optional("branchdesk.store.sync_repo")
                if sync_repo is not None and not enrolled:
                    # The sync engine reads its address here; enrolment writes it itself.
                    sync_repo.put_state(s, sync_repo.SERVER_URL, answers.server_url.strip().rstrip("/"))
            settings.put(s, rules.SETUP_DONE, utc_text(utcnow()))
            guard = _optional("branchdesk.security.guard")
            if guard is not None:
                guard.log_event(s, answers.admin_username or "system", "first_run_setup", record_kind="device",
                                detail={"enrolled": enrolled, "language": answers.language})
    except Exception as exc:
        log.error("first-run settings not saved: %s", type(exc).__name__)
        raise SetupError("setup.save_failed", "summary", type(exc).__name__) from exc
