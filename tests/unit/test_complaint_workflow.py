"""The complaint workflow and repeat detection as pure rules (no store, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from branchdesk.domain import complaints as dom
from branchdesk.domain import messages
from branchdesk.domain.complaints import Action, CaseState, ErrorCode, PartySummary, Status, StepInput
from branchdesk.domain.reference import RefBook, seed_codes
from branchdesk.domain.roles import Actor, Role

ADMIN = Actor("root", "管理员", Role.ADMIN)


def test_every_status_is_reachable_and_side_exits_end_the_case():
    reached = {Status.REGISTERED}
    frontier = [Status.REGISTERED]
    while frontier:
        st = frontier.pop()
        for action in dom.allowed_actions(CaseState(st)):
            target = dom.TRANSITIONS[action][1]
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(Status)
    for st in (Status.WITHDRAWN, Status.MERGED, Status.NOT_HANDLED):
        assert dom.allowed_actions(CaseState(st)) == [Action.ARCHIVE]
    assert dom.allowed_actions(CaseState(Status.ARCHIVED)) == []


def test_status_only_moves_forward():
    for action, (sources, target) in dom.TRANSITIONS.items():
        for src in sources:
            assert dom.STATUS_RANK[target] > dom.STATUS_RANK[src] or (src, target) == (Status.REVIEW, Status.MEDIATION), action


@pytest.mark.parametrize(("state", "action", "given", "code"), [
    (CaseState(Status.DECIDED), Action.CLOSE, StepInput(), ErrorCode.CLOSE_BEFORE_NOTIFY),
    (CaseState(Status.ACCEPTED), Action.INVESTIGATE, StepInput(), ErrorCode.NO_HANDLER),
    (CaseState(Status.INVESTIGATING, handler="li"), Action.DECIDE, StepInput(decision="x", grounds="y"),
     ErrorCode.CONFLICT_NOT_CHECKED),
    (CaseState(Status.INVESTIGATING, handler="li", conflict_declared=True), Action.DECIDE,
     StepInput(decision="x", grounds="y"), ErrorCode.HANDLER_CONFLICT),
    (CaseState(Status.INVESTIGATING, handler="li", conflict_checked=True), Action.DECIDE, StepInput(grounds="y"),
     ErrorCode.DECISION_REQUIRED),
    (CaseState(Status.DECIDED), Action.NOTIFY, StepInput(notify_method="PHONE"), ErrorCode.REMEDIES_NOT_TOLD),
    (CaseState(Status.REGISTERED), Action.WITHDRAW, StepInput(), ErrorCode.REASON_REQUIRED),
    (CaseState(Status.ACCEPTED), Action.MERGE, StepInput(merge_target_ref="TK-1", self_ref="TK-1"),
     ErrorCode.MERGE_INTO_SELF),
    (CaseState(Status.ACCEPTED), Action.MERGE, StepInput(merge_target_ref="TK-2", merge_target_open=False),
     ErrorCode.MERGE_TARGET_CLOSED),
    (CaseState(Status.NOTIFIED, notified_on=date(2026, 1, 1)), Action.REVIEW, StepInput(on=date(2026, 3, 1)),
     ErrorCode.REVIEW_TOO_LATE),
    (CaseState(Status.CLOSED), Action.WITHDRAW, StepInput(reason="x"), ErrorCode.CASE_ENDED),
    (CaseState(Status.REGISTERED), Action.DECLINE, StepInput(reason="回拨 13912345678"), ErrorCode.CONTAINS_ID_NUMBER),
])
def test_refused_steps_and_their_messages(state, action, given, code):
    assert dom.check_step(state, action, given) == code
    assert messages.message(code) != code  # every refusal has a sentence for the person


def test_a_role_without_record_permission_takes_no_step():
    assert dom.check_step(CaseState(Status.REGISTERED), Action.ACCEPT, actor=ADMIN) == ErrorCode.NOT_PERMITTED


def test_level_two_extension_needs_approval_from_a_manager():
    assert dom.needs_approval(2, Actor("li", "li", Role.TELLER))
    assert not dom.needs_approval(2, Actor("wang", "wang", Role.MANAGER))
    assert not dom.needs_approval(1, Actor("li", "li", Role.TELLER))


def test_intake_validation_normalises_and_reports_per_field():
    refs = RefBook(seed_codes())
    rec = dom.ComplaintIntake(received_at=datetime(2026, 11, 2, 2, tzinfo=timezone.utc), intake_channel="COUNTER",
                              complainant_name="张三", complainant_phone="+86 139-1234-5678", facts="f", request="r",
                              demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11",
                              consent_given=True)
    assert dom.validate_intake(rec, refs) == []
    rec.representation = "agent"
    rec.class_cause = "C77"
    got = {(e.field, e.code) for e in dom.validate_intake(rec, refs)}
    assert got == {("agent_name", ErrorCode.AGENT_REQUIRED), ("agent_phone", ErrorCode.AGENT_REQUIRED),
                   ("class_cause", "unknown_code")}


def _p(ref, day, status="registered", keys=(), agents=()):
    return PartySummary(ref, ref, day, status, frozenset(keys), frozenset(agents), "张某")


def test_repeats_are_open_or_recent_cases_of_the_same_person():
    today = date(2026, 11, 24)
    cands = [_p("old-open", date(2026, 1, 1), "investigating", {"p1"}),
             _p("old-closed", date(2026, 1, 1), "closed", {"p1"}),
             _p("recent-closed", date(2026, 10, 1), "closed", {"i1"}),
             _p("other", date(2026, 11, 1), "registered", {"p9"})]
    assert [c.ref_no for c in dom.find_repeats({"p1", "i1"}, cands, today)] == ["recent-closed", "old-open"]
    assert dom.find_repeats(set(), cands, today) == []


def test_frequent_complainant_joins_phone_and_id_of_one_person():
    today = date(2026, 11, 24)
    items = [_p("a", date(2026, 2, 1), keys={"phone1"}), _p("b", date(2026, 6, 1), keys={"phone1", "id1"}),
             _p("c", date(2026, 11, 1), keys={"id1"}), _p("d", date(2025, 1, 1), keys={"phone1"})]
    flags = dom.frequent_complainants(items, today)
    assert [(f.count, f.refs) for f in flags] == [(3, ("a", "b", "c"))]
    assert dom.frequent_complainants(items, today, dom.RepeatThresholds(frequent_count=4)) == []


def test_agent_flag_counts_unrelated_complainants_only():
    items = [_p("a", date(2026, 1, 1), keys={"x"}, agents={"ag"}), _p("b", date(2026, 2, 1), keys={"x"}, agents={"ag"}),
             _p("c", date(2026, 3, 1), keys={"y"}, agents={"ag"})]
    assert dom.suspicious_agents(items) == []  # two people only
    items.append(_p("d", date(2026, 4, 1), keys={"z"}, agents={"ag"}))
    assert [f.count for f in dom.suspicious_agents(items)] == [3]


def test_field_ownership_covers_the_intake_without_overlap():
    assert not dom.BRANCH_OWNED_FIELDS & dom.HEADOFFICE_OWNED_FIELDS
    intake = set(dom.ComplaintIntake().content_fields()) - {"parent_ref"}
    assert intake <= dom.BRANCH_OWNED_FIELDS | dom.HEADOFFICE_OWNED_FIELDS
