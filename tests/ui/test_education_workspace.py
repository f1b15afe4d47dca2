"""The education workspace with a year of demo events: filters, totals, statistics panel,
events coming up, deleting; figures checked against counts made here from the stored events."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from branchdesk.demodata import education as demo
from branchdesk.domain import education as edu
from branchdesk.domain.education import EducationFilter
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import local_date, local_now
from branchdesk.store import education_repo as repo
from branchdesk.ui import fonts, i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.education import workspace as ws_mod


@pytest.fixture
def ctx(store, qapp):
    fonts.load_bundled_font(QApplication.instance())
    i18n.set_language("zh_CN")
    demo.fill(store, random.Random(5), 400, local_now().date())
    return build_context(store, Actor("wang", "王经理", Role.MANAGER))


@pytest.fixture
def workspace(ctx, qtbot):
    w = ws_mod.create(ctx, None)
    qtbot.addWidget(w)
    w.resize(1500, 850)
    w.show()
    return w


@pytest.fixture
def stored(store):
    with store.read() as s:
        return [repo.to_domain(r) for r in repo.all_for_export(s, EducationFilter())]


def test_models_pass_the_model_tester(workspace, qtmodeltester):
    qtmodeltester.check(workspace.model)
    qtmodeltester.check(workspace.stats.by_group)
    qtmodeltester.check(workspace.upcoming)


def test_filters_narrow_the_list_and_totals(workspace, stored):
    model, bar = workspace.model, workspace.filters
    assert model.rowCount() == len(stored)
    bar.groups.set_codes(("ELDERLY",))
    elderly = [e for e in stored if "ELDERLY" in e.target_groups]
    assert model.rowCount() == len(elderly)
    text = workspace.totals.text()
    assert f"{len(elderly):,}" in text and f"{sum(e.attendees or 0 for e in elderly):,}" in text
    bar.places.set_codes(("ONLINE",))
    both = [e for e in elderly if e.location_type == "ONLINE"]
    assert model.rowCount() == len(both)
    bar.clear()
    bar.set_status(edu.PLANNED)
    planned = [e for e in stored if e.status == edu.PLANNED]
    assert 0 < model.rowCount() == len(planned)
    assert model.data(model.index(0, model.column_index("status"))) in ("Planned", "计划中")
    bar.clear()
    bar.campaigns.set_codes(("C315",))
    c315 = [e for e in stored if e.campaign == "C315"]
    assert model.rowCount() == len(c315) and all(local_date(e.starts_at).month == 3 for e in c315)
    # The list's groups column shows Chinese labels.
    bar.clear()
    bar.groups.set_codes(("ELDERLY",))
    assert "老年人" in model.data(model.index(0, model.column_index("target_groups")))


def test_statistics_by_group_and_campaign_match_counts(workspace, stored):
    panel = workspace.stats
    today = local_now().date()
    for granularity in edu.GRANULARITIES:
        panel.set_granularity(granularity)
        panel.set_day(today)
        start, end = edu.period_bounds(today, granularity)
        held = [e for e in stored if e.status == edu.HELD and start <= local_date(e.starts_at) <= end]
        groups = Counter(g for e in held for g in e.target_groups)
        shown = {label: t for label, t in panel.by_group.rows()}
        expected = {workspace.ctx.label("target_group", g): n for g, n in groups.items()}
        assert {label: t.events for label, t in shown.items()} == expected
        for g in groups:
            label = workspace.ctx.label("target_group", g)
            assert shown[label].attendees == sum(e.attendees or 0 for e in held if g in e.target_groups)
            assert shown[label].online_reach == sum(e.online_reach or 0 for e in held if g in e.target_groups)
        campaigns = Counter(e.campaign for e in held)
        assert {label: t.events for label, t in panel.by_campaign.rows()} == {
            workspace.ctx.label("campaign", c): n for c, n in campaigns.items()}
        total_row = panel.by_campaign.rowCount() - 1
        assert panel.by_campaign.data(panel.by_campaign.index(total_row, 1)) == f"{len(held):,}"
    # A year back: the panel moves by whole periods.
    panel.set_granularity(edu.YEAR)
    panel.shift(-1)
    assert panel.period_label.text() == str(today.year - 1)


def test_upcoming_lists_planned_events_soonest_first(workspace, stored):
    planned = sorted((e for e in stored if e.status == edu.PLANNED), key=lambda e: e.starts_at)
    assert [workspace.upcoming.event_at(i).id for i in range(workspace.upcoming.rowCount())] == [e.id for e in planned]


def test_delete_asks_reason_and_leaves_a_tombstone(workspace, store, monkeypatch, stored):
    monkeypatch.setattr(ws_mod, "ask_reason", lambda *a: "重复登记")
    workspace.table.selectRow(0)
    rid = workspace.selected_id()
    assert workspace.delete_selected()
    assert workspace.model.rowCount() == len(stored) - 1
    with store.read() as s:
        assert repo.get(s, rid).deleted_at is not None
        assert repo.history(s, rid)[-1]["reason"] == "重复登记"
    # A manager may bring deleted events back into view: struck through, with the date in the tooltip.
    workspace.filters.show_deleted.setChecked(True)
    assert workspace.model.rowCount() == len(stored)
    shown = [workspace.model.record_id(i) for i in range(workspace.model.rowCount())]
    i = shown.index(rid)
    assert workspace.model.data(workspace.model.index(i, 0), Qt.ItemDataRole.FontRole).strikeOut()


def test_language_switch_relabels_everything(workspace, qtbot):
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: workspace.new_button.text() == "&New event…")
        assert workspace.model.headerData(0, Qt.Orientation.Horizontal) == "Event no."
        assert workspace.stats.title.text() == "Statistics (held events)"
        labels = [label for label, _t in workspace.stats.by_campaign.rows()]
        assert labels and all(label.isascii() for label in labels)  # coded labels follow the language
        assert workspace.filters.status.itemText(2) == "Held"
    finally:
        i18n.set_language("zh_CN")


def test_amending_needs_a_reason_and_keeps_history(workspace, store, qtbot):
    workspace.filters.set_status(edu.HELD)
    workspace.filters.places.set_codes(("COMMUNITY",))  # on site: the attendance is what gets corrected
    workspace.table.selectRow(0)
    rid = workspace.selected_id()
    form = workspace.open_selected()
    assert form.amending and form.fields["reason"].isVisible()
    before = form.fields["attendees"].text()
    form.fields["attendees"].setText(str(int(before or 0) + 5))
    assert form.save() is False
    assert form.error_text("reason") == "请填写修改原因"
    form.fields["reason"].setText("签到表复核后更正人数")
    assert form.save()
    with store.read() as s:
        assert repo.get(s, rid).attendees == int(before or 0) + 5
        assert repo.history(s, rid)[-1]["reason"] == "签到表复核后更正人数"


def test_enter_on_a_row_opens_one_form(workspace, qtbot):
    workspace.table.setFocus()
    workspace.table.selectRow(0)
    workspace.table.setCurrentIndex(workspace.model.index(0, 0))
    opened = []
    workspace.form = None
    original = workspace._show_form
    workspace._show_form = lambda form: opened.append(form) or original(form)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].record.id == workspace.selected_id()
