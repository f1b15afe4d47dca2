"""A small, fixed bank for trying the console and for its tests: three branches' records,
sent the way devices send them (enrolment code, enrolment, push), so the console reads exactly
what sync stores. Personal data appears only in masked form, as in real payloads.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.headoffice import service
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.sync import wire

BRANCHES = (("310115", "浦东支行"), ("310101", "黄浦支行"), ("110105", "朝阳支行"))


def _utc(d: date, hour: int = 10) -> str:
    return datetime.combine(d, time(hour), LOCAL_TZ).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _id(*parts) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "branchdesk-sample/" + "/".join(map(str, parts))))


def complaint(branch: str, n: int, received: date, *, status: str, business: str, cause: str, due: date,
              decided: date | None = None, name: str = "张*", phone: str = "139****5678", handler: str = "") -> dict:
    rid = _id(branch, "c", n)
    events = [{"id": _id(rid, "e0"), "complaint_id": rid, "at": _utc(received), "on": received.isoformat(),
               "actor": "teller01", "action": "register", "from_status": "", "to_status": "registered",
               "detail": {}, "reason": ""}]
    if decided:
        events.append({"id": _id(rid, "e1"), "complaint_id": rid, "at": _utc(decided, 15), "on": decided.isoformat(),
                       "actor": "manager", "action": "decide", "from_status": "investigating", "to_status": "decided",
                       "detail": {}, "reason": ""})
    return {"id": rid, "ref_no": f"TK-{branch}-0001-{received.year}-{n:06d}", "branch_code": branch,
            "device_id": "", "created_at": _utc(received), "created_by": "teller01", "updated_at": _utc(received),
            "updated_by": "teller01", "version": 1, "received_at": _utc(received), "received_on": received.isoformat(),
            "intake_channel": "COUNTER", "complainant_name_sealed": "v1:sealed", "complainant_name_masked": name,
            "complainant_phone_sealed": "v1:sealed", "complainant_phone_masked": phone,
            "respondent_org": "营业部", "facts": "办理转账时被收取了未告知的手续费", "request": "退还手续费并解释原因",
            "demand_type": "REFUND", "class_channel": "A101", "class_business": business, "class_cause": cause,
            "priority": "NORMAL", "handler": handler, "supervisor": "", "status": status,
            "due_on": due.isoformat(), "closed_on": None, "events": events}


def fraud(branch: str, n: int, occurred: date, *, fraud_type: str, amount_fen: int) -> dict:
    return {"id": _id(branch, "f", n), "ref_no": f"FZ-{branch}-{n:06d}", "branch_code": branch, "device_id": "",
            "created_at": _utc(occurred), "created_by": "teller01", "updated_at": _utc(occurred),
            "updated_by": "teller01", "version": 1, "deleted_at": None, "occurred_at": _utc(occurred),
            "detection_source": "TELLER", "business_type": "XFER_OUT", "channel": "COUNTER", "subject_role": "VICTIM",
            "customer_gender": "U", "age_band": "60P", "fraud_type": fraud_type, "contact_vector": "PHONE",
            "police_notified": False, "police_attended": False, "police_ref": "", "delete_reason": None,
            "deleted_by": None,
            "amount_attempted": amount_fen, "amount_protected": amount_fen, "actions": ["DISSUADE"],
            "outcome": "STOPPED", "narrative": "柜面劝阻", "recorder": "张*", "reviewer": ""}


def education(branch: str, n: int, starts: date, *, campaign: str, groups: list[str], attendees: int,
              reach: int) -> dict:
    return {"id": _id(branch, "e", n), "ref_no": f"JY-{branch}-{n:06d}", "branch_code": branch, "device_id": "",
            "created_at": _utc(starts), "created_by": "teller01", "updated_at": _utc(starts), "updated_by": "teller01",
            "version": 1, "deleted_at": None, "status": "done", "starts_at": _utc(starts, 9),
            "ends_at": _utc(starts, 11), "campaign": campaign, "slogan": "守住钱袋子", "topics": [],
            "location_type": "BRANCH", "address": "", "target_groups": groups, "attendees": attendees,
            "online_reach": reach, "materials": [], "partners": [], "organiser": "", "staff": [], "summary": ""}


def send(store: HeadOfficeStore, branch: str, name: str, payloads: list[tuple[str, dict]]) -> str:
    """Enrol a device for the branch and push the records through the service; returns the device id."""
    code = service.issue_enrol_code(store, branch, branch_name=name)
    device_id = str(uuid.uuid4())
    service.enrol(store, wire.EnrolRequest(code=code, device_id=device_id, label=f"{name}柜面"))
    dev = service.DeviceAuth(device_id, branch)
    ops = [wire.Op(op_id=str(uuid.uuid4()), kind=kind, record_id=p["id"], op="create",
                   payload={**p, "device_id": device_id}) for kind, p in payloads]
    res = service.push(store, dev, wire.PushRequest(schema=wire.SCHEMA_VERSION, branch=branch, ops=ops))
    bad = [r for r in res.results if r.status != wire.APPLIED]
    if bad:
        raise RuntimeError(f"sample records refused: {bad[:3]}")
    return device_id


def seed(store: HeadOfficeStore, today: date) -> dict:
    """The fixed sample (its expected figures are listed in EXPECTED); dates are relative to today."""
    y = today.year
    jan, feb, mar = date(y, 1, 10), date(y, 2, 12), date(y, 3, 5)
    recent = today - timedelta(days=3)
    pd, hp, cy = (b for b, _n in BRANCHES)
    records = {pd: [], hp: [], cy: []}
    c = records[pd]
    c.append(("complaint", complaint(pd, 1, jan, status="closed", business="B04", cause="C02", due=jan + timedelta(15),
                                     decided=jan + timedelta(6), name="王*", phone="138****0001")))
    c.append(("complaint", complaint(pd, 2, feb, status="closed", business="B04", cause="C11", due=feb + timedelta(15),
                                     decided=feb + timedelta(10), name="王*", phone="138****0001")))
    c.append(("complaint", complaint(pd, 3, recent, status="accepted", business="B01", cause="C02",
                                     due=today + timedelta(5), name="王*", phone="138****0001")))
    c.append(("complaint", complaint(pd, 4, mar if mar < recent else recent, status="investigating", business="B04",
                                     cause="C02", due=today - timedelta(2), name="李*", phone="136****2222")))
    c.append(("fraud", fraud(pd, 1, jan, fraud_type="F06", amount_fen=5_000_000)))
    c.append(("fraud", fraud(pd, 2, feb, fraud_type="F02", amount_fen=12_345_600)))
    c.append(("education", education(pd, 1, mar if mar < today else recent, campaign="C315",
                                     groups=["ELDERLY", "STUDENTS"], attendees=120, reach=3000)))
    h = records[hp]
    h.append(("complaint", complaint(hp, 1, feb, status="registered", business="B01", cause="C11",
                                     due=today - timedelta(10), name="赵*", phone="135****3333")))
    h.append(("fraud", fraud(hp, 1, feb, fraud_type="F06", amount_fen=800_000)))
    h.append(("education", education(hp, 1, feb, campaign="C315", groups=["ELDERLY"], attendees=80, reach=0)))
    b = records[cy]
    b.append(("complaint", complaint(cy, 1, jan, status="closed", business="B04", cause="C02", due=jan + timedelta(15),
                                     decided=jan + timedelta(2), name="钱*", phone="137****4444")))
    b.append(("fraud", fraud(cy, 1, date(y - 1, 12, 20), fraud_type="F06", amount_fen=99_900)))  # last year
    devices = {}
    for code, name in BRANCHES:
        devices[code] = send(store, code, name, records[code])
    return {"devices": devices, "records": records}


# What the overview shows for the whole bank this year (from January 1st to today).
EXPECTED = {
    "complaints": {"received": 6, "closed": 3, "open": 3, "overdue": 2, "avg_days": 6.0},
    "fraud": {"cases": 3, "amount": 5_000_000 + 12_345_600 + 800_000},
    "education": {"events": 2, "attendees": 200, "reach": 3000},
}
