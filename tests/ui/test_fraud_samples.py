"""Realistic interception records for UI tests and screenshots (through fraud_repo.create, like the form)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from branchdesk.domain.fraud import FraudInterception, validate
from branchdesk.store import fraud_repo

RECORDERS = ("wangli", "zhaomin", "chenjing", "liuyang")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
# (fraud type, weight, typical story)
STORIES = (
    ("F06", 18, "{n}称接到“公安局”电话,要求将存款转入“安全账户”配合调查。"),
    ("F02", 16, "{n}拟向“投资导师”推荐的平台账户转账,称可获高额回报。"),
    ("F01", 14, "{n}在兼职群内做“刷单任务”,被要求先垫付资金后返利。"),
    ("F09", 10, "{n}通过交友软件结识“男友”,对方劝其投资博彩平台。"),
    ("F03", 9, "{n}为办理网络贷款需先缴纳“解冻金”“保证金”。"),
    ("F05", 9, "{n}接到自称快递客服来电,称包裹丢失需办理理赔退款。"),
    ("F04", 6, "{n}被告知需“注销校园贷”否则影响征信,要求转账清零。"),
    ("F13", 6, "{n}接到“儿子”来电称出车祸急需手术费。"),
    ("F12", 5, "{n}参加“养老项目”推介会,准备取现购买养老产品。"),
    ("F07", 4, "{n}收到“领导”微信,要求向指定账户汇款。"),
    ("F08", 2, "{n}网购低价商品,被要求到柜台转账付款。"),
    ("F99", 1, "{n}情况可疑,经询问存在被骗风险。"),
)


def sample(rng: random.Random, now: datetime, recorder: str) -> FraudInterception:
    ftype, _w, story = rng.choices(STORIES, weights=[s[1] for s in STORIES])[0]
    elderly = ftype in ("F06", "F12", "F13") and rng.random() < 0.7 or rng.random() < 0.15
    band = "60P" if elderly else rng.choice(("18_40", "18_40", "41_59", "LT18"))
    gender = rng.choice("FFM")
    name = rng.choice(SURNAMES) + ("女士" if gender == "F" else "先生")
    attempted = rng.choice((3_000, 5_000, 8_000, 20_000, 50_000, 100_000, 200_000, 380_000)) * 100
    attempted += rng.randrange(0, 1000) * 100
    outcome = rng.choices(("STOPPED", "PARTIAL", "FAILED", "ARREST", "PENDING"), weights=(70, 10, 6, 4, 10))[0]
    protected = {"STOPPED": attempted, "ARREST": attempted, "PARTIAL": attempted * rng.randrange(30, 90) // 100,
                 "FAILED": 0, "PENDING": attempted // 2}[outcome]
    police = outcome in ("ARREST",) or rng.random() < 0.35
    actions = ["DISSUADE"] + rng.sample(["DEFER", "FAMILY", "CALL96110", "FREEZE"], rng.randrange(0, 3))
    if police:
        actions.append(rng.choice(["CALL110", "LOCAL_POLICE"]))
    # Branch opening hours, 09:00-16:59 in Shanghai (01:00-08:59 UTC), never later than `now`.
    day = (now - timedelta(days=rng.randrange(1, 400))).date()
    occurred = datetime(day.year, day.month, day.day, 1 + rng.randrange(8), rng.randrange(60), tzinfo=timezone.utc)
    return FraudInterception(
        occurred_at=occurred, detection_source=rng.choice(
            ("TELLER", "TELLER", "LOBBY", "SYSTEM", "POLICE")),
        business_type=rng.choice(("XFER_OUT", "XFER_OUT", "CASH", "XFER_IN", "LIMIT", "OPEN", "WEALTH")),
        channel=rng.choice(("COUNTER", "COUNTER", "COUNTER", "ATM", "ONLINE")), subject_role="VICTIM",
        customer_gender=gender, age_band=band, fraud_type=ftype,
        contact_vector=rng.choice(("PHONE", "SOCIAL", "SMS", "VIDEO", "SCREEN")),
        amount_attempted=attempted, amount_protected=protected, actions=tuple(actions),
        police_notified=police, police_attended=police and rng.random() < 0.5,
        police_ref=f"JJ{rng.randrange(10**5, 10**6)}" if police and rng.random() < 0.6 else "",
        outcome=outcome, narrative=story.format(n=name), recorder=recorder,
        reviewer=rng.choice(("", "网点经理")),
    )


def fill_register(store, refs, n: int = 300, *, seed: int = 7, recorders=RECORDERS,
                  now: datetime | None = None) -> list[str]:
    """Create n records in one transaction; returns their ids."""
    rng = random.Random(seed)
    now = now or datetime.now(timezone.utc) - timedelta(minutes=5)
    ids = []
    with store.write() as s:
        for i in range(n):
            who = recorders[i % len(recorders)]
            ids.append(fraud_repo.create(s, sample(rng, now, who), refs, actor=who).id)
    return ids


def test_samples_are_valid_and_varied(refs):
    rng = random.Random(1)
    now = datetime.now(timezone.utc)
    recs = [sample(rng, now, "wangli") for _ in range(200)]
    assert all(validate(r, refs) == [] for r in recs)
    assert len({r.fraud_type for r in recs}) >= 8
    assert any(r.age_band == "60P" for r in recs) and any(r.police_notified for r in recs)
