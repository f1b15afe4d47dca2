"""One data key for the PCs of a branch: a share made on PC A, joined on PC B; refusals change nothing."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

from branchdesk.domain import complaints as dom
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.security import key_share, keys, secrets
from branchdesk.store import complaint_repo, settings, sync_kinds
from branchdesk.store.db import open_store
from branchdesk.store.models import AuditEntry as AuditLog
from branchdesk.store.reference import load_refbook

MANAGER = Actor("wang", "王经理", Role.MANAGER)
PASS = "branch safe phrase 2026"
PHONE = "13912345678"


@pytest.fixture(autouse=True)
def fresh_cache():
    keys.forget()
    yield
    keys.forget()


@pytest.fixture
def pc_a(tmp_path):
    st = open_store(tmp_path / "pc-a" / "branchdesk.sqlite")
    yield st
    st.close()


@pytest.fixture
def pc_b(tmp_path):
    """A newly set-up PC: its first start made its own key and key check value, nothing sealed yet."""
    st = open_store(tmp_path / "pc-b" / "branchdesk.sqlite")
    keys.get_protector(st)
    yield st
    st.close()


def _intake(phone: str = PHONE) -> dom.ComplaintIntake:
    received = datetime.combine(date.today() - timedelta(days=1), time(10), LOCAL_TZ).astimezone(timezone.utc)
    return dom.ComplaintIntake(
        received_at=received, intake_channel="COUNTER", complainant_name="张三丰", complainant_phone=phone,
        respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费", request="退还手续费并解释原因",
        demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11", consent_given=True)


def _take_complaint(store, phone: str = PHONE):
    with store.read() as s:
        refs = load_refbook(s)
    with store.write() as s:
        return complaint_repo.create(s, _intake(phone), refs, keys.get_protector(store), actor=MANAGER)


def _pull(store, row) -> None:
    """A case arriving from head office, as sync applies it (sealed and masked forms only)."""
    with store.write() as s:
        sync_kinds.apply_payload(s, "complaint", complaint_repo.payload(row), 1)


def _device(store) -> str:
    with store.read() as s:
        return settings.identity(s).device_id


def _state(store) -> tuple:
    """Everything a join could change: the keyring entry, the key settings, the audit log's length."""
    with store.read() as s:
        return (secrets.get_secret(keys.key_name(settings.identity(s).device_id)),
                settings.get(s, keys.CHECK_SETTING), settings.get(s, keys.RECOVERY_SETTING),
                s.execute(select(func.count()).select_from(AuditLog)).scalar())


def _refused(store, share: str, passphrase: str, code: str) -> None:
    before = _state(store)
    with pytest.raises(key_share.ShareRefused) as exc:
        key_share.join(store, share, passphrase, actor="admin")
    assert exc.value.code == code
    keys.forget()
    assert _state(store) == before


def test_joined_pc_opens_and_matches_the_sharing_pcs_cases(pc_a, pc_b):
    case = _take_complaint(pc_a)
    _pull(pc_b, case)  # pulled before the join: stays sealed under A's key, so masked and unmatched here
    with pc_b.read() as s:
        assert complaint_repo.find_repeats(s, keys.get_protector(pc_b), phone=PHONE) == []

    share = key_share.make_share(pc_a, PASS, actor="admin")
    a_key = base64.b64encode(keys.raw_key(pc_a)).decode("ascii")
    assert a_key not in share and PASS not in share
    result = key_share.join(pc_b, share, PASS, actor="admin")
    assert result == key_share.JoinResult(already=False, recovery_cleared=False)

    assert secrets.get_secret(keys.key_name(_device(pc_b))) == a_key
    keys.forget()
    with pc_b.read() as s:
        assert complaint_repo.reveal(s, keys.get_protector(pc_b), case.id, MANAGER)["complainant_phone"] == PHONE
        assert [r.complaint_id for r in complaint_repo.find_repeats(s, keys.get_protector(pc_b), phone=PHONE)] == [case.id]
    # A case pulled after the join is indexed as it lands.
    later = _take_complaint(pc_a, "13800001111")
    _pull(pc_b, later)
    with pc_b.read() as s:
        found = complaint_repo.find_repeats(s, keys.get_protector(pc_b), phone="138 0000 1111")
    assert [r.complaint_id for r in found] == [later.id]
    # Both acts are audited, with neither key nor passphrase in the entries.
    for store, action in ((pc_a, "data_key_shared"), (pc_b, "data_key_joined")):
        with store.read() as s:
            entry = s.execute(select(AuditLog).where(AuditLog.action == action)).scalar_one()
        assert a_key not in json.dumps(entry.detail) and PASS not in json.dumps(entry.detail)


def test_joining_twice_changes_nothing(pc_a, pc_b):
    share = key_share.make_share(pc_a, PASS, actor="admin")
    key_share.join(pc_b, share, PASS, actor="admin")
    before = _state(pc_b)
    assert key_share.join(pc_b, share, PASS, actor="admin").already
    assert _state(pc_b) == before


def test_wrong_passphrase_is_refused(pc_a, pc_b):
    share = key_share.make_share(pc_a, PASS, actor="admin")
    _refused(pc_b, share, "not the branch phrase", "key.wrong_passphrase")


def test_share_from_another_branch_is_refused(pc_a, pc_b):
    with pc_a.write() as s:
        settings.put(s, "branch_code", "440300")
    share = key_share.make_share(pc_a, PASS, actor="admin")
    _refused(pc_b, share, PASS, "key.other_branch")
    # Relabelling the share's branch does not get it in: the branch is bound into the wrapping.
    relabelled = json.loads(share)
    relabelled["branch_code"] = "310115"
    _refused(pc_b, json.dumps(relabelled), PASS, "key.wrong_passphrase")


def test_not_a_share_is_refused(pc_a, pc_b):
    _refused(pc_b, "BranchDesk backup", PASS, "key.share_unreadable")
    _refused(pc_b, json.dumps({"format": "branchdesk-key-share", "v": 1}), PASS, "key.share_unreadable")
    # A share asking for a key derivation that would exhaust memory is refused before deriving.
    costly = json.loads(key_share.make_share(pc_a, PASS, actor="admin"))
    costly["wrapped"]["n"] = 2 ** 24
    _refused(pc_b, json.dumps(costly), PASS, "key.share_unreadable")


def test_pc_with_its_own_sealed_cases_is_refused(pc_a, pc_b):
    own = _take_complaint(pc_b, "13700002222")
    share = key_share.make_share(pc_a, PASS, actor="admin")
    _refused(pc_b, share, PASS, "key.local_data")
    with pc_b.read() as s:  # its own case still opens
        assert complaint_repo.reveal(s, keys.get_protector(pc_b), own.id, MANAGER)["complainant_phone"] == "13700002222"


def test_pc_with_an_own_sealed_photo_is_refused(pc_a, pc_b):
    from branchdesk.store.education_repo import PreparedPhoto, write_sealed

    write_sealed(pc_b.data_dir, PreparedPhoto(b"\xff\xd8 jpeg", "ab" * 32, 1, 1), keys.get_protector(pc_b))
    _refused(pc_b, key_share.make_share(pc_a, PASS, actor="admin"), PASS, "key.local_data")


def test_database_whose_key_is_missing_is_refused(pc_a, pc_b):
    _take_complaint(pc_b, "13700002222")
    secrets.delete_secret(keys.key_name(_device(pc_b)))  # the keyring lost B's key
    _refused(pc_b, key_share.make_share(pc_a, PASS, actor="admin"), PASS, "key.key_missing")


def test_recovery_passphrase_of_the_former_key_is_cleared(pc_a, pc_b):
    keys.set_recovery_passphrase(pc_b, "former recovery phrase", actor="admin")
    result = key_share.join(pc_b, key_share.make_share(pc_a, PASS, actor="admin"), PASS, actor="admin")
    assert result.recovery_cleared
    assert not keys.has_recovery(pc_b)


def test_share_file_round_trip(pc_a, pc_b, tmp_path):
    path = key_share.write_share(pc_a, tmp_path / "branch-key", PASS, actor="admin")
    assert path.name == "branch-key.bdkey"
    key_share.join(pc_b, key_share.read_share_file(path), PASS, actor="admin")
    keys.forget()
    sealed = keys.get_protector(pc_a).seal(PHONE, context="t")
    assert keys.get_protector(pc_b).open(sealed, context="t") == PHONE


def test_short_passphrase_is_refused(pc_a):
    with pytest.raises(ValueError):
        key_share.make_share(pc_a, "short", actor="admin")
