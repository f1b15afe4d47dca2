"""Demo financial-education events: a year of outreach with the campaign months standing out
(3·15 in March, 防非 in June, 宣传月 in September) and a few events planned for the weeks ahead."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from branchdesk.domain.education import HELD, PLANNED, EducationEvent, Material, Partner
from branchdesk.domain.timeutil import from_local

ACTOR = "demo"

CAMPAIGN_MONTHS = {3: "C315", 6: "ANTI_ILLEGAL", 9: "EDU_MONTH"}
SLOGANS = {
    "C315": ["金融保障权益 助力美好生活", "守护金融消费者合法权益", "权益护航 幸福相伴"],
    "ANTI_ILLEGAL": ["守住钱袋子·护好幸福家", "远离非法集资 拒绝高利诱惑"],
    "EDU_MONTH": ["金融知识进万家 争做理性投资者 争做金融好网民", "金融为民 守护美好"],
    "WANLI": ["普及金融知识 守住钱袋子"],
    "COUNTY": ["担当新使命 消保县域行"],
    "DAILY": ["警惕电信诈骗 守护养老钱", "保护个人信息 从我做起", "珍爱信用记录 远离校园贷", "识别假币 人人有责"],
}
# (place type, target groups it usually reaches, typical topics, address pool)
PLACES = [
    ("COMMUNITY", ["ELDERLY", "NEW_CITIZENS"], ["ANTI_FRAUD", "ELDERLY", "PRIVACY"],
     ["张江镇社区文化活动中心", "花木街道居民活动室", "北蔡镇老年活动中心", "金杨新村社区服务中心"]),
    ("CAMPUS", ["STUDENTS"], ["CAMPUS_LOAN", "ANTI_FRAUD", "CREDIT"],
     ["上海建桥学院报告厅", "浦东外国语学校礼堂", "杉达学院图书馆"]),
    ("WORKSITE", ["MIGRANT", "NEW_CITIZENS"], ["ANTI_FRAUD", "ANTI_ILLEGAL", "COUNTERFEIT"],
     ["张江科学城某工地生活区", "金桥出口加工区职工食堂"]),
    ("MALL", ["NEW_CITIZENS", "SME"], ["INVEST", "ANTI_ILLEGAL", "PRIVACY"], ["陆家嘴正大广场中庭", "八佰伴商圈广场"]),
    ("VILLAGE", ["RURAL", "ELDERLY"], ["COUNTERFEIT", "ANTI_ILLEGAL", "ANTI_FRAUD"], ["航头镇牌楼村村委会", "大团镇赵桥村"]),
    ("BRANCH", ["ELDERLY", "DISABLED", "FOREIGN"], ["ANTI_FRAUD", "ELDERLY"], ["本支行营业厅"]),
    ("CARE_HOME", ["ELDERLY"], ["ANTI_FRAUD", "ELDERLY"], ["浦东新区第一敬老院", "康桥养老院"]),
    ("ONLINE", ["NEW_CITIZENS", "STUDENTS", "ELDERLY"], ["ANTI_FRAUD", "PRIVACY", "INVEST"],
     ["支行视频号直播", "官方公众号推文"]),
]
PLACE_WEIGHTS = [30, 12, 10, 10, 8, 14, 8, 8]
PARTNERS = {
    "COMMUNITY": ("COMMITTEE", "居委会"), "CAMPUS": ("SCHOOL", "学校保卫处"), "WORKSITE": ("EMPLOYER", "项目部"),
    "VILLAGE": ("COMMITTEE", "村委会"), "CARE_HOME": ("OTHER", "养老院"), "MALL": ("ASSOCIATION", "商圈管委会"),
}
ORGANISERS = ["王丽", "陈刚", "刘洋", "张敏"]
STAFF = ["李明", "赵芳", "孙磊", "周婷", "吴杰", "郑洁", "黄涛"]
SUMMARIES = ["以案说法,讲解常见诈骗手法并现场答疑", "发放宣传折页,演示识别假币", "结合真实案例讲解非法集资特征",
             "讲解个人信息保护与征信知识", "互动问答,发放宣传品"]


def _event(rng: random.Random, day: date, campaign: str, status: str) -> EducationEvent:
    place, groups, topics, addresses = rng.choices(PLACES, PLACE_WEIGHTS)[0]
    start_local = datetime.combine(day, time(rng.choice([9, 10, 14, 15, 19]), rng.choice([0, 30])))
    starts = from_local(start_local)
    ends = starts + timedelta(minutes=rng.choice([60, 90, 120, 180]))
    online = place == "ONLINE"
    if status == HELD:
        attendees = None if online else rng.randint(15, 160 if place != "MALL" else 400)
        reach = rng.randint(800, 12000) if online else None
    else:
        attendees = reach = None
    materials = () if online else tuple(
        Material(t, rng.choice([50, 100, 150, 200, 300])) for t in rng.sample(["LEAFLET", "BOOKLET", "GIFT"],
                                                                             rng.randint(1, 2)))
    partner = PARTNERS.get(place)
    partners = (Partner(partner[0], rng.choice(addresses)[:6] + partner[1]),) if partner else ()
    if rng.random() < 0.25 and not online:
        partners += (Partner("POLICE", "辖区派出所反诈民警"),)
    return EducationEvent(
        status=status, starts_at=starts, ends_at=ends, campaign=campaign, slogan=rng.choice(SLOGANS[campaign]),
        topics=tuple(rng.sample(topics, rng.randint(1, min(2, len(topics))))), location_type=place,
        address=rng.choice(addresses), target_groups=tuple(rng.sample(groups, rng.randint(1, min(2, len(groups))))),
        attendees=attendees, online_reach=reach, materials=materials, partners=partners,
        organiser=rng.choice(ORGANISERS), staff=tuple(rng.sample(STAFF, rng.randint(1, 3))),
        summary=rng.choice(SUMMARIES) if status == HELD else "",
    )


def events(rng: random.Random, count: int, today: date) -> list[EducationEvent]:
    """`count` held events over the last 12 months and a few planned ones in the next five weeks."""
    out: list[EducationEvent] = []
    start = today - timedelta(days=365)
    campaign_days = [start + timedelta(days=i) for i in range(365)
                     if (start + timedelta(days=i)).month in CAMPAIGN_MONTHS]
    other_days = [start + timedelta(days=i) for i in range(365)
                  if (start + timedelta(days=i)).month not in CAMPAIGN_MONTHS]
    for _ in range(count):
        # About half of all outreach happens in the three campaign months.
        if campaign_days and rng.random() < 0.5:
            day = rng.choice(campaign_days)
            campaign = CAMPAIGN_MONTHS[day.month] if rng.random() < 0.85 else "DAILY"
        else:
            day = rng.choice(other_days or campaign_days)
            campaign = rng.choices(["DAILY", "WANLI", "COUNTY"], [80, 12, 8])[0]
        if day >= today:
            day = today - timedelta(days=1)
        out.append(_event(rng, day, campaign, HELD))
    for i in range(max(2, min(6, count // 20))):
        day = today + timedelta(days=rng.randint(2, 35))
        campaign = CAMPAIGN_MONTHS.get(day.month, "DAILY")
        out.append(_event(rng, day, campaign, PLANNED))
    return out


EVENTS_PER_RECORD = 5  # a branch holds about one outreach event for every five interceptions it records
BATCH = 2000


def fill(store, rng: random.Random, count: int, today: date) -> int:
    """Add about count / 5 held events (at least 12) and a few planned ones; returns how many."""
    from branchdesk.store import education_repo as repo
    from branchdesk.store.reference import load_refbook

    with store.read() as s:
        refs = load_refbook(s)
    made = events(rng, max(12, count // EVENTS_PER_RECORD), today)
    for start in range(0, len(made), BATCH):  # short transactions: the window may be reading meanwhile
        with store.write() as s:
            for ev in made[start:start + BATCH]:
                repo.create(s, ev, refs, actor=ACTOR)
    return len(made)
