"""The head-office console over HTTP without a browser: sign-in, CSRF, session expiry, roles,
bad input on every form, and the overview's figures (SQLite here and on PostgreSQL)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta

import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from branchdesk.domain.timeutil import local_now
from branchdesk.headoffice.app import create_app
from branchdesk.headoffice.console import auth, facts, queries, sample
from branchdesk.headoffice.console.models import ConsoleAudit, ConsoleSession
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import EnrolCode, Holiday, Record, ReferenceCode
from tests.support.pg import pg_cluster, pg_url  # noqa: F401 - fixtures

PASSWORD = "Shanghai-2026!"
ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path):
    st = HeadOfficeStore(f"sqlite:///{tmp_path / 'headoffice.sqlite'}")
    st.migrate()
    st.sample = sample.seed(st, local_now().date())
    for name, role in (("zhou", "staff"), ("audit", "auditor"), ("root", "admin")):
        auth.add_user(st, name, role, PASSWORD, display_name={"zhou": "周敏"}.get(name, ""))
    yield st
    st.close()


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def signed_in(store, username: str) -> TestClient:
    c = TestClient(create_app(store))
    page = c.get("/console/login")
    r = c.post("/console/login", data={"username": username, "password": PASSWORD, "csrf": _csrf(page.text)})
    assert r.status_code == 200 and r.url.path == "/console/overview"
    return c


def _complaint(store, branch="310115", n=3) -> str:
    return next(p["id"] for k, p in store.sample["records"][branch] if k == "complaint"
                and p["ref_no"].endswith(f"{n:06d}"))


def _payload(store, rid: str) -> tuple[dict, int]:
    with store.session() as s:
        rec = s.get(Record, rid)
        return rec.payload, rec.server_version


def _count(store, model, *where) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _figure(html: str, element_id: str) -> str:
    return re.search(rf'id="{element_id}">([^<]*)<', html).group(1)


# ---------------------------------------------------------------- sign-in and sessions

def test_pages_need_sign_in(store):
    c = TestClient(create_app(store))
    for path in ("/console/overview", "/console/complaints", "/console/admin", "/console/audit",
                 f"/console/complaints/{_complaint(store)}", "/console/overview/business.xlsx"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/console/login", path


def test_wrong_password_is_refused_and_logged(store):
    c = TestClient(create_app(store))
    page = c.get("/console/login")
    r = c.post("/console/login", data={"username": "zhou", "password": "wrong-password", "csrf": _csrf(page.text)})
    assert r.status_code == 401 and "用户名或密码不正确" in r.text
    assert "bd_console" not in r.cookies
    assert _count(store, ConsoleAudit, ConsoleAudit.action == "sign_in", ConsoleAudit.outcome == "refused") == 1


def test_repeated_wrong_passwords_lock_the_name_for_a_while(store):
    c = TestClient(create_app(store))
    for _ in range(auth.MAX_FAILURES):
        page = c.get("/console/login")
        r = c.post("/console/login", data={"username": "zhou", "password": "guess-guess", "csrf": _csrf(page.text)})
        assert r.status_code == 401
    page = c.get("/console/login")
    r = c.post("/console/login", data={"username": "zhou", "password": PASSWORD, "csrf": _csrf(page.text)})
    assert r.status_code == 429 and "15 分钟后再试" in r.text  # even the right password waits
    assert "bd_console" not in r.cookies and _count(store, ConsoleSession) == 0
    assert _count(store, ConsoleAudit, ConsoleAudit.outcome == "throttled") == 1
    with store.session() as s:  # the window passes
        for a in s.execute(select(ConsoleAudit).where(ConsoleAudit.outcome == "refused")).scalars():
            a.at = a.at - auth.FAILURE_WINDOW
    signed_in(store, "zhou")


def test_sign_in_form_needs_its_csrf_token(store):
    c = TestClient(create_app(store))
    c.get("/console/login")
    r = c.post("/console/login", data={"username": "zhou", "password": PASSWORD, "csrf": "forged"})
    assert r.status_code == 403 and "表单已过期" in r.text
    assert _count(store, ConsoleSession) == 0


def test_password_is_stored_as_argon2_hash(store):
    from branchdesk.headoffice.console.models import ConsoleUser

    with store.session() as s:
        h = s.get(ConsoleUser, "zhou").password_hash
    assert h.startswith("$argon2id$") and PASSWORD not in h


@pytest.mark.parametrize("column", ["last_seen_at", "expires_at"])
def test_session_expires(store, column):
    c = signed_in(store, "zhou")
    assert c.get("/console/overview").status_code == 200
    # Idle for longer than the idle limit, or past the absolute end of the session.
    back = auth.IDLE + timedelta(minutes=1) if column == "last_seen_at" else timedelta(seconds=1)
    with store.session() as s:
        sess = s.execute(select(ConsoleSession)).scalar_one()
        setattr(sess, column, (sess.last_seen_at if column == "last_seen_at" else local_now()) - back)
    r = c.get("/console/overview", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    assert _count(store, ConsoleSession) == 0  # the ended session is gone, not merely ignored


def test_sign_out_ends_the_session(store):
    c = signed_in(store, "zhou")
    csrf = _csrf(c.get("/console/overview").text)
    c.post("/console/logout", data={"csrf": csrf})
    assert c.get("/console/overview", follow_redirects=False).status_code == 303
    assert _count(store, ConsoleSession) == 0


# ---------------------------------------------------------------- CSRF and roles

def test_form_without_or_with_wrong_csrf_is_refused_and_changes_nothing(store):
    c = signed_in(store, "zhou")
    cid = _complaint(store)
    before = _payload(store, cid)
    for data in ({"handler": "li"}, {"handler": "li", "csrf": "not-the-token"}):
        r = c.post(f"/console/complaints/{cid}/assign", data=data)
        assert r.status_code == 403 and "表单已过期" in r.text
    assert _payload(store, cid) == before
    assert _count(store, ConsoleAudit, ConsoleAudit.action == "csrf", ConsoleAudit.outcome == "refused") == 2


def test_csrf_token_of_another_session_is_refused(store):
    a, b = signed_in(store, "zhou"), signed_in(store, "root")
    cid = _complaint(store)
    token_of_b = _csrf(b.get("/console/overview").text)
    r = a.post(f"/console/complaints/{cid}/note", data={"text": "请尽快回访", "csrf": token_of_b})
    assert r.status_code == 403
    assert _count(store, Record, Record.kind == "complaint_note") == 0


def test_auditor_reads_everything_but_changes_nothing(store):
    c = signed_in(store, "audit")
    cid = _complaint(store)
    for path in ("/console/overview", "/console/complaints", f"/console/complaints/{cid}", "/console/admin",
                 "/console/audit"):
        assert c.get(path).status_code == 200, path
    page = c.get(f"/console/complaints/{cid}").text
    assert "指派经办人" not in page  # no forms offered
    csrf = _csrf(c.get("/console/admin").text)
    before, codes = _payload(store, cid), _count(store, EnrolCode)
    for path, data in ((f"/console/complaints/{cid}/assign", {"handler": "li"}),
                       (f"/console/complaints/{cid}/note", {"text": "督办"}),
                       (f"/console/complaints/{cid}/extension", {"text": "延期理由"}),
                       ("/console/admin/enrol-code", {"branch": "310115", "valid_hours": "24"}),
                       ("/console/admin/reference", {"rows": "category,code,label_zh_cn\njrt_cause,C99,其他"}),
                       ("/console/admin/holidays", {"year": "2027", "rows": "day,kind,name\n2027-01-01,holiday,元旦"})):
        r = c.post(path, data={**data, "csrf": csrf})
        assert r.status_code == 403 and "无权" in r.text, path
    device = next(iter(store.sample["devices"].values()))
    assert c.post(f"/console/admin/devices/{device}/revoke", data={"csrf": csrf}).status_code == 403
    assert _payload(store, cid) == before and _count(store, EnrolCode) == codes
    assert _count(store, Record, Record.kind == "complaint_note") == 0
    assert _count(store, ReferenceCode) == 0 and _count(store, Holiday) == 0
    assert _count(store, ConsoleAudit, ConsoleAudit.username == "audit", ConsoleAudit.outcome == "refused") == 7


def test_staff_may_work_cases_but_not_administer(store):
    c = signed_in(store, "zhou")
    csrf = _csrf(c.get("/console/admin").text)
    r = c.post("/console/admin/enrol-code", data={"branch": "310115", "valid_hours": "24", "csrf": csrf})
    assert r.status_code == 403


# ---------------------------------------------------------------- case actions

def test_assign_note_and_extension_are_stored_for_the_branch_and_audited(store):
    c = signed_in(store, "zhou")
    cid = _complaint(store)
    csrf = _csrf(c.get(f"/console/complaints/{cid}").text)
    r = c.post(f"/console/complaints/{cid}/assign", data={"handler": "li.na", "supervisor": "周敏", "csrf": csrf})
    assert r.status_code == 200 and "已指派经办人" in r.text
    assert _figure(r.text, "handler") == "li.na"
    payload, version = _payload(store, cid)
    assert (payload["handler"], payload["supervisor"], version) == ("li.na", "周敏", 2)
    c.post(f"/console/complaints/{cid}/note", data={"text": "请三日内回访客户", "csrf": csrf})
    r = c.post(f"/console/complaints/{cid}/extension", data={"text": "调查尚需调取监控", "csrf": csrf})
    assert "请三日内回访客户" in r.text and "【延期复核】调查尚需调取监控" in r.text
    with store.session() as s:
        notes = [(r.branch_code, r.payload["text"], r.payload["author"]) for r in
                 s.execute(select(Record).where(Record.kind == "complaint_note")).scalars()]
        actions = [(a.action, a.target, a.outcome) for a in
                   s.execute(select(ConsoleAudit).where(ConsoleAudit.username == "zhou")).scalars()]
    assert sorted(notes) == [("310115", "【延期复核】调查尚需调取监控", "headoffice:zhou"),
                             ("310115", "请三日内回访客户", "headoffice:zhou")]
    assert [a for a in actions if a[0] in ("assign", "note", "extension")] == [
        ("assign", cid, "ok"), ("note", cid, "ok"), ("extension", cid, "ok")]
    # The list shows the new handler (the fact table follows the record).
    assert "li.na" in c.get("/console/complaints?branch=310115&status=open").text


@pytest.mark.parametrize("action,data,message", [
    ("assign", {"handler": ""}, "请填写经办人"),
    ("assign", {"handler": "   "}, "请填写经办人"),
    ("assign", {"handler": "x" * 65}, "请填写经办人"),
    ("note", {"text": ""}, "请填写内容"),
    ("note", {"text": "客户电话 13912345678 请回电"}, "不得出现身份证号、手机号或卡号"),
    ("note", {"text": "长" * 1001}, "请填写内容"),
    ("extension", {"text": ""}, "请填写申请延期复核的理由"),
])
def test_bad_case_input_is_explained_and_stores_nothing(store, action, data, message):
    c = signed_in(store, "zhou")
    cid = _complaint(store)
    csrf = _csrf(c.get(f"/console/complaints/{cid}").text)
    before = _payload(store, cid)
    r = c.post(f"/console/complaints/{cid}/{action}", data={**data, "csrf": csrf})
    assert r.status_code == 422 and message in r.text
    assert _payload(store, cid) == before
    assert _count(store, Record, Record.kind == "complaint_note") == 0
    assert _count(store, ConsoleAudit, ConsoleAudit.action == action, ConsoleAudit.outcome == "invalid") == 1


def test_ended_case_cannot_be_assigned(store):
    c = signed_in(store, "zhou")
    cid = _complaint(store, n=1)  # closed
    csrf = _csrf(c.get(f"/console/complaints/{cid}").text)
    before = _payload(store, cid)
    r = c.post(f"/console/complaints/{cid}/assign", data={"handler": "li", "csrf": csrf})
    assert r.status_code == 422 and "已办结" in r.text and _payload(store, cid) == before


def test_unknown_case_is_404(store):
    c = signed_in(store, "zhou")
    assert c.get("/console/complaints/no-such-id").status_code == 404


# ---------------------------------------------------------------- administration

@pytest.mark.parametrize("path,data,message", [
    ("/console/admin/enrol-code", {"branch": "", "valid_hours": "24"}, "网点代码"),
    ("/console/admin/enrol-code", {"branch": "31 01", "valid_hours": "24"}, "网点代码"),
    ("/console/admin/enrol-code", {"branch": "310115", "valid_hours": "0"}, "有效时长"),
    ("/console/admin/enrol-code", {"branch": "310115", "valid_hours": "abc"}, "有效时长"),
    ("/console/admin/reference", {"rows": ""}, "请至少粘贴一行"),
    ("/console/admin/reference", {"rows": "category,code\njrt_cause,C99"}, "第 1 行"),
    ("/console/admin/reference", {"rows": "category,code,label_zh_cn,sort_order\njrt_cause,C99,其他,x"}, "第 1 行"),
    ("/console/admin/holidays", {"year": "", "rows": "day,kind\n2027-01-01,holiday"}, "年份"),
    ("/console/admin/holidays", {"year": "2027", "rows": ""}, "请至少粘贴一行"),
    ("/console/admin/holidays", {"year": "2027", "rows": "day,kind\n2027-02-30,holiday"}, "2027-02-30 无效"),
    ("/console/admin/holidays", {"year": "2027", "rows": "day,kind\n2026-10-01,holiday"}, "不在所选年份"),
    ("/console/admin/holidays", {"year": "2027", "rows": "day,kind\n2027-10-01,rest"}, "类型 rest 无效"),
])
def test_bad_admin_input_is_explained_and_stores_nothing(store, path, data, message):
    c = signed_in(store, "root")
    csrf = _csrf(c.get("/console/admin").text)
    counts = [_count(store, m) for m in (EnrolCode, ReferenceCode, Holiday)]
    r = c.post(path, data={**data, "csrf": csrf})
    assert r.status_code == 422 and message in r.text
    assert [_count(store, m) for m in (EnrolCode, ReferenceCode, Holiday)] == counts


def test_admin_issues_code_revokes_device_and_publishes(store):
    c = signed_in(store, "root")
    csrf = _csrf(c.get("/console/admin").text)
    r = c.post("/console/admin/enrol-code", data={"branch": "440305", "branch_name": "南山支行", "valid_hours": "48",
                                                  "csrf": csrf})
    code = _figure(r.text, "new-code")
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert code not in c.get("/console/admin").text  # shown once
    device = store.sample["devices"]["310101"]
    r = c.post(f"/console/admin/devices/{device}/revoke", data={"csrf": csrf})
    assert "设备已停用" in r.text
    from branchdesk.headoffice import service

    assert next(d for d in service.devices(store) if d["id"] == device)["revoked"]
    r = c.post("/console/admin/reference", data={"csrf": csrf, "rows": "category,code,label_zh_cn\njrt_cause,C99,其他原因"})
    assert "参考数据已发布" in r.text
    r = c.post("/console/admin/holidays", data={"csrf": csrf, "year": "2027",
                                                "rows": "day,kind,name\n2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休"})
    assert "节假日日历已发布" in r.text
    assert _count(store, ReferenceCode) == 1 and _count(store, Holiday) == 2
    log = c.get("/console/audit").text
    for action in ("enrol_code", "revoke", "publish_reference", "publish_holidays"):
        assert action in log


# ---------------------------------------------------------------- overview, list and export

def test_overview_shows_the_bank_and_filters_by_region_and_branch(store):
    c = signed_in(store, "zhou")
    html = c.get("/console/overview").text
    e = sample.EXPECTED
    assert [_figure(html, i) for i in ("c-received", "c-closed", "c-open", "c-overdue", "c-days")] == [
        "6", "3", "3", "2", "6.0"]
    assert _figure(html, "f-cases") == "3" and _figure(html, "f-amount") == "181,456.00"
    assert [_figure(html, i) for i in ("e-events", "e-attendees", "e-reach")] == ["2", "200", "3,000"]
    assert e["fraud"]["amount"] == 18_145_600
    assert "支付结算" in html and "<svg" in html  # labels from the reference data, charts inline
    assert "王* 138****0001" in html  # the frequent complainant, masked
    assert _figure(c.get("/console/overview?region=3101").text, "c-received") == "5"
    assert _figure(c.get("/console/overview?branch=110105").text, "c-received") == "1"
    last_year = local_now().year - 1
    html = c.get(f"/console/overview?start={last_year}-01-01&end={last_year}-12-31").text
    assert _figure(html, "f-cases") == "1" and _figure(html, "c-received") == "0"


@pytest.mark.parametrize("query", ["start=2026-13-01", "start=2026-05-01&end=2026-04-01", "region=31%2701",
                                   "branch=" + "9" * 13])
def test_overview_bad_filter_is_explained(store, query):
    c = signed_in(store, "zhou")
    r = c.get(f"/console/overview?{query}")
    assert r.status_code == 400 and ("日期格式" in r.text or "网点代码" in r.text)


def test_complaint_list_filters(store):
    c = signed_in(store, "zhou")

    def total(q: str) -> int:
        return int(re.search(r'id="total">共 ([\d,]+) 件', c.get(f"/console/complaints?{q}").text).group(1))

    assert total("") == 6
    assert total("status=open") == 3
    assert total("overdue=1") == 2
    assert total("frequent=1") == 3
    assert total("branch=310101") == 1
    assert total("due_within=7") == 3  # two overdue and one due in five days
    assert total("due_within=1") == 2
    assert total("status=closed&region=11") == 1
    assert c.get("/console/complaints?due_within=abc").status_code == 400


def test_overview_table_exports_to_excel(store):
    c = signed_in(store, "zhou")
    r = c.get("/console/overview/fraud_type.xlsx")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    path = store.url.replace("sqlite:///", "").replace("headoffice.sqlite", "fraud.xlsx")
    open(path, "wb").write(r.content)
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("类型代码", "诈骗类型", "拦截笔数", "避免损失（元）")
    assert sorted(rows[1:]) == [("F02", "虚假网络投资理财", 1, 123456.0), ("F06", "冒充公检法及政府机关", 2, 58000.0)]
    r = c.get("/console/complaints.xlsx?overdue=1")
    open(path, "wb").write(r.content)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 3 and all(row[8] == "是" for row in rows[1:])
    assert _count(store, ConsoleAudit, ConsoleAudit.action == "export") == 2


def test_rollups_follow_later_changes_and_agree_with_the_facts(store):
    from branchdesk.headoffice import service

    today = local_now().date()
    whole = queries.Scope(date(today.year, 1, 1), today)  # whole months: read from the rollups
    odd = queries.Scope(date(today.year, 1, 2), today)  # January 2-31 from the facts, the rest from rollups
    facts.refresh(store)
    cid = _complaint(store, n=4)  # open and overdue
    service.edit_record(store, cid, {"handler": "wu", "status": "closed"}, actor="test")
    fraud_id = next(p["id"] for k, p in store.sample["records"]["310101"] if k == "fraud")
    service.edit_record(store, fraud_id, {"deleted_at": "2026-11-01T00:00:00.000000Z"}, actor="test")
    assert facts.refresh(store) == 2
    by_rollup, by_facts = queries.overview(store, whole, today), queries.overview(store, whole, today,
                                                                                  use_rollups=False)
    assert by_rollup.complaints == {"received": 6, "closed": 4, "open": 2, "overdue": 1, "avg_days": 6.0}
    assert by_rollup.fraud == {"cases": 2, "amount": 5_000_000 + 12_345_600}
    assert by_rollup == by_facts == queries.overview(store, odd, today)
    # Without January (the sample's first records): edges and rollups together leave exactly them out.
    feb_on = queries.overview(store, queries.Scope(date(today.year, 1, 11), today), today)
    assert feb_on == queries.overview(store, queries.Scope(date(today.year, 1, 11), today), today, use_rollups=False)
    assert feb_on.complaints["received"] == 4 and feb_on.fraud["cases"] == 1
    facts.rebuild_rollups(store)  # recomputed from scratch: the same figures
    assert queries.overview(store, whole, today) == by_rollup
    rows, _n = queries.complaint_list(store, queries.CaseFilter(branch="310115"), today)
    assert [r["handler"] for r in rows if r["id"] == cid] == ["wu"]


def test_period_split_into_whole_months_and_edges():
    today = date(2026, 11, 24)
    split = queries.split_period
    assert split(queries.Scope(date(2026, 1, 1), today), today) == (("2026-01", "2026-11"), [])
    assert split(queries.Scope(date(2026, 1, 15), date(2026, 3, 10)), today) == (
        ("2026-02", "2026-02"), [queries.Scope(date(2026, 1, 15), date(2026, 1, 31)),
                                 queries.Scope(date(2026, 3, 1), date(2026, 3, 10))])
    assert split(queries.Scope(date(2026, 1, 15), date(2026, 1, 20)), today) == (
        None, [queries.Scope(date(2026, 1, 15), date(2026, 1, 20))])
    assert split(queries.Scope(date(2026, 1, 1), date(2026, 1, 31), region="31"), today)[0] is None


# ---------------------------------------------------------------- the first administrator

def test_console_user_command_reads_password_from_stdin(tmp_path):
    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "branchdesk.headoffice", "--data-dir", str(tmp_path),
                               "console-user", *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                              timeout=60)

    r = run("add", "--username", "root", "--role", "admin", stdin="short\n")
    assert r.returncode == 2 and "至少 10 个字符" in r.stderr
    r = run("add", "--username", "root", "--role", "admin", stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert PASSWORD not in r.stdout + r.stderr
    assert run("add", "--username", "root", "--role", "staff", stdin=PASSWORD + "\n").returncode == 2
    assert run("list").stdout.split() == ["root", "admin", "root"]
    st = HeadOfficeStore(f"sqlite:///{tmp_path / 'headoffice.sqlite'}")
    try:
        c = TestClient(create_app(st))
        c.post("/console/login", data={"username": "root", "password": PASSWORD,
                                       "csrf": _csrf(c.get("/console/login").text)})
        assert c.get("/console/admin").status_code == 200
        sample.seed(st, local_now().date())
    finally:
        st.close()
    r = subprocess.run([sys.executable, "-m", "branchdesk.headoffice", "--data-dir", str(tmp_path), "console-refresh"],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("12 records folded"), r.stderr


# ---------------------------------------------------------------- PostgreSQL

@pytest.mark.postgres
def test_overview_queries_on_postgresql(pg_url, tmp_path):
    today = local_now().date()
    results = []
    for url in (pg_url, f"sqlite:///{tmp_path / 'same.sqlite'}"):
        st = HeadOfficeStore(url)
        st.migrate()
        sample.seed(st, today)
        assert facts.refresh(st) == 12
        ov = queries.overview(st, queries.Scope(date(today.year, 1, 1), today), today)
        lists = [queries.complaint_list(st, f, today)[1] for f in
                 (queries.CaseFilter(overdue=True), queries.CaseFilter(frequent=True),
                  queries.CaseFilter(region="3101", status="open"))]
        results.append((ov, lists))
        st.close()
    (pg, pg_lists), (lite, lite_lists) = results
    assert pg.complaints == sample.EXPECTED["complaints"]
    assert pg.fraud == sample.EXPECTED["fraud"] and pg.education == sample.EXPECTED["education"]
    assert pg == lite and pg_lists == lite_lists == [2, 3, 3]


@pytest.mark.postgres
def test_concurrent_refreshes_count_each_record_once(pg_url):
    import threading

    today = local_now().date()
    st = HeadOfficeStore(pg_url)
    st.migrate()
    try:
        sample.seed(st, today)
        errors = []

        def refresh():
            try:
                facts.refresh(st)
            except Exception as exc:  # noqa: BLE001 - any failure of a concurrent request counts
                errors.append(repr(exc))

        threads = [threading.Thread(target=refresh) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        ov = queries.overview(st, queries.Scope(date(today.year, 1, 1), today), today)
        assert (ov.complaints, ov.fraud, ov.education) == (sample.EXPECTED["complaints"], sample.EXPECTED["fraud"],
                                                           sample.EXPECTED["education"])
        assert ov == queries.overview(st, queries.Scope(date(today.year, 1, 1), today), today, use_rollups=False)
    finally:
        st.close()
