"""Demo fraud interceptions: a year of a busy branch's register, shaped like the real thing.

Fraud types are weighted like the Ministry of Public Security's high-incidence lists (fake
"safe account" police calls, fake investment and task-rebate scams most common); about a third
of the customers are 60 or over, and concentrated in the types that target the elderly; police
are involved in about 40% of cases. People in the narratives are named only as 李女士 / 张某.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from branchdesk.domain.fraud import FraudInterception
from branchdesk.domain.timeutil import from_local, local_date

RECORDERS = ("teller01", "teller02", "teller03", "teller04", "teller05")
LOBBY = ("lobby01", "lobby02")
REVIEWERS = ("manager01", "manager02", "")

# (code, weight, share of customers 60+, typical attempted amount in yuan, spread)
TYPES = (
    ("F06", 20, 0.62, 90000, 0.9),   # 冒充公检法: "safe account", the elderly's main risk
    ("F02", 17, 0.34, 120000, 1.0),  # 虚假投资理财
    ("F01", 16, 0.08, 12000, 0.9),   # 刷单返利
    ("F03", 9, 0.06, 8000, 0.7),     # 虚假网络贷款
    ("F05", 8, 0.30, 15000, 0.8),    # 冒充电商物流客服
    ("F07", 6, 0.40, 40000, 0.8),    # 冒充领导熟人
    ("F09", 6, 0.18, 60000, 1.0),    # 婚恋交友/杀猪盘
    ("F04", 5, 0.04, 10000, 0.7),    # 虚假征信
    ("F13", 4, 0.85, 30000, 0.7),    # 冒充亲属、虚构险情
    ("F12", 4, 0.92, 100000, 0.9),   # 养老/非法集资
    ("F08", 2, 0.20, 5000, 0.7),     # 虚假购物服务
    ("F10", 1, 0.00, 3000, 0.6),     # 游戏交易
    ("F11", 1, 0.25, 8000, 0.6),     # 冒充军警购物
    ("F99", 1, 0.30, 20000, 0.8),
)

_VECTORS = {
    "F06": (("PHONE", 6), ("SCREEN", 2), ("SOCIAL", 1)),
    "F02": (("SOCIAL", 6), ("VIDEO", 3), ("PHONE", 1)),
    "F01": (("SOCIAL", 6), ("VIDEO", 3), ("SMS", 1)),
    "F03": (("SMS", 4), ("SOCIAL", 3), ("PHONE", 2), ("SCREEN", 1)),
    "F05": (("PHONE", 6), ("SCREEN", 3), ("SMS", 1)),
    "F07": (("SOCIAL", 8), ("PHONE", 2)),
    "F09": (("SOCIAL", 8), ("VIDEO", 2)),
    "F04": (("PHONE", 6), ("SCREEN", 3), ("SMS", 1)),
    "F13": (("PHONE", 8), ("SOCIAL", 2)),
    "F12": (("PHONE", 4), ("OTHER", 3), ("MAIL", 2), ("SOCIAL", 1)),
    "F08": (("SOCIAL", 5), ("VIDEO", 4), ("MAIL", 1)),
    "F10": (("SOCIAL", 7), ("VIDEO", 3)),
    "F11": (("PHONE", 6), ("SOCIAL", 4)),
    "F99": (("OTHER", 5), ("PHONE", 3), ("MAIL", 2)),
}

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
_LEAD = {
    "F06": ("{who}在柜面要求向外地账户转账{amt}元,称“配合公安调查资金”。",
            "{who}神情紧张地要求把定期存单提前支取后转入“安全账户”,金额{amt}元。",
            "{who}边打电话边办理转账{amt}元,对方自称检察院工作人员,称其涉嫌洗钱。"),
    "F02": ("{who}要求向陌生个人账户转账{amt}元,称是在某投资群里跟“老师”炒股的入金。",
            "{who}来网点大额转账{amt}元购买所谓“内部原始股”,称平台稳赚不赔。",
            "{who}欲转账{amt}元至某“数字货币”平台充值,称已在平台上“盈利”翻倍但无法提现。"),
    "F01": ("{who}要求转账{amt}元,称在做网络“点赞刷单”任务,需垫付后才能领取返利。",
            "{who}称在短视频平台接了“做任务返佣金”的兼职,已垫付多笔,现欲再转{amt}元“解冻”。"),
    "F03": ("{who}称在网上申请低息贷款,对方要求先交“解冻费”“保证金”{amt}元。",
            "{who}欲转账{amt}元,称贷款APP提示“银行卡号填错、资金被冻结”需缴费解冻。"),
    "F04": ("{who}接到自称金融平台客服的电话,称其大学时开通的“校园贷”需注销,否则影响征信,要求转账{amt}元。",
            "{who}欲转账{amt}元,对方称可“修复不良征信记录”。"),
    "F05": ("{who}接到自称快递客服的电话,称包裹丢失需理赔,按对方指引开通共享屏幕并欲转账{amt}元。",
            "{who}称网购客服说其误开通了“会员服务”,不取消会每月扣费,要求转账{amt}元“验证流水”。"),
    "F07": ("{who}要求向陌生账户转账{amt}元,称“领导”在社交软件上让其先垫付一笔款项。",
            "{who}称“老同学”在社交软件上借钱急用,欲转账{amt}元,但未与对方通过电话。"),
    "F08": ("{who}欲转账{amt}元购买网上低价商品,卖家要求绕开平台私下付款。",),
    "F09": ("{who}要求转账{amt}元给一名网上认识、从未见面的“男友/女友”,称对方带其投资博彩网站。",
            "{who}欲向境外账户汇款{amt}元,称网恋对象需要“清关费”才能寄来礼物。"),
    "F10": ("{who}欲转账{amt}元购买游戏账号装备,对方要求先付“保证金”。",),
    "F11": ("{who}称有“部队采购人员”订货,要求其先垫付{amt}元向指定“供应商”进货。",),
    "F12": ("{who}要求支取{amt}元购买“养老项目”份额,称每月有高额返利,还能领鸡蛋等礼品。",
            "{who}欲取现{amt}元参加“以房养老”理财项目,称业务员承诺年化收益两成以上。"),
    "F13": ("{who}接到电话称其孙子在外地打架受伤住院,需立即转账{amt}元“医疗费”。",
            "{who}称“儿子”在外地出事需交保证金,欲转账{amt}元,但联系不上本人。"),
    "F99": ("{who}欲向陌生账户转账{amt}元,对用途说法前后矛盾。",),
}
_SPOT = (
    "柜员发现客户转账用途说不清、收款人为陌生人,",
    "大堂经理注意到客户一直在接听电话并按对方指示操作,",
    "系统对该笔交易发出风险预警,",
    "柜员识别出典型诈骗话术,",
    "接公安预警推送,该客户近期与涉诈号码有通话,",
)
_HANDLE = {
    "STOPPED": ("经耐心劝阻并讲解同类案例,客户意识到被骗,放弃转账。",
                "联系家属到场共同劝说,客户最终放弃汇款。",
                "经核实为诈骗,客户放弃办理并删除了对方联系方式。"),
    "PARTIAL": ("客户此前已通过手机银行转出部分款项,网点协助止付,剩余资金保住。",),
    "FAILED": ("客户坚持认为不是诈骗,拒绝劝阻并改用其他渠道转账,网点已登记并上报。",),
    "ARREST": ("民警到场后将前来取款的涉诈人员带走调查。",),
    "PENDING": ("客户暂缓办理,称回家与家人商量,网点已提示风险并留存记录,待回访确认。",),
}
_POLICE_TAIL = ("网点拨打110报警,民警到场后进一步劝导。", "网点联系属地派出所反诈民警,民警到场核实。",
                "经96110核实确认为诈骗。")


def _weighted(rng: random.Random, pairs):
    codes, weights = zip(*pairs)
    return rng.choices(codes, weights)[0]


def _amount_yuan(rng: random.Random, typical: float, spread: float) -> int:
    """Round like people do: 49,800 or 50,000, not 49,813.27."""
    raw = rng.lognormvariate(0, spread) * typical
    if raw >= 100000:
        step = rng.choice((10000, 5000, 1000))
    elif raw >= 10000:
        step = rng.choice((1000, 1000, 500, 100))
    else:
        step = rng.choice((100, 100, 50, 10))
    return max(step, int(round(raw / step) * step) - (200 if rng.random() < 0.08 and raw > 5000 else 0))


def _when(rng: random.Random, today: date) -> datetime:
    """A weekday (mostly) in business hours within the year before today, in UTC."""
    while True:
        d = today - timedelta(days=rng.randrange(1, 366))  # before today: never a time still to come
        if d.weekday() < 5 or rng.random() < 0.35:
            break
    minutes = rng.randrange(9 * 60, 16 * 60 + 30)
    return from_local(datetime.combine(d, time(minutes // 60, minutes % 60)))


def _who(rng: random.Random, elderly: bool, gender: str) -> str:
    s = rng.choice(_SURNAMES)
    if rng.random() < 0.25:
        return f"{s}某"
    if elderly and rng.random() < 0.5:
        return f"{s}阿姨" if gender == "F" else f"{s}大爷"
    return f"{s}女士" if gender == "F" else f"{s}先生"


def generate_one(rng: random.Random, today: date) -> FraudInterception:
    ftype, _w, elderly_share, typical, spread = rng.choices(TYPES, [t[1] for t in TYPES])[0]
    elderly = rng.random() < elderly_share
    suspect = not elderly and rng.random() < 0.05
    if elderly:
        band = "60P"
    else:
        band = rng.choices(("LT18", "18_40", "41_59"), (2, 62, 36))[0]
    gender = rng.choices(("F", "M", "U"), (57, 40, 3) if elderly else (50, 47, 3))[0]
    attempted = _amount_yuan(rng, typical * (1.3 if elderly else 1.0), spread)
    detection = rng.choices(("TELLER", "LOBBY", "SYSTEM", "POLICE", "CALL"), (45, 25, 15, 12, 3))[0]
    if suspect:
        outcome = rng.choices(("ARREST", "STOPPED"), (65, 35))[0]
        business = rng.choice(("OPEN", "CASH", "LIMIT"))
    else:
        outcome = rng.choices(("STOPPED", "PARTIAL", "FAILED", "PENDING"), (80, 7, 6, 7))[0]
        business = rng.choices(("XFER_OUT", "XFER_IN", "CASH", "EARLY", "LIMIT", "MOBILE", "WEALTH", "OPEN"),
                               (38, 8, 18, 12 if elderly else 4, 8, 5, 4, 2))[0]
    channel = rng.choices(("COUNTER", "ATM", "ONLINE", "PHONE"), (78, 6, 13, 3))[0]
    if business in ("OPEN", "EARLY", "WEALTH", "LIMIT", "MOBILE"):
        channel = "COUNTER"
    police = outcome == "ARREST" or detection == "POLICE" or rng.random() < (0.32 if outcome == "STOPPED" else 0.45)
    attended = police and rng.random() < 0.6
    if outcome in ("STOPPED", "ARREST"):
        protected = attempted
    elif outcome == "PARTIAL":
        protected = int(attempted * rng.uniform(0.3, 0.9) // 100 * 100)
    elif outcome == "FAILED":
        protected = 0
    else:
        protected = None
    actions = ["DISSUADE"]
    if rng.random() < 0.7:
        actions.append("DEFER")
    if elderly and rng.random() < 0.55:
        actions.append("FAMILY")
    if police:
        actions.append(rng.choice(("CALL110", "LOCAL_POLICE", "LOCAL_POLICE")))
    if rng.random() < 0.2:
        actions.append("CALL96110")
    if outcome in ("PARTIAL", "ARREST") or rng.random() < 0.06:
        actions.append("FREEZE")
    occurred = _when(rng, today)

    who = _who(rng, elderly, gender)
    if suspect:
        lead = f"{who}持多张他人银行卡要求办理业务,神色慌张,对资金来源说法不一。"
    else:
        lead = rng.choice(_LEAD[ftype]).format(who=who, amt=f"{attempted:,}")
    parts = [lead, rng.choice(_SPOT), rng.choice(_HANDLE[outcome])]
    if police and outcome != "ARREST":
        parts.append(rng.choice(_POLICE_TAIL))
    ref = f"JB{local_date(occurred).year}{rng.randrange(1, 99999):05d}" if police and rng.random() < 0.7 else ""
    recorder = rng.choice(LOBBY) if detection == "LOBBY" and rng.random() < 0.5 else rng.choice(RECORDERS)
    return FraudInterception(
        occurred_at=occurred, detection_source=detection, business_type=business, channel=channel,
        subject_role="SUSPECT" if suspect else "VICTIM", customer_gender=gender, age_band=band,
        fraud_type=ftype if not suspect else rng.choice(("F06", "F02", "F01", "F99")),
        contact_vector=_weighted(rng, _VECTORS[ftype]), amount_attempted=attempted * 100,
        amount_protected=None if protected is None else protected * 100, actions=tuple(actions),
        police_notified=police, police_attended=attended, police_ref=ref, outcome=outcome,
        narrative="".join(parts), recorder=recorder, reviewer=rng.choice(REVIEWERS),
    )


def generate(rng: random.Random, count: int, today: date) -> list[FraudInterception]:
    """Records in the order they happened (so reference numbers rise with time, as at a real desk)."""
    records = [generate_one(rng, today) for _ in range(count)]
    records.sort(key=lambda r: r.occurred_at)
    return records


def fill(store, rng: random.Random, count: int, today: date) -> int:
    """Each teller records their own interceptions; written in bulk, with outbox and audit entries."""
    from branchdesk.demo import BATCH
    from branchdesk.store.reference import load_refbook
    from branchdesk.store.fraud_bulk import create_many

    with store.read() as s:
        refs = load_refbook(s)
    records = generate(rng, count, today)
    for start in range(0, len(records), BATCH):
        with store.write() as session:
            create_many(session, [(r, None) for r in records[start:start + BATCH]], refs)
    return len(records)
