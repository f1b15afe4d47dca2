from datetime import datetime, timedelta, timezone

from branchdesk.domain import fraud
from branchdesk.domain.fraud import FraudInterception, compute_stats
from branchdesk.domain.reference import RefBook, seed_codes

REFS = RefBook(seed_codes())
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


def good(**changes) -> FraudInterception:
    rec = FraudInterception(
        occurred_at=NOW - timedelta(hours=2), detection_source="TELLER", business_type="XFER_OUT",
        channel="COUNTER", subject_role="VICTIM", customer_gender="F", age_band="60P", fraud_type="F06",
        contact_vector="PHONE", amount_attempted=5_000_000, amount_protected=5_000_000,
        actions=("DISSUADE", "CALL110"), police_notified=True, police_ref="JJ2026-001", outcome="STOPPED",
        narrative="李女士称接到自称公安的电话,要求将存款转入安全账户。", recorder="teller01",
    )
    return rec.with_changes(**changes)


def codes(rec):
    return {(e.field, e.code) for e in fraud.validate(rec, REFS, now=NOW)}


def test_a_complete_record_is_valid():
    assert codes(good()) == set()


def test_protected_cannot_exceed_attempted():
    assert ("amount_protected", "protected_above_attempted") in codes(good(amount_protected=5_000_001))


def test_time_in_future_is_refused():
    assert ("occurred_at", "in_future") in codes(good(occurred_at=NOW + timedelta(hours=1)))


def test_required_fields_are_named():
    errs = codes(good(fraud_type="", outcome="", occurred_at=None, actions=(), amount_attempted=None))
    assert {("fraud_type", "required"), ("outcome", "required"), ("occurred_at", "required"),
            ("actions", "at_least_one_action"), ("amount_attempted", "required")} <= errs


def test_unknown_and_inactive_codes_are_refused():
    assert ("fraud_type", "unknown_code") in codes(good(fraud_type="F77"))
    assert ("actions", "unknown_code") in codes(good(actions=("DISSUADE", "NOPE")))


def test_police_fields_must_agree():
    errs = codes(good(police_notified=False, police_attended=True, police_ref="X1"))
    assert ("police_attended", "attended_without_notified") in errs
    assert ("police_ref", "police_ref_without_police") in errs


def test_narrative_must_not_hold_identity_numbers():
    assert ("narrative", "contains_id_number") in codes(good(narrative="客户手机13812345678"))
    assert ("narrative", "contains_id_number") in codes(good(narrative="卡号 6228 4800 1234 5678 901"))
    assert ("narrative", "contains_id_number") not in codes(good(narrative="金额5万元,10点到网点"))


def test_stats_by_type_month_and_elderly_share():
    rows = [
        ("2026-10", "F06", 100, "60P", True),
        ("2026-10", "F06", 200, "18_40", False),
        ("2026-11", "F01", 300, "60P", False),
        ("2026-11", "F02", 0, "41_59", True),
    ]
    st = compute_stats(rows)
    assert st.count == 4 and st.amount_protected == 600
    assert st.by_type["F06"] == (2, 300)
    assert list(st.by_month) == ["2026-10", "2026-11"]
    assert st.by_month["2026-11"] == (2, 300)
    assert st.elderly_share == 0.5 and st.police_rate == 0.5
    assert st.average_protected == 150
