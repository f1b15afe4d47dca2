"""Education events in a real SQLite store: row + outbox + audit together, amendments, tombstones,
filters and totals, and the photo path (reduced, EXIF-free, sealed on disk)."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from branchdesk.domain import education as edu
from branchdesk.domain.education import EducationEvent, EducationFilter, Material, Partner
from branchdesk.store import audit
from branchdesk.store import education_repo as repo
from branchdesk.store.models import Attachment, AuditEntry, OutboxEntry
from branchdesk.store.models_education import EducationEventRow

T0 = datetime(2026, 3, 15, 2, 0, tzinfo=timezone.utc)  # 10:00 in Shanghai


def make(**changes) -> EducationEvent:
    ev = EducationEvent(
        status=edu.HELD, starts_at=T0, ends_at=T0 + timedelta(hours=2), campaign="C315",
        slogan="金融保障权益 助力美好生活", topics=("ANTI_FRAUD",), location_type="COMMUNITY",
        address="张江镇居民活动中心", target_groups=("ELDERLY",), attendees=60,
        materials=(Material("LEAFLET", 150),), partners=(Partner("COMMITTEE", "张江居委"),),
        organiser="王经理", staff=("李明",), summary="以案说法",
    )
    return ev.with_changes(**changes)


def count(s, model) -> int:
    return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_writes_row_outbox_and_audit_together(store, refs):
    with store.write() as s:
        row = repo.create(s, make(), refs, actor="wang")
        rid, ref_no = row.id, row.ref_no
    assert ref_no.startswith("JY-310115-")
    with store.read() as s:
        got = repo.get(s, rid)
        assert got.target_groups == ("ELDERLY",) and got.materials == (Material("LEAFLET", 150),)
        out = s.execute(select(OutboxEntry).where(OutboxEntry.record_id == rid)).scalars().all()
        assert [o.op for o in out] == ["create"] and out[0].payload["attendees"] == 60
        assert s.execute(select(AuditEntry).where(AuditEntry.record_id == rid)).scalar_one().action == "create"
        assert audit.verify_chain(s)[1] is None


def test_invalid_event_saves_nothing(store, refs):
    with pytest.raises(repo.ValidationFailed) as exc:
        with store.write() as s:
            repo.create(s, make(attendees=-1, online_reach=5), refs, actor="wang")
    assert {(e.field, e.code) for e in exc.value.errors} == {("attendees", "negative"),
                                                             ("online_reach", "reach_without_online")}
    with store.read() as s:
        assert count(s, EducationEventRow) == 0 and count(s, OutboxEntry) == 0 and count(s, AuditEntry) == 0


def test_failure_after_row_rolls_back_everything(store, refs):
    with pytest.raises(RuntimeError):
        with store.write() as s:
            repo.create(s, make(), refs, actor="wang")
            raise RuntimeError("disk gone")
    with store.read() as s:
        assert count(s, EducationEventRow) == 0 and count(s, OutboxEntry) == 0


def test_amend_keeps_history_and_tombstone(store, refs):
    with store.write() as s:
        rid = repo.create(s, make(), refs, actor="wang").id
    with pytest.raises(repo.ValidationFailed):
        with store.write() as s:
            repo.amend(s, rid, make(attendees=70), refs, actor="wang", reason=" ")
    with store.write() as s:
        repo.amend(s, rid, make(attendees=70, target_groups=("ELDERLY", "STUDENTS")), refs, actor="wang",
                   reason="签到表复核")
    with store.read() as s:
        hist = repo.history(s, rid)
        assert [(h["version"], h["reason"], h["snapshot"]["attendees"]) for h in hist] == [(1, "签到表复核", 60)]
        assert repo.get(s, rid).version == 2
        # the indexed group copy followed the amendment
        assert repo.totals(s, EducationFilter(target_groups=("STUDENTS",))).events == 1
    with store.write() as s:
        repo.delete(s, rid, actor="wang", reason="重复登记")
    with store.read() as s:
        assert repo.totals(s, EducationFilter()).events == 0
        assert repo.totals(s, EducationFilter(include_deleted=True)).events == 1
        assert repo.get(s, rid).deleted_at is not None
        ops = [o.op for o in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]
        assert ops == ["create", "amend", "delete"]
        assert len(repo.history(s, rid)) == 2


def test_planned_then_held(store, refs):
    today = date.today()
    start = datetime.now(timezone.utc) + timedelta(days=10)
    planned = make(status=edu.PLANNED, starts_at=start, ends_at=start + timedelta(hours=1), attendees=None)
    with store.write() as s:
        rid = repo.create(s, planned, refs, actor="wang").id
    with store.read() as s:
        assert [e.id for e in repo.upcoming(s, today)] == [rid]
        assert repo.totals(s, EducationFilter(status=edu.HELD)).events == 0
    # It cannot be completed before it happens...
    with pytest.raises(repo.ValidationFailed) as exc:
        with store.write() as s:
            repo.complete(s, rid, refs, attendees=45, online_reach=None, actor="wang")
    assert ("status", "held_in_future") in {(e.field, e.code) for e in exc.value.errors}
    # ...and once it has taken place, the figures make it held.
    later = datetime.now(timezone.utc) + timedelta(days=11)
    with store.write() as s:
        repo.complete(s, rid, refs, attendees=45, online_reach=None, actor="wang", summary="到场踊跃", now=later)
    with store.read() as s:
        ev = repo.get(s, rid)
        assert (ev.status, ev.attendees, ev.summary) == (edu.HELD, 45, "到场踊跃")
        assert repo.history(s, rid)[0]["reason"] == repo.COMPLETED_REASON
        assert repo.upcoming(s, today) == []


def test_filters_and_totals_match_counts_computed_here(store, refs):
    rng = random.Random(7)
    groups = ["ELDERLY", "STUDENTS", "MIGRANT", "RURAL"]
    campaigns = ["C315", "ANTI_ILLEGAL", "EDU_MONTH", "DAILY"]
    made = []
    with store.write() as s:
        for i in range(60):
            tg = tuple(rng.sample(groups, rng.randint(1, 2)))
            online = rng.random() < 0.2
            ev = make(starts_at=T0 + timedelta(days=rng.randint(0, 240)), campaign=rng.choice(campaigns),
                      target_groups=tg, location_type="ONLINE" if online else "COMMUNITY",
                      attendees=None if online else rng.randint(10, 200),
                      online_reach=rng.randint(100, 5000) if online else None)
            ev = ev.with_changes(ends_at=ev.starts_at + timedelta(hours=1))
            repo.create(s, ev, refs, actor="wang")
            made.append(ev)
    with store.read() as s:
        st = repo.stats(s, EducationFilter(), edu.QUARTER)
        for g in groups:
            mine = [e for e in made if g in e.target_groups]
            assert st.by_group[g].events == len(mine)
            assert st.by_group[g].attendees == sum(e.attendees or 0 for e in mine)
            assert st.by_group[g].online_reach == sum(e.online_reach or 0 for e in mine)
            assert repo.totals(s, EducationFilter(target_groups=(g,))).events == len(mine)
            narrowed = repo.stats(s, EducationFilter(target_groups=(g,)), edu.YEAR)
            assert narrowed.by_group[g].events == narrowed.total.events == len(mine)
        for c in campaigns:
            mine = [e for e in made if e.campaign == c]
            assert (st.by_campaign.get(c, edu.Totals()).events,
                    st.by_campaign.get(c, edu.Totals()).attendees) == (len(mine), sum(e.attendees or 0 for e in mine))
        q1 = [e for e in made if e.starts_at < datetime(2026, 3, 31, 16, 0, tzinfo=timezone.utc)]
        assert st.by_period["2026-Q1"].events == len(q1)
        # the pure domain computation agrees with the SQL one
        pure = edu.compute_stats([(e.starts_at.astimezone(edu_tz()).date().isoformat(), e.campaign, e.target_groups,
                                   e.attendees, e.online_reach) for e in made], edu.QUARTER)
        assert pure.by_period == st.by_period and pure.by_group == st.by_group
        online = repo.totals(s, EducationFilter(location_types=("ONLINE",)))
        assert online.events == sum(1 for e in made if e.location_type == "ONLINE")
        assert len(repo.page(s, EducationFilter(), offset=0, limit=25)) == 25


def edu_tz():
    from branchdesk.domain.timeutil import LOCAL_TZ

    return LOCAL_TZ


# ---------------------------------------------------------------- photos

def gps_jpeg(width=4000, height=3000) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (width, height), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = {1: "N", 2: (31.0, 12.0, 30.0), 3: "E", 4: (121.0, 35.0, 10.0)}
    exif[0x8825] = gps  # GPSInfo
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif, quality=90)
    return buf.getvalue()


def test_photo_is_reduced_stripped_and_sealed(store, refs):
    from PIL import Image

    raw = gps_jpeg()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)  # the input really has a GPS location
    with store.write() as s:
        rid = repo.create(s, make(), refs, actor="wang").id
    att = repo.add_photo(store, rid, raw, filename="IMG_0001.JPG", consent=True, actor="wang")
    on_disk = repo.photo_path(store.data_dir, att.sha256)
    sealed = on_disk.read_bytes()
    assert not sealed.startswith(b"\xff\xd8")  # not a JPEG: nobody can open it without the key
    with pytest.raises(Exception):
        Image.open(io.BytesIO(sealed))
    with store.read() as s:
        plain = repo.read_photo(store.data_dir, att.sha256, repo.protector_for(store))
        assert [a.sha256 for a in repo.photos(s, rid)] == [att.sha256]
        # Recorded in the audit chain against the event; photos do not travel to head office.
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "photo_add")).scalar_one()
        assert entry.record_id == rid and entry.detail["sha256"] == att.sha256
        assert s.execute(select(OutboxEntry).where(OutboxEntry.record_id == att.id)).first() is None
        assert audit.verify_chain(s)[1] is None
    img = Image.open(io.BytesIO(plain))
    assert img.format == "JPEG" and max(img.size) <= 1600 and img.size == (1600, 1200)
    assert len(img.getexif()) == 0 and "exif" not in img.info
    import hashlib

    assert hashlib.sha256(plain).hexdigest() == att.sha256
    # The same photo again keeps one file and one row.
    again = repo.add_photo(store, rid, raw, filename="copy.jpg", consent=True, actor="wang")
    assert again.id == att.id
    with store.read() as s:
        assert count(s, Attachment) == 1


def test_photo_refused_without_consent_or_keyring(store, refs, monkeypatch):
    from branchdesk.security import secrets

    with store.write() as s:
        rid = repo.create(s, make(), refs, actor="wang").id
    with pytest.raises(repo.PhotoRefused) as exc:
        repo.add_photo(store, rid, gps_jpeg(400, 300), filename="a.jpg", consent=False, actor="wang")
    assert exc.value.code == "photo_consent_required"

    def broken(name):
        raise secrets.KeyringUnavailable("no backend")

    monkeypatch.setattr(secrets, "get_secret", broken)
    with pytest.raises(repo.PhotoRefused) as exc:
        repo.add_photo(store, rid, gps_jpeg(400, 300), filename="a.jpg", consent=True, actor="wang")
    assert exc.value.code == "photo_keyring_unavailable"
    with pytest.raises(repo.PhotoRefused) as exc:
        repo.reduce_photo(b"not a picture")
    assert exc.value.code == "photo_unreadable"
    with store.read() as s:
        assert count(s, Attachment) == 0
    assert not (store.data_dir / "attachments").exists() or not any((store.data_dir / "attachments").rglob("*"))
