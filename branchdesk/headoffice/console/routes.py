"""The console's pages and forms (server-rendered; every form posts its session's CSRF token)."""

from __future__ import annotations

import csv
import io
import os
import secrets
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from branchdesk.domain import complaints as dom
from branchdesk.domain.ids import new_id
from branchdesk.domain.money import format_fen
from branchdesk.domain.timeutil import local_now
from branchdesk.headoffice import service
from branchdesk.headoffice.console import auth, charts, excel, facts, queries
from branchdesk.headoffice.console.labels import STATUS_ZH, Labels
from branchdesk.headoffice.console.messages import OK, text
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import Record, utcnow

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent / "templates"
STATIC = HERE.parent / "static" / "console"
FONT = HERE.parents[2] / "resources" / "fonts" / "WenQuanYiMicroHei.ttf"
COOKIE = "bd_console"
LOGIN_CSRF = "bd_console_login"
PREFIX = "/console"


def _idle() -> timedelta:
    minutes = os.environ.get("BRANCHDESK_CONSOLE_IDLE_MINUTES", "")
    return timedelta(minutes=int(minutes)) if minutes.isdigit() and int(minutes) > 0 else auth.IDLE


def _clean(value, limit: int) -> str:
    return str(value or "").strip()[:limit + 1]


def _valid_text(value: str, limit: int) -> bool:
    return 0 < len(value) <= limit and all(c.isprintable() or c in "\n\r\t" for c in value)


def _branch_ok(code: str) -> bool:
    return 0 < len(code) <= 12 and code.isascii() and code.isalnum()


def build_router(store: HeadOfficeStore) -> APIRouter:
    r = APIRouter(prefix=PREFIX)
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.filters["fen"] = lambda v: format_fen(int(v or 0))
    env.filters["num"] = lambda v: "" if v is None else f"{v:,}"
    env.globals["status_zh"] = Labels.status
    env.globals["action_zh"] = Labels.action
    env.globals["role_zh"] = auth.ROLE_ZH
    secure_cookie = os.environ.get("BRANCHDESK_CONSOLE_SECURE_COOKIE", "") == "1"

    def today() -> date:
        return local_now().date()

    async def principal(request: Request) -> auth.Principal | None:
        return await run_in_threadpool(auth.session_user, store, request.cookies.get(COOKIE), _idle())

    def to_login() -> RedirectResponse:
        return RedirectResponse(f"{PREFIX}/login", status_code=303)

    def page(request: Request, name: str, user: auth.Principal | None, status: int = 200, **ctx) -> HTMLResponse:
        ok = OK.get(request.query_params.get("ok", ""), "")
        return templates.TemplateResponse(request, f"console/{name}", {"user": user, "flash": ok, "nav": name, **ctx},
                                          status_code=status)

    async def guarded_form(request: Request, need: str) -> tuple[auth.Principal | None, dict, Response | None]:
        """The signed-in user and the posted form, or the response refusing it (all refusals audited)."""
        user = await principal(request)
        if user is None:
            return None, {}, to_login()
        form = dict(await request.form())
        if not auth.csrf_ok(user.csrf, form.get("csrf")):
            await run_in_threadpool(auth.audit, store, user.username, "csrf", request.url.path, "refused")
            return user, form, page(request, "error.html", user, 403, message=text("console_csrf"))
        if not user.can(need):
            await run_in_threadpool(auth.audit, store, user.username, need, request.url.path, "refused")
            return user, form, page(request, "error.html", user, 403, message=text("console_forbidden"))
        return user, form, None

    # ------------------------------------------------------------ sign-in

    @r.get("", include_in_schema=False)
    @r.get("/", include_in_schema=False)
    async def home():
        return RedirectResponse(f"{PREFIX}/overview", status_code=303)

    @r.get("/static/{name}", include_in_schema=False)
    async def static(name: str):
        if name == "wqy-microhei.ttf":
            return FileResponse(FONT, media_type="font/ttf", headers={"Cache-Control": "max-age=86400"})
        path = STATIC / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return Response(status_code=404)
        return FileResponse(path, headers={"Cache-Control": "max-age=3600"})

    def login_page(request: Request, error: str = "", status: int = 200) -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        resp = page(request, "login.html", None, status, error=error, csrf=token)
        resp.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", path=PREFIX,
                        secure=secure_cookie or request.url.scheme == "https")
        return resp

    @r.get("/login")
    async def login_form(request: Request):
        return login_page(request)

    @r.post("/login")
    async def login(request: Request):
        form = await request.form()
        if not auth.csrf_ok(request.cookies.get(LOGIN_CSRF, ""), form.get("csrf")):
            return login_page(request, text("console_csrf"), 403)
        try:
            token = await run_in_threadpool(auth.sign_in, store, _clean(form.get("username"), 64),
                                            str(form.get("password") or ""))
        except auth.AuthError as exc:
            if exc.code == "too_many_attempts":
                return login_page(request, text("console_too_many_attempts"), 429)
            return login_page(request, text("console_bad_credentials"), 401)
        resp = RedirectResponse(f"{PREFIX}/overview", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict", path=PREFIX,
                        secure=secure_cookie or request.url.scheme == "https")
        resp.delete_cookie(LOGIN_CSRF, path=PREFIX)
        return resp

    @r.post("/logout")
    async def logout(request: Request):
        user = await principal(request)
        form = await request.form()
        if user is not None and auth.csrf_ok(user.csrf, form.get("csrf")):
            await run_in_threadpool(auth.sign_out, store, request.cookies.get(COOKIE))
            await run_in_threadpool(auth.audit, store, user.username, "sign_out")
        resp = to_login()
        resp.delete_cookie(COOKIE, path=PREFIX)
        return resp

    # ------------------------------------------------------------ overview

    def parse_scope(q) -> tuple[queries.Scope | None, str]:
        t = today()
        try:
            start = date.fromisoformat(q.get("start") or f"{t.year}-01-01")
            end = date.fromisoformat(q.get("end") or t.isoformat())
        except ValueError:
            return None, text("console_bad_date")
        if start > end:
            return None, text("console_bad_date")
        region, branch = _clean(q.get("region"), 12), _clean(q.get("branch"), 12)
        if (region and not _branch_ok(region)) or (branch and not _branch_ok(branch)):
            return None, text("console_bad_branch")
        return queries.Scope(start, end, region, branch), ""

    def load_overview(scope: queries.Scope):
        facts.refresh(store)
        return queries.overview(store, scope, today()), Labels.load(store)

    @r.get("/overview")
    async def overview(request: Request):
        user = await principal(request)
        if user is None:
            return to_login()
        scope, error = parse_scope(request.query_params)
        if scope is None:
            return page(request, "error.html", user, 400, message=error)
        ov, labels = await run_in_threadpool(load_overview, scope)
        q = urlencode({k: v for k, v in (("start", scope.start.isoformat()), ("end", scope.end.isoformat()),
                                         ("region", scope.region), ("branch", scope.branch)) if v})
        ch = {
            "business": charts.hbars([(labels.code("jrt_business", c), n) for c, n, *_ in ov.by_business],
                                     title="按业务类别"),
            "cause": charts.hbars([(labels.code("jrt_cause", c), n) for c, n, *_ in ov.by_cause], title="按投诉原因"),
            "trend": charts.columns([(m, a, b) for m, a, b in ov.complaint_months], title="月度趋势",
                                    legend=("受理", "办结")),
            "fraud_type": charts.hbars([(labels.code("fraud_type", c), a / 100) for c, _n, a in ov.fraud_by_type],
                                       title="按诈骗类型（元）"),
            "fraud_month": charts.columns([(m, n, None) for m, n, _a in ov.fraud_months], title="月度拦截笔数"),
            "edu_group": charts.hbars([(labels.code("target_group", c), a) for c, _n, a, _r in ov.edu_by_group],
                                      title="按受众（参与人数）"),
        }
        return page(request, "overview.html", user, ov=ov, scope=scope, labels=labels, charts=ch, query=q)

    _EXPORTS = {
        "business": ("按业务类别", ["业务类别代码", "业务类别", "受理", "办结", "在办"]),
        "cause": ("按投诉原因", ["原因代码", "投诉原因", "受理", "办结", "在办"]),
        "months": ("月度趋势", ["月份", "受理", "办结"]),
        "overdue": ("逾期网点", ["网点", "逾期", "在办"]),
        "fraud_type": ("按诈骗类型", ["类型代码", "诈骗类型", "拦截笔数", "避免损失（元）"]),
        "fraud_branch": ("按网点拦截", ["网点", "拦截笔数", "避免损失（元）"]),
        "fraud_months": ("月度拦截", ["月份", "拦截笔数", "避免损失（元）"]),
        "edu_group": ("按受众", ["受众代码", "受众", "活动场次", "参与人数", "线上触达"]),
        "edu_campaign": ("按宣传活动", ["活动代码", "宣传活动", "活动场次", "参与人数", "线上触达"]),
    }

    def export_rows(table: str, ov: queries.Overview, labels: Labels) -> list[list]:
        yuan = lambda fen: round(fen / 100, 2)  # noqa: E731
        return {
            "business": lambda: [[c, labels.code("jrt_business", c), n, cl, op] for c, n, cl, op in ov.by_business],
            "cause": lambda: [[c, labels.code("jrt_cause", c), n, cl, op] for c, n, cl, op in ov.by_cause],
            "months": lambda: [list(m) for m in ov.complaint_months],
            "overdue": lambda: [[labels.branch(b), o, n] for b, o, n in ov.overdue_by_branch],
            "fraud_type": lambda: [[c, labels.code("fraud_type", c), n, yuan(a)] for c, n, a in ov.fraud_by_type],
            "fraud_branch": lambda: [[labels.branch(b), n, yuan(a)] for b, n, a in ov.fraud_by_branch],
            "fraud_months": lambda: [[m, n, yuan(a)] for m, n, a in ov.fraud_months],
            "edu_group": lambda: [[c, labels.code("target_group", c), n, a, rr] for c, n, a, rr in ov.edu_by_group],
            "edu_campaign": lambda: [[c, labels.code("campaign", c), n, a, rr] for c, n, a, rr in ov.edu_by_campaign],
        }[table]()

    @r.get("/overview/{table}.xlsx")
    async def overview_export(request: Request, table: str):
        user = await principal(request)
        if user is None:
            return to_login()
        scope, error = parse_scope(request.query_params)
        if scope is None or table not in _EXPORTS:
            return page(request, "error.html", user, 400, message=error or text("console_bad_filter"))
        ov, labels = await run_in_threadpool(load_overview, scope)
        title, header = _EXPORTS[table]
        data = excel.workbook(title, header, export_rows(table, ov, labels))
        await run_in_threadpool(auth.audit, store, user.username, "export", table,
                                detail={"start": scope.start.isoformat(), "end": scope.end.isoformat(),
                                        "region": scope.region, "branch": scope.branch})
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": f'attachment; filename="{table}-{scope.start}-{scope.end}.xlsx"'})

    # ------------------------------------------------------------ complaints

    def parse_filter(q) -> tuple[queries.CaseFilter | None, str]:
        branch, region = _clean(q.get("branch"), 12), _clean(q.get("region"), 12)
        if (branch and not _branch_ok(branch)) or (region and not _branch_ok(region)):
            return None, text("console_bad_branch")
        status = _clean(q.get("status"), 16)
        if status and status != "open" and status not in STATUS_ZH:
            return None, text("console_bad_filter")
        due = _clean(q.get("due_within"), 4)
        if due and (not due.isdigit() or int(due) > 365):
            return None, text("console_bad_filter")
        pg = _clean(q.get("page"), 6)
        return queries.CaseFilter(branch=branch, region=region, status=status,
                                  due_within=int(due) if due else None, overdue=q.get("overdue") == "1",
                                  frequent=q.get("frequent") == "1", page=int(pg) if pg.isdigit() and pg != "0" else 1), ""

    def load_list(f: queries.CaseFilter):
        facts.refresh(store)
        return queries.complaint_list(store, f, today()), Labels.load(store)

    @r.get("/complaints")
    async def complaints(request: Request):
        user = await principal(request)
        if user is None:
            return to_login()
        f, error = parse_filter(request.query_params)
        if f is None:
            return page(request, "error.html", user, 400, message=error)
        (rows, total), labels = await run_in_threadpool(load_list, f)
        base = {k: v for k, v in request.query_params.items() if k != "page" and v}
        return page(request, "complaints.html", user, rows=rows, total=total, f=f, labels=labels,
                    pages=max(1, -(-total // queries.PAGE)), base=urlencode(base),
                    statuses=STATUS_ZH)

    @r.get("/complaints.xlsx")
    async def complaints_export(request: Request):
        user = await principal(request)
        if user is None:
            return to_login()
        f, error = parse_filter(request.query_params)
        if f is None:
            return page(request, "error.html", user, 400, message=error)
        rows, labels, page_no = [], None, 1
        while True:  # every page of the filtered list
            (chunk, total), labels = await run_in_threadpool(load_list, queries.CaseFilter(**{**f.__dict__,
                                                                                              "page": page_no}))
            rows += chunk
            if len(rows) >= total or not chunk or len(rows) >= 50_000:
                break
            page_no += 1
        data = excel.workbook("投诉清单", ["编号", "网点", "受理日期", "状态", "业务类别", "投诉原因", "经办人", "办理期限",
                                       "是否逾期", "投诉人"],
                              [[x["ref_no"], labels.branch(x["branch"]), x["received_on"], Labels.status(x["status"]),
                                labels.code("jrt_business", x["business"]), labels.code("jrt_cause", x["cause"]),
                                x["handler"], x["due_on"], "是" if x["overdue"] else "", x["complainant"]]
                               for x in rows])
        await run_in_threadpool(auth.audit, store, user.username, "export", "complaints", detail={"rows": len(rows)})
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": 'attachment; filename="complaints.xlsx"'})

    def case_page(request, user, cid: str, status: int = 200, error: str = "", form: dict | None = None):
        detail = queries.case_detail(store, cid)
        if detail is None:
            return page(request, "error.html", user, 404, message=text("console_unknown_case"))
        return page(request, "case.html", user, status, c=detail, p=detail["payload"], labels=Labels.load(store),
                    error=error, form=form or {}, is_open=detail["payload"].get("status") in facts.OPEN)

    @r.get("/complaints/{cid}")
    async def case(request: Request, cid: str):
        user = await principal(request)
        if user is None:
            return to_login()
        await run_in_threadpool(auth.audit, store, user.username, "view_case", cid)
        return await run_in_threadpool(case_page, request, user, cid)

    def _case_state(cid: str) -> tuple[str, dict] | None:
        with store.session() as s:
            rec = s.get(Record, cid)
            return (rec.branch_code, rec.payload) if rec is not None and rec.kind == "complaint" else None

    async def case_action(request: Request, cid: str, action: str):
        user, form, refused = await guarded_form(request, "work")
        if refused is not None:
            return refused
        found = await run_in_threadpool(_case_state, cid)
        if found is None:
            return page(request, "error.html", user, 404, message=text("console_unknown_case"))
        branch, payload = found

        async def invalid(code: str):
            await run_in_threadpool(auth.audit, store, user.username, action, cid, "invalid", {"error": code})
            return await run_in_threadpool(case_page, request, user, cid, 422, text(code), {**form, "action": action})

        actor = f"headoffice:{user.username}"
        if action == "assign":
            handler, supervisor = _clean(form.get("handler"), 64), _clean(form.get("supervisor"), 64)
            if not _valid_text(handler, 64) or "\n" in handler or (supervisor and not _valid_text(supervisor, 64)):
                return await invalid("console_handler_required")
            if payload.get("status") not in facts.OPEN:
                return await invalid("console_case_closed")
            changes = {"handler": handler, **({"supervisor": supervisor} if supervisor else {})}
            await run_in_threadpool(service.edit_record, store, cid, changes, actor=actor)
            detail = changes
        else:
            body = _clean(form.get("text"), 1000)
            if action == "extension" and not body:
                return await invalid("console_reason_required")
            if not _valid_text(body, 1000):
                return await invalid("console_text_required")
            if dom.contains_number(body):
                return await invalid("console_text_number")
            if action == "extension" and payload.get("status") not in facts.OPEN:
                return await invalid("console_case_closed")
            prefix = "【延期复核】" if action == "extension" else ""
            note_id = new_id()
            await run_in_threadpool(service.add_record, store, "complaint_note", branch, {
                "id": note_id, "complaint_id": cid, "at": utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "author": actor, "text": prefix + body, "branch_code": branch})
            detail = {"note": note_id}
        await run_in_threadpool(auth.audit, store, user.username, action, cid, "ok", detail)
        ok = {"assign": "assigned", "note": "noted", "extension": "extension"}[action]
        return RedirectResponse(f"{PREFIX}/complaints/{cid}?ok={ok}", status_code=303)

    @r.post("/complaints/{cid}/assign")
    async def assign(request: Request, cid: str):
        return await case_action(request, cid, "assign")

    @r.post("/complaints/{cid}/note")
    async def note(request: Request, cid: str):
        return await case_action(request, cid, "note")

    @r.post("/complaints/{cid}/extension")
    async def extension(request: Request, cid: str):
        return await case_action(request, cid, "extension")

    # ------------------------------------------------------------ administration

    def admin_page(request, user, status: int = 200, error: str = "", section: str = "", code: str = "",
                   form: dict | None = None):
        return page(request, "admin.html", user, status, devices=service.devices(store), error=error,
                    section=section, new_code=code, form=form or {}, labels=Labels.load(store),
                    holidays=_holidays())

    def _holidays():
        from sqlalchemy import select

        from branchdesk.headoffice.models import Holiday

        with store.session() as s:
            return [(h.day, h.kind, h.name) for h in s.execute(select(Holiday).where(Holiday.deleted.is_(False))
                                                               .order_by(Holiday.day.desc()).limit(40)).scalars()]

    @r.get("/admin")
    async def admin(request: Request):
        user = await principal(request)
        if user is None:
            return to_login()
        return await run_in_threadpool(admin_page, request, user)

    async def admin_invalid(request, user, action: str, code: str, section: str, form: dict):
        await run_in_threadpool(auth.audit, store, user.username, action, "", "invalid", {"error": code})
        return await run_in_threadpool(admin_page, request, user, 422, text(code), section, "", form)

    @r.post("/admin/enrol-code")
    async def enrol_code(request: Request):
        user, form, refused = await guarded_form(request, "admin")
        if refused is not None:
            return refused
        branch, name, hours = (_clean(form.get("branch"), 12), _clean(form.get("branch_name"), 100),
                               _clean(form.get("valid_hours") or "24", 4))
        if not _branch_ok(branch):
            return await admin_invalid(request, user, "enrol_code", "console_bad_branch", "enrol", form)
        if not hours.isdigit() or not 1 <= int(hours) <= 168:
            return await admin_invalid(request, user, "enrol_code", "console_bad_hours", "enrol", form)
        code = await run_in_threadpool(service.issue_enrol_code, store, branch, valid_hours=int(hours),
                                       branch_name=name)
        await run_in_threadpool(auth.audit, store, user.username, "enrol_code", branch, "ok", {"hours": int(hours)})
        # Shown once, on this response only: the code itself is stored as a hash.
        return await run_in_threadpool(admin_page, request, user, 200, "", "enrol", code)

    @r.post("/admin/devices/{device_id}/revoke")
    async def revoke(request: Request, device_id: str):
        user, form, refused = await guarded_form(request, "admin")
        if refused is not None:
            return refused
        if not await run_in_threadpool(service.revoke_device, store, device_id[:36]):
            return await admin_invalid(request, user, "revoke", "console_unknown_device", "devices", form)
        await run_in_threadpool(auth.audit, store, user.username, "revoke", device_id)
        return RedirectResponse(f"{PREFIX}/admin?ok=revoked", status_code=303)

    def _rows(raw: str) -> list[dict] | None:
        rows = list(csv.DictReader(io.StringIO(raw.strip())))
        return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in rows] if rows else None

    @r.post("/admin/reference")
    async def reference(request: Request):
        user, form, refused = await guarded_form(request, "admin")
        if refused is not None:
            return refused
        rows = _rows(str(form.get("rows") or ""))
        if not rows:
            return await admin_invalid(request, user, "publish_reference", "console_empty_rows", "reference", form)
        bad = next((i for i, r in enumerate(rows, 1) if not all(r.get(k) for k in ("category", "code", "label_zh_cn"))
                    or len(r["category"]) > 32 or len(r["code"]) > 32 or len(r["label_zh_cn"]) > 200
                    or (r.get("sort_order") and not r["sort_order"].lstrip("-").isdigit())), None)
        if bad:
            await run_in_threadpool(auth.audit, store, user.username, "publish_reference", "", "invalid", {"row": bad})
            return await run_in_threadpool(admin_page, request, user, 422,
                                           f"{text('console_bad_rows')}：第 {bad} 行（需要 category、code、label_zh_cn 列）",
                                           "reference", "", form)
        n = await run_in_threadpool(service.publish_reference, store, rows)
        await run_in_threadpool(auth.audit, store, user.username, "publish_reference", "", "ok", {"rows": n})
        return RedirectResponse(f"{PREFIX}/admin?ok=reference", status_code=303)

    @r.post("/admin/holidays")
    async def holidays(request: Request):
        user, form, refused = await guarded_form(request, "admin")
        if refused is not None:
            return refused
        year = _clean(form.get("year"), 4)
        if not year.isdigit() or not 2000 <= int(year) <= 2100:
            return await admin_invalid(request, user, "publish_holidays", "console_bad_year", "holidays", form)
        rows = _rows(str(form.get("rows") or ""))
        if not rows:
            return await admin_invalid(request, user, "publish_holidays", "console_empty_rows", "holidays", form)
        try:
            n = await run_in_threadpool(service.publish_holidays, store, int(year), rows)
        except service.ServiceError as exc:
            await run_in_threadpool(auth.audit, store, user.username, "publish_holidays", year, "invalid",
                                    {"error": exc.code})
            return await run_in_threadpool(admin_page, request, user, 422,
                                           f"{text('console_bad_rows')}：{_holiday_error(exc)}", "holidays", "", form)
        await run_in_threadpool(auth.audit, store, user.username, "publish_holidays", year, "ok", {"days": n})
        return RedirectResponse(f"{PREFIX}/admin?ok=holidays", status_code=303)

    @r.get("/audit")
    async def audit_page(request: Request):
        user = await principal(request)
        if user is None:
            return to_login()
        entries = await run_in_threadpool(auth.audit_log, store)
        return page(request, "audit.html", user, entries=entries)

    return r


def _holiday_error(exc: service.ServiceError) -> str:
    return {
        "missing_columns": "需要 day、kind 列（" + exc.detail + "）",
        "bad_day": f"日期 {exc.detail} 无效，应为 2026-10-01",
        "day_outside_year": f"日期 {exc.detail} 不在所选年份",
        "bad_kind": f"类型 {exc.detail} 无效，应为 holiday（放假）或 workday（调休上班）",
    }.get(exc.code, exc.code)
