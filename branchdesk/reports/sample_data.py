"""Deterministic records for report tests and the report benchmark, made through the real repositories.

``fill(store, refs, *, year, fraud=0, complaints=0, events=0, seed=1, protector=None, until=None)``
adds that many records dated within ``year`` (not after ``until``, default today) and returns the
reference numbers made. Complaints need a FieldProtector (their personal data is sealed); each gets
a real phone and ID number so tests can prove neither reaches a report in clear text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from branchdesk.domain.personal_data import id_check_char
from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ, local_now

MANAGER = Actor("wang", "王经理", Role.MANAGER)
TELLER = Actor("li", "李柜员", Role.TELLER)
BATCH = 500


@dataclass
class Filled:
    fraud: list[str] = field(default_factory=list)
    complaints: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    id_numbers: list[str] = field(default_factory=list)
    decided: list[str] = field(default_factory=list)  # complaints with a decision


def _at(d: date, rnd: random.Random) -> datetime:
    from datetime import timezone

    return datetime.combine(d, time(9 + rnd.randrange(8), rnd.randrange(60)), LOCAL_TZ).astimezone(timezone.utc)


def _codes(refs: RefBook, category: str) -> list[str]:
    return [c.code for c in refs.options(category)]


def fill(store, refs: RefBook, *, year: int, fraud: int = 0, complaints: int = 0, events: int = 0, seed: int = 1,
         protector=None, until: date | None = None) -> Filled:
    rnd = random.Random(seed)
    last = min(date(year, 12, 31), until or local_now().date() - timedelta(days=1))
    span = (last - date(year, 1, 1)).days + 1
    days = sorted(date(year, 1, 1) + timedelta(days=rnd.randrange(span)) for _ in range(fraud))
    out = Filled()
    _fraud(store, refs, rnd, days, out)
    _events(store, refs, rnd, year, span, events, out)
    if complaints:
        if protector is None:
            raise ValueError("complaints need a FieldProtector")
        _complaints(store, refs, rnd, protector, year, last, complaints, out)
    return out


def _fraud(store, refs, rnd, days, out: Filled) -> None:
    from branchdesk.domain.fraud import FraudInterception
    from branchdesk.store import fraud_repo

    c = {k: _codes(refs, k) for k in ("fraud_type", "business_type", "fraud_channel", "age_band", "fraud_outcome",
                                       "fraud_action", "detection_source", "contact_vector")}
    for i in range(0, len(days), BATCH):
        with store.write() as s:
            for d in days[i:i + BATCH]:
                attempted = rnd.randrange(500, 800_000) * 100
                police = rnd.random() < 0.35
                rec = FraudInterception(
                    occurred_at=_at(d, rnd), detection_source=rnd.choice(c["detection_source"]),
                    business_type=rnd.choice(c["business_type"]), channel=rnd.choice(c["fraud_channel"]),
                    subject_role="VICTIM", customer_gender=rnd.choice("MFU"), age_band=rnd.choice(c["age_band"]),
                    fraud_type=rnd.choice(c["fraud_type"]), contact_vector=rnd.choice(c["contact_vector"]),
                    amount_attempted=attempted,
                    amount_protected=attempted if rnd.random() < 0.8 else attempted // rnd.randrange(2, 5),
                    actions=tuple(rnd.sample(c["fraud_action"], 2)), police_notified=police,
                    police_attended=police and rnd.random() < 0.5, outcome=rnd.choice(c["fraud_outcome"]),
                    narrative="李女士到网点要求向“安全账户”转账，柜员识别后劝阻。", recorder=rnd.choice(("li", "zhao")),
                    reviewer="wang",
                )
                out.fraud.append(fraud_repo.create(s, rec, refs, actor=rec.recorder).ref_no)


def _events(store, refs, rnd, year, span, n, out: Filled) -> None:
    if not n:
        return
    from branchdesk.domain import education as edu
    from branchdesk.domain.education import EducationEvent, Material
    from branchdesk.store import education_repo

    campaigns, groups = _codes(refs, "campaign"), _codes(refs, "target_group")
    topics, places = _codes(refs, "edu_topic"), [p for p in _codes(refs, "location_type") if p != "ONLINE"]
    with store.write() as s:
        for _ in range(n):
            start = _at(date(year, 1, 1) + timedelta(days=rnd.randrange(span)), rnd)
            ev = EducationEvent(
                status=edu.HELD, starts_at=start, ends_at=start + timedelta(hours=2), campaign=rnd.choice(campaigns),
                slogan="守住钱袋子·护好幸福家", topics=tuple(rnd.sample(topics, 2)), location_type=rnd.choice(places),
                address="浦东新区张江镇居民活动中心", target_groups=tuple(rnd.sample(groups, rnd.randrange(1, 3))),
                attendees=rnd.randrange(10, 200), materials=(Material("LEAFLET", 100),), organiser="王经理",
                summary="以案说法，讲解常见诈骗手法。",
            )
            out.events.append(education_repo.create(s, ev, refs, actor="wang").ref_no)


def _id_number(rnd) -> str:
    body = f"310115{rnd.randrange(1950, 2000)}{rnd.randrange(1, 13):02d}{rnd.randrange(1, 29):02d}{rnd.randrange(1000):03d}"
    return body + id_check_char(body)


def _complaints(store, refs, rnd, protector, year, last, n, out: Filled) -> None:
    from branchdesk.domain import complaints as dom
    from branchdesk.domain.complaints import Action, StepInput
    from branchdesk.store import complaint_repo as repo

    channels = _codes(refs, "intake_channel")
    business, causes, demands = _codes(refs, "jrt_business"), _codes(refs, "jrt_cause"), _codes(refs, "demand_type")
    jrt_a = [c.code for c in refs.options("jrt_channel") if c.parent_code] or _codes(refs, "jrt_channel")
    span = (last - date(year, 1, 1)).days + 1
    for _ in range(n):
        received = date(year, 1, 1) + timedelta(days=rnd.randrange(span))
        phone = f"139{rnd.randrange(10**8):08d}"
        id_number = _id_number(rnd)
        rec = dom.ComplaintIntake(
            received_at=_at(received, rnd), intake_channel=rnd.choice(channels), complainant_name="张三丰",
            complainant_phone=phone, complainant_id_number=id_number, complainant_address="上海市浦东新区张江路1号",
            respondent_org="浦东支行营业部", facts="办理转账时被收取了未事先告知的手续费。", request="退还手续费并说明原因。",
            demand_type=rnd.choice(demands), class_channel=rnd.choice(jrt_a), class_business=rnd.choice(business),
            class_cause=rnd.choice(causes), priority="NORMAL", consent_given=True,
        )
        with store.write() as s:
            row = repo.create(s, rec, refs, protector, actor=TELLER, now=rec.received_at)
            cid = row.ref_no, row.id
        out.complaints.append(cid[0])
        out.phones.append(phone)
        out.id_numbers.append(id_number)
        # Most cases are decided within 3..20 days; some stay open.
        decide_on = received + timedelta(days=rnd.randrange(3, 21))
        if decide_on > last or rnd.random() < 0.2:
            continue
        t = lambda d: datetime.combine(d, time(10), LOCAL_TZ)  # noqa: E731
        with store.write() as s:
            repo.assign(s, cid[1], "li", actor=MANAGER, now=t(received))
            repo.declare_conflict(s, cid[1], False, actor=TELLER, now=t(received))
            repo.step(s, cid[1], Action.ACCEPT, actor=TELLER, now=t(received), today=received)
            repo.step(s, cid[1], Action.INVESTIGATE, actor=TELLER, now=t(received), today=received)
            if decide_on - received > timedelta(days=12):
                repo.request_extension(s, cid[1], 1, "需调取监控核实", actor=MANAGER, now=t(received), today=received)
            repo.step(s, cid[1], Action.DECIDE, StepInput(decision="经核实，手续费收取前未充分告知，予以退还。",
                                                         grounds="《银行业保险业消费投诉处理管理办法》及收费公示要求。"),
                      actor=TELLER, now=t(decide_on), today=decide_on)
            out.decided.append(cid[0])
            close_on = decide_on + timedelta(days=1)
            if close_on <= last:
                repo.step(s, cid[1], Action.NOTIFY, StepInput(notify_method="PHONE", remedies_told=True),
                          actor=TELLER, now=t(close_on), today=close_on)
                repo.step(s, cid[1], Action.CLOSE, actor=TELLER, now=t(close_on), today=close_on)
