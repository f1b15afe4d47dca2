"""One data key for the PCs of a branch: a key share made on one PC, joined on another.

A complaint taken on one PC and pulled by another stays sealed under the first PC's key, so the
second can neither show it unmasked nor match repeat complaints against it. An administrator on a
PC that has the key writes a *key share* (`make_share`): the key wrapped under a passphrase they
type (keys.wrap_key: scrypt + AES-256-GCM, bound to the branch code), with the key check value so
the receiver can tell it got the right key. Head office never sees a share: it goes from PC to PC
on a file, the passphrase by word of mouth.

On a PC of the same branch an administrator joins (`join`): the key is unwrapped, checked, and put
into this PC's keyring under this device's name. Refused, with nothing changed, when the
passphrase is wrong, the share belongs to another branch, or this database already holds personal
data sealed under its own, different key (that data would become unreadable; re-sealing it is not
attempted). A newly set-up PC has only the key check value its first start wrote, which is replaced.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain import messages
from branchdesk.security import keys, secrets
from branchdesk.security.fieldcrypt import DecryptionError, FieldProtector
from branchdesk.store import settings

FORMAT: Final = "branchdesk-key-share"
SUFFIX: Final = ".bdkey"

messages.register({
    "key.share_written": ("数据密钥分享文件已写出:{path}。请把口令当面或电话告知接收电脑的管理员,不要与文件放在一起。",
                          "資料金鑰分享檔案已寫出:{path}。請把口令當面或電話告知接收電腦的管理員,不要與檔案放在一起。",
                          "Key share written to {path}. Tell the receiving PC's administrator the passphrase in "
                          "person or by phone, never together with the file."),
    "key.joined": ("本机已加入本网点的数据密钥:同网点其他电脑登记的个人信息现在可以在本机查看,重复投诉也能互相识别。",
                   "本機已加入本網點的資料金鑰:同網點其他電腦登記的個人資訊現在可以在本機檢視,重複投訴也能互相識別。",
                   "This PC now shares the branch's data key: personal data taken on the branch's other PCs "
                   "can be read here, and repeat complaints are matched across them."),
    "key.already_joined": ("本机已经使用这把数据密钥,无需更改。", "本機已經使用這把資料金鑰,無需變更。",
                           "This PC already uses this data key; nothing to change."),
    "key.recovery_cleared": ("原恢复口令保护的是本机原来的密钥,已失效并被清除;请重新设置恢复口令。",
                             "原恢復口令保護的是本機原來的金鑰,已失效並被清除;請重新設定恢復口令。",
                             "The recovery passphrase protected this PC's former key and was cleared: set a "
                             "recovery passphrase again."),
    "key.share_unreadable": ("这不是 BranchDesk 数据密钥分享文件(或文件已损坏)。未作任何更改。",
                             "這不是 BranchDesk 資料金鑰分享檔案(或檔案已損壞)。未作任何變更。",
                             "This is not a BranchDesk key share (or the file is damaged). Nothing was changed."),
    "key.other_branch": ("此分享文件属于网点 {share_branch},本机属于网点 {branch}:只能加入本网点的数据密钥。未作任何更改。",
                         "此分享檔案屬於網點 {share_branch},本機屬於網點 {branch}:只能加入本網點的資料金鑰。未作任何變更。",
                         "This share belongs to branch {share_branch} and this PC to branch {branch}: a PC can "
                         "only join its own branch's data key. Nothing was changed."),
    "key.wrong_passphrase": ("口令不正确(或分享文件被改动)。未作任何更改。", "口令不正確(或分享檔案被改動)。未作任何變更。",
                             "Wrong passphrase (or the share was altered). Nothing was changed."),
    "key.local_data": (
        "本机数据库中已有用本机自己的密钥加密的个人信息(投诉或附件)。换用另一把密钥会使这些信息无法读取,因此不能加入。"
        "请在尚未登记个人信息的新电脑上加入,或反过来由本机分享密钥。未作任何更改。",
        "本機資料庫中已有用本機自己的金鑰加密的個人資訊(投訴或附件)。換用另一把金鑰會使這些資訊無法讀取,因此不能加入。"
        "請在尚未登記個人資訊的新電腦上加入,或反過來由本機分享金鑰。未作任何變更。",
        "This PC's database already holds personal data (complaints or attachments) sealed under its own key; "
        "changing to another key would make it unreadable, so this PC cannot join. Join on a newly set-up PC "
        "that holds no personal data yet, or share this PC's key the other way round. Nothing was changed."),
    "key.key_missing": (
        "本机数据库中有用另一把密钥加密的数据,但本机密钥库中没有该密钥:请先用恢复口令恢复。未作任何更改。",
        "本機資料庫中有用另一把金鑰加密的資料,但本機金鑰庫中沒有該金鑰:請先用恢復口令恢復。未作任何變更。",
        "This database holds data sealed under a key that is not in this PC's keyring: recover it with the "
        "recovery passphrase first. Nothing was changed."),
    "key.start_passphrase": (
        "本机的数据密钥由启动口令保护(系统密钥库不可用),不能加入分享的密钥。未作任何更改。",
        "本機的資料金鑰由啟動口令保護(系統金鑰庫不可用),不能加入分享的金鑰。未作任何變更。",
        "On this PC the data key is protected by a start passphrase (no system keyring), so it cannot join a "
        "shared key. Nothing was changed."),
    "key.no_file": ("请选择分享文件。", "請選擇分享檔案。", "Choose the key share file."),
    "key.cannot_write": ("无法写出分享文件:{detail}", "無法寫出分享檔案:{detail}", "Cannot write the share file: {detail}"),
    "key.prompt_passphrase": ("分享口令:", "分享口令:", "Share passphrase: "),
})


class ShareRefused(Exception):
    """A key share that cannot be made or joined; `code` is a messages code, `values` fill it in."""

    def __init__(self, code: str, **values: str):
        super().__init__(code)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class JoinResult:
    already: bool  # this PC already used the shared key
    recovery_cleared: bool  # the recovery passphrase wrapped the former key and had to go


def _aad(branch_code: str) -> bytes:
    return f"branchdesk branch data key share:{branch_code}".encode("utf-8")


# ---------------------------------------------------------------------------- making a share
def make_share(store, passphrase: str, *, actor: str) -> str:
    """The share text: this PC's data key wrapped under `passphrase` for its branch (audited)."""
    if len(passphrase) < keys.MIN_PASSPHRASE:
        raise ValueError("passphrase_too_short")
    key = keys.raw_key(store)
    from branchdesk.security.guard import log_event

    with store.write() as s:
        ident = settings.identity(s)
        text = json.dumps({
            "format": FORMAT, "v": 1, "branch_code": ident.branch_code, "from_device": ident.device_code,
            "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "check": settings.get(s, keys.CHECK_SETTING),
            "wrapped": json.loads(keys.wrap_key(key, passphrase, aad=_aad(ident.branch_code))),
        }, ensure_ascii=False, indent=1)
        log_event(s, actor, "data_key_shared", record_kind="settings", detail={"branch": ident.branch_code})
    return text


def write_share(store, path: Path, passphrase: str, *, actor: str) -> Path:
    """Write the share to `path` (.bdkey added when missing); the file holds only the wrapped key."""
    path = path if path.suffix else path.with_suffix(SUFFIX)
    text = make_share(store, passphrase, actor=actor)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


# ---------------------------------------------------------------------------- joining
@dataclass(frozen=True)
class _Share:
    branch_code: str
    from_device: str
    check: str
    wrapped: str


def _parse(text: str) -> _Share:
    try:
        d = json.loads(text)
        if d.get("format") != FORMAT or d.get("v") != 1:
            raise ValueError(d.get("format"))
        return _Share(str(d["branch_code"]), str(d.get("from_device", "")), str(d["check"]), json.dumps(d["wrapped"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ShareRefused("key.share_unreadable") from exc


def read_share_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ShareRefused("key.share_unreadable") from exc


def _unwrap(share: _Share, passphrase: str) -> bytes:
    try:
        key = keys.unwrap_key(share.wrapped, passphrase, aad=_aad(share.branch_code))
    except keys.WrongPassphrase:
        raise ShareRefused("key.wrong_passphrase") from None
    except (ValueError, KeyError, TypeError) as exc:  # a wrapping whose numbers were altered
        raise ShareRefused("key.share_unreadable") from exc
    if len(key) != 32 or not keys.opens_check(FieldProtector(key), share.check):
        raise ShareRefused("key.share_unreadable")
    return key


def _opens(protector: FieldProtector, sealed, context: str) -> bool:
    if not isinstance(sealed, str) or not sealed:
        return False
    try:
        protector.open(sealed, context=context)
        return True
    except (DecryptionError, ValueError):
        return False


def _seals_any(protector: FieldProtector, values: dict) -> bool:
    from branchdesk.store.complaint_repo import PERSONAL_FIELDS

    return any(_opens(protector, values.get(f"{prefix}_sealed"), f"complaint.{prefix}")
               for _n, prefix, _m, _k in PERSONAL_FIELDS)


def holds_sealed_data(session: Session, data_dir: Path, protector: FieldProtector) -> bool:
    """Whether anything in this database or data folder is sealed under `protector`'s key.

    The key check value aside: cases (their rows, earlier versions and unsent changes) and the
    sealed files of attachments and photos. Tried value by value, since a sealed value does not
    name its key; cases pulled from PCs with other keys do not open and do not count.
    """
    from branchdesk.store.complaint_repo import KIND, PERSONAL_FIELDS
    from branchdesk.store.models import OutboxEntry, RecordHistory
    from branchdesk.store.models_complaints import ComplaintRow

    columns = [getattr(ComplaintRow, f"{prefix}_sealed") for _n, prefix, _m, _k in PERSONAL_FIELDS]
    for row in session.execute(select(*columns)):
        if _seals_any(protector, row._mapping):
            return True
    for snapshot in session.execute(select(RecordHistory.snapshot).where(RecordHistory.record_kind == KIND)).scalars():
        if isinstance(snapshot, dict) and _seals_any(protector, snapshot):
            return True
    for payload in session.execute(select(OutboxEntry.payload).where(OutboxEntry.record_kind == KIND)).scalars():
        if isinstance(payload, dict) and _seals_any(protector, payload):
            return True
    return _holds_sealed_files(data_dir, protector)


def _holds_sealed_files(data_dir: Path, protector: FieldProtector) -> bool:
    from branchdesk.store.complaint_attachments import _context as attachment_context
    from branchdesk.store.education_repo import PHOTO_CONTEXT

    folder = data_dir / "attachments"
    if not folder.is_dir():
        return False
    for path in folder.rglob("*"):
        if not path.is_file() or path.suffix == ".part":
            continue
        blob = path.read_bytes()
        for context in (attachment_context(path.name), PHOTO_CONTEXT):
            try:
                protector.open_bytes(blob, context=context)
                return True
            except DecryptionError:
                continue
    return False


def join(store, share_text: str, passphrase: str, *, actor: str) -> JoinResult:
    """Put the branch's shared data key into this PC's keyring (audited); refusals change nothing.

    Raises ShareRefused (see the module's messages) or KeyringUnavailable.
    """
    share = _parse(share_text)
    with store.read() as s:
        ident = settings.identity(s)
        start_mode = settings.get(s, keys.START_SETTING) is not None
    if share.branch_code != ident.branch_code:
        raise ShareRefused("key.other_branch", share_branch=share.branch_code, branch=ident.branch_code)
    key = _unwrap(share, passphrase)
    if start_mode:
        raise ShareRefused("key.start_passphrase")
    name = keys.key_name(ident.device_id)
    former = secrets.get_secret(name)
    if former is not None and base64.b64decode(former) == key:
        return JoinResult(already=True, recovery_cleared=False)
    keyring_written = False
    try:
        with store.write() as s:
            recovery_cleared = _take_shared_key(s, store.data_dir, share, FieldProtector(key), former, actor=actor)
            # Last, so a keyring that refuses rolls the database back; undone below if the commit fails.
            secrets.set_secret(name, base64.b64encode(key).decode("ascii"))
            keyring_written = True
    except BaseException:
        if keyring_written:
            _restore_keyring(name, former)
        raise
    keys.forget(store)
    if secrets.get_secret(name) is None:  # some backends accept a write and then lose it
        raise secrets.KeyringUnavailable("keyring did not keep the data key")
    keys.get_protector(store)
    return JoinResult(already=False, recovery_cleared=recovery_cleared)


def _take_shared_key(s: Session, data_dir: Path, share: _Share, shared: FieldProtector, former: str | None, *,
                     actor: str) -> bool:
    """The database's side of a join, in the caller's transaction; True when the recovery wrap went."""
    from branchdesk.security.guard import log_event
    from branchdesk.store import complaint_repo
    from branchdesk.store.models import AppSetting
    from branchdesk.store.models_complaints import ComplaintRow

    current = FieldProtector(base64.b64decode(former)) if former is not None else None
    check = settings.get(s, keys.CHECK_SETTING)
    if check is not None and not keys.opens_check(shared, check):
        if current is None or not keys.opens_check(current, check):
            raise ShareRefused("key.key_missing")  # this database's key is not at hand to look with
    if current is not None and holds_sealed_data(s, data_dir, current):
        raise ShareRefused("key.local_data")
    settings.put(s, keys.CHECK_SETTING, share.check)
    recovery = s.get(AppSetting, keys.RECOVERY_SETTING)
    if recovery is not None:
        # It wraps the former key: a restore would bring back a key that opens nothing here.
        s.delete(recovery)
    # Cases pulled from the branch's other PCs before the join can now be opened and matched.
    for row in s.execute(select(ComplaintRow)).scalars():
        complaint_repo.index_contacts(row, shared)
    log_event(s, actor, "data_key_joined", record_kind="settings",
              detail={"branch": share.branch_code, "from_device": share.from_device,
                      "recovery_cleared": recovery is not None})
    return recovery is not None


def _restore_keyring(name: str, former: str | None) -> None:
    if former is None:
        secrets.delete_secret(name)
    else:
        secrets.set_secret(name, former)
