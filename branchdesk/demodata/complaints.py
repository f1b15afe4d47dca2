"""Demo complaints: every state of the workflow, some close to or past their due date, a frequent
complainant, a suspicious agent acting for several people, and an extension awaiting approval.

Goes through complaint_repo like a person would (so rows, events, outbox and audit agree), with
personal data sealed under this device's key. Without a working key store it makes nothing.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from branchdesk.domain import complaints as dom
from branchdesk.domain.complaints import Action, StepInput
from branchdesk.domain.personal_data import id_check_char
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ

MANAGER = Actor("manager", "网点经理", Role.MANAGER)
TELLERS = (Actor("teller01", "柜员01", Role.TELLER), Actor("teller02", "柜员02", Role.TELLER))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超")
ORGS = ("营业部", "陆家嘴支行", "张江支行", "花木支行", "金桥支行")
FACTS = (
    ("B03", "C11", "REFUND", "信用卡年费在未告知的情况下被扣收", "退还年费"),
    ("B09", "C04", "COMPENSATE", "理财经理推荐产品时未充分揭示风险，到期亏损", "赔偿本金损失"),
    ("B01", "C01", "APOLOGY", "柜台办理业务时等候时间过长，工作人员态度生硬", "道歉并改进服务"),
    ("B02", "C08", "REPAY", "房贷提前还款违约金条款未事先说明", "减免违约金"),
    ("B06", "C10", "CREDIT", "征信报告出现非本人办理的贷款记录", "更正征信记录"),
    ("B04", "C02", "EXPLAIN", "手机银行转账失败但资金被扣", "查明原因并退回资金"),
)
CHANNELS = ("COUNTER", "HOTLINE", "ONLINE", "REG12378", "LETTER")
JRT_CHANNEL = ("A101", "A102", "A10303", "A10302")


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def _id_number(rng: random.Random) -> str:
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 50))
    body = f"310115{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + id_check_char(body)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _at(d: date, hour: int) -> datetime:
    return datetime.combine(d, time(hour, 0), LOCAL_TZ).astimezone(timezone.utc)


def _intake(rng, received: date, *, name=None, phone=None, id_number="", agent=None) -> dom.ComplaintIntake:
    business, cause, demand, facts, request = rng.choice(FACTS)
    rec = dom.ComplaintIntake(
        received_at=_at(received, rng.randrange(9, 17)), intake_channel=rng.choice(CHANNELS),
        complainant_name=name or _name(rng), complainant_phone=phone or _phone(rng), complainant_id_number=id_number,
        respondent_org=rng.choice(ORGS), facts=facts, request=request, demand_type=demand,
        class_channel=rng.choice(JRT_CHANNEL), class_business=business, class_cause=cause,
        priority="MAJOR" if rng.random() < 0.1 else "NORMAL", is_group=rng.random() < 0.03, consent_given=True,
    )
    if agent:
        rec.representation = "agent"
        rec.agent_name, rec.agent_phone = agent
    return rec


# How far each case gets, by the number of days since it came in.
_PATH = (Action.ACCEPT, Action.INVESTIGATE, Action.DECIDE, Action.NOTIFY, Action.CLOSE, Action.CALL_BACK,
         Action.ARCHIVE)


def _advance(session, repo, row_id: str, received: date, steps: int, actor: Actor, cal, today: date) -> None:
    day = received
    for i, action in enumerate(_PATH[:steps]):
        day = min(today, received + timedelta(days=1 + i * 2))
        if action is Action.INVESTIGATE:
            repo.assign(session, row_id, actor.username, actor=MANAGER, calendar=cal, now=_at(day, 9))
            repo.declare_conflict(session, row_id, False, actor=actor, calendar=cal, now=_at(day, 9))
        given = StepInput(decision="经核实，按合同约定予以处理并退还相关费用", grounds="合同条款及监管规定",
                          notify_method="PHONE", remedies_told=True, result="满意", on=day)
        repo.step(session, row_id, action, given, actor=actor, calendar=cal, now=_at(day, 15), today=day)


def fill(store, rng: random.Random, count: int, today: date) -> int:
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable
    from branchdesk.store import complaint_repo as repo
    from branchdesk.store import settings
    from branchdesk.store.reference import load_refbook

    with store.read() as s:
        device = settings.identity(s).device_id
        refs = load_refbook(s)
        cal = repo.load_calendar(s)
    try:
        protector = keys.get_protector(store)
    except KeyringUnavailable:
        return 0
    n = max(24, count // 5)
    made = 0

    def create(s, rec, actor, received):
        return repo.create(s, rec, refs, protector, actor=actor, calendar=cal, now=_at(received, 17))

    with store.write() as s:
        # A frequent complainant: three complaints within the year, the same mobile.
        phone, name = _phone(rng), _name(rng)
        for days_ago in (200, 120, 9):
            received = today - timedelta(days=days_ago)
            row = create(s, _intake(rng, received, name=name, phone=phone), MANAGER, received)
            if days_ago > 30:
                _advance(s, repo, row.id, received, 5, MANAGER, cal, today)
            made += 1
        # A suspicious agent: one agent's mobile on complaints of four unrelated people.
        agent = (_name(rng), _phone(rng))
        for days_ago in (60, 40, 20, 5):
            received = today - timedelta(days=days_ago)
            row = create(s, _intake(rng, received, agent=agent), TELLERS[0], received)
            if days_ago > 30:
                _advance(s, repo, row.id, received, 4, TELLERS[0], cal, today)
            made += 1
        # A repeat submission merged into the open case it repeats.
        phone = _phone(rng)
        first = create(s, _intake(rng, today - timedelta(days=6), phone=phone, name="周慧敏"), TELLERS[0],
                       today - timedelta(days=6))
        repo.create(s, _intake(rng, today - timedelta(days=2), phone=phone, name="周慧敏"), refs, protector,
                    actor=TELLERS[0], calendar=cal, now=_at(today - timedelta(days=2), 18), merge_into=first.ref_no)
        made += 2
        # An extension asked by a teller, waiting for the manager.
        received = today - timedelta(days=14)
        row = create(s, _intake(rng, received), TELLERS[1], received)
        repo.request_extension(s, row.id, 1, "需调取监控录像核实", actor=MANAGER, calendar=cal,
                               now=_at(today - timedelta(days=4), 10), today=today - timedelta(days=4))
        repo.request_extension(s, row.id, 2, "涉及第三方机构协查", actor=TELLERS[1], calendar=cal, now=_at(today, 9),
                               today=today)
        made += 1

    with store.write() as s:
        for i in range(n - made):
            actor = TELLERS[i % 2] if rng.random() < 0.7 else MANAGER
            age = rng.choice((1, 3, 6, 10, 12, 13, 14, 16, 20, 25, 40, 60, 90, 150, 250, 320))
            received = today - timedelta(days=age)
            rec = _intake(rng, received, id_number=_id_number(rng) if rng.random() < 0.5 else "")
            row = create(s, rec, actor, received)
            if age <= 14:
                steps = rng.choice((0, 1, 2, 2, 3))  # open: registered … decided, some due soon
            elif age <= 30:
                steps = rng.choice((2, 2, 4, 5))  # some left investigating: overdue
            else:
                steps = rng.choice((4, 5, 6, 7, 7))
            _advance(s, repo, row.id, received, steps, actor, cal, today)
            side = rng.random()
            if steps <= 2 and side < 0.08:
                repo.step(s, row.id, Action.WITHDRAW, StepInput(reason="投诉人与网点协商一致后撤回"), actor=actor,
                          calendar=cal, now=_at(min(today, received + timedelta(days=2)), 16),
                          today=min(today, received + timedelta(days=2)))
            elif steps == 0 and side < 0.15:
                repo.step(s, row.id, Action.DECLINE, StepInput(reason="同一事项已作出处理决定且无新事实"), actor=actor,
                          calendar=cal, now=_at(min(today, received + timedelta(days=1)), 16),
                          today=min(today, received + timedelta(days=1)))
            elif steps == 4 and side < 0.5:
                day = min(today, received + timedelta(days=9))
                action = Action.REVIEW if side < 0.3 else Action.MEDIATE
                repo.step(s, row.id, action, StepInput(result="上海银行业保险业纠纷调解中心", on=day), actor=actor,
                          calendar=cal, now=_at(day, 16), today=day)
            elif steps == 2 and side < 0.2 and age >= 8:
                day = received + timedelta(days=6)
                repo.pause(s, row.id, actor=actor, reason="送外部机构鉴定", on=day, complainant_notified_on=day,
                           calendar=cal, now=_at(day, 16), today=day)
            made += 1
    return made
