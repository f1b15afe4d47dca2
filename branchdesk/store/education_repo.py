"""Financial-education events in the store: create, amend, complete, tombstone, list, totals,
statistics, and their photos (reduced, stripped of EXIF, sealed on disk)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Integer, Select, and_, cast, delete as sql_delete, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from branchdesk.domain import education
from branchdesk.domain.education import (
    HELD, PLANNED, EducationEvent, EducationFilter, EducationStats, Material, Partner, Totals,
)
from branchdesk.domain.fraud import FieldError
from branchdesk.domain.ids import new_id
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import local_date
from branchdesk.store import audit, files, settings
from branchdesk.store.changes import (RecordNotFound, ValidationFailed, amend_row, delete_record, history_of, new_row,
                                      record_change, record_payload)
from branchdesk.store.models import Attachment
from branchdesk.store.models_education import EducationEventGroupRow as GroupRow
from branchdesk.store.models_education import EducationEventRow as Row
from branchdesk.store.types import utc_text, utcnow

KIND = education.KIND
CONTENT = list(EducationEvent().content_fields())
COMPLETED_REASON = "completed"  # the history reason when a planned event is filled in as held


# ---------------------------------------------------------------- conversion

def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in (text or "").split() if c)


def to_domain(r: Row) -> EducationEvent:
    return EducationEvent(
        status=r.status, starts_at=r.starts_at, ends_at=r.ends_at, campaign=r.campaign, slogan=r.slogan,
        topics=_codes(r.topics), location_type=r.location_type, address=r.address,
        target_groups=_codes(r.target_groups), attendees=r.attendees, online_reach=r.online_reach,
        materials=tuple(Material(m["type"], int(m["quantity"])) for m in r.materials or ()),
        partners=tuple(Partner(p["type"], p["name"]) for p in r.partners or ()),
        organiser=r.organiser, staff=tuple(r.staff or ()), summary=r.summary,
        id=r.id, event_no=r.ref_no, branch_code=r.branch_code, device_id=r.device_id, created_by=r.created_by,
        created_at=r.created_at, updated_at=r.updated_at, deleted_at=r.deleted_at, version=r.version,
        server_version=r.server_version,
    )


def _apply(row: Row, ev: EducationEvent) -> None:
    row.status = ev.status
    row.starts_at, row.ends_at = ev.starts_at, ev.ends_at
    row.starts_on = local_date(ev.starts_at).isoformat()
    for name in ("campaign", "slogan", "location_type", "address", "attendees", "online_reach", "organiser",
                 "summary"):
        setattr(row, name, getattr(ev, name))
    row.topics = " ".join(ev.topics)
    row.target_groups = " ".join(dict.fromkeys(ev.target_groups))
    row.materials = [{"type": m.type, "quantity": m.quantity} for m in ev.materials]
    row.partners = [{"type": p.type, "name": p.name} for p in ev.partners]
    row.staff = [s for s in ev.staff if s.strip()]


def _sync_groups(session: Session, row: Row, ev: EducationEvent) -> None:
    """The indexed copy of the groups follows the row in the same transaction (row flushed first)."""
    session.execute(sql_delete(GroupRow).where(GroupRow.event_id == row.id))
    for g in dict.fromkeys(ev.target_groups):
        session.add(GroupRow(event_id=row.id, target_group=g, starts_on=row.starts_on))


def payload(r: Row) -> dict:
    """The event as it travels (outbox, sync, history): plain JSON types, times in UTC text."""
    return {
        **record_payload(r),
        "status": r.status, "starts_at": utc_text(r.starts_at), "ends_at": utc_text(r.ends_at),
        "campaign": r.campaign, "slogan": r.slogan, "topics": list(_codes(r.topics)),
        "location_type": r.location_type, "address": r.address,
        "target_groups": list(_codes(r.target_groups)), "attendees": r.attendees, "online_reach": r.online_reach,
        "materials": list(r.materials or []), "partners": list(r.partners or []), "organiser": r.organiser,
        "staff": list(r.staff or []), "summary": r.summary,
    }


# ---------------------------------------------------------------- changes

def create(session: Session, ev: EducationEvent, refs: RefBook, *, actor: str, import_key: str | None = None,
           keep_identity: bool = False, now: datetime | None = None) -> Row:
    """Validate and save a new event with its outbox and audit entries (caller's transaction).

    keep_identity: an import of an exported list keeps the event's id and number.
    """
    now = now or utcnow()
    errors = education.validate(ev, refs, now=now)
    if errors:
        raise ValidationFailed(errors)
    row = new_row(session, Row, ev, number=ev.event_no, kind=KIND, year=local_date(ev.starts_at).year,
                  actor=actor, at=now, import_key=import_key, keep_identity=keep_identity)
    _apply(row, ev)
    session.add(row)
    session.flush()
    _sync_groups(session, row, ev)
    session.flush()
    record_change(session, kind=KIND, record_id=row.id, op="create", actor=actor, payload=payload(row),
                  changed_fields=CONTENT, at=now, audit_detail={"ref_no": row.ref_no, "status": row.status})
    return row


def amend(session: Session, record_id: str, ev: EducationEvent, refs: RefBook, *, actor: str, reason: str,
          now: datetime | None = None) -> Row:
    """Change an event; the earlier version goes to history with the reason."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "reason_required")])
    now = now or utcnow()
    errors = education.validate(ev, refs, now=now)
    if errors:
        raise ValidationFailed(errors)
    row = session.get(Row, record_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(record_id)
    before = payload(row)
    _apply(row, ev)
    if amend_row(session, row, before, kind=KIND, content=CONTENT, payload=payload, actor=actor, reason=reason,
                 at=now, audit_extra=lambda r: {"status": r.status}):
        _sync_groups(session, row, ev)
    return row


def complete(session: Session, record_id: str, refs: RefBook, *, attendees: int | None, online_reach: int | None,
             actor: str, summary: str | None = None, now: datetime | None = None) -> Row:
    """A planned event took place: record its figures and mark it held."""
    current = get(session, record_id)
    changes = {"status": HELD, "attendees": attendees, "online_reach": online_reach}
    if summary is not None:
        changes["summary"] = summary
    return amend(session, record_id, current.with_changes(**changes), refs, actor=actor, reason=COMPLETED_REASON,
                 now=now)


def delete(session: Session, record_id: str, *, actor: str, reason: str, now: datetime | None = None) -> Row:
    return delete_record(session, Row, record_id, kind=KIND, payload=payload, actor=actor, reason=reason,
                         at=now or utcnow())


def get(session: Session, record_id: str) -> EducationEvent:
    row = session.get(Row, record_id)
    if row is None:
        raise RecordNotFound(record_id)
    return to_domain(row)


def history(session: Session, record_id: str) -> list[dict]:
    return history_of(session, KIND, record_id)


def known_import_keys(session: Session, keys: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out.update(k for (k,) in session.execute(select(Row.import_key).where(Row.import_key.in_(chunk))))
    return out


def known_ids(session: Session, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(k for (k,) in session.execute(select(Row.id).where(Row.id.in_(chunk))))
    return out


# ---------------------------------------------------------------- queries

def _where(f: EducationFilter, *, ordered: bool = False) -> list:
    """The filter as SQL conditions. ordered: for a page read in start order, where walking the
    start-time index and probing each event's groups stops after one page; a count or a sum is
    faster starting from the group index instead."""
    conds = []
    if not f.include_deleted:
        conds.append(Row.deleted_at.is_(None))
    if f.date_from:
        conds.append(Row.starts_on >= f.date_from.isoformat())
    if f.date_to:
        conds.append(Row.starts_on <= f.date_to.isoformat())
    if f.campaigns:
        conds.append(Row.campaign.in_(f.campaigns))
    if f.location_types:
        conds.append(Row.location_type.in_(f.location_types))
    if f.status:
        conds.append(Row.status == f.status)
    if f.target_groups:
        # The events of those groups come from the group index (its own alias: the statistics query
        # joins the group table too, and must not correlate with it).
        g = aliased(GroupRow)
        if ordered:
            conds.append(exists().where(g.event_id == Row.id, g.target_group.in_(f.target_groups)).correlate(Row))
            return conds + _text_conds(f)
        ids = select(g.event_id).where(g.target_group.in_(f.target_groups))
        if f.date_from:
            ids = ids.where(g.starts_on >= f.date_from.isoformat())
        if f.date_to:
            ids = ids.where(g.starts_on <= f.date_to.isoformat())
        conds.append(Row.id.in_(ids))
    return conds + _text_conds(f)


def _text_conds(f: EducationFilter) -> list:
    text = f.text.strip()
    if not text:
        return []
    like = f"%{text.replace('%', '').replace('_', '')}%"
    return [or_(Row.ref_no.like(like), Row.slogan.like(like), Row.address.like(like), Row.summary.like(like),
                Row.organiser.like(like))]


SORT_COLUMNS = {
    "starts_at": Row.starts_at, "ref_no": Row.ref_no, "status": Row.status, "campaign": Row.campaign,
    "location_type": Row.location_type, "attendees": Row.attendees, "online_reach": Row.online_reach,
    "organiser": Row.organiser,
}

# What the list shows: a narrow tuple per row, never the whole ORM object.
LIST_COLUMNS = (Row.id, Row.ref_no, Row.status, Row.starts_at, Row.ends_at, Row.campaign, Row.slogan,
                Row.location_type, Row.address, Row.target_groups, Row.attendees, Row.online_reach,
                Row.organiser, Row.deleted_at)


@dataclass(frozen=True)
class ListTotals:
    events: int
    attendees: int
    online_reach: int


def count(session: Session, f: EducationFilter) -> int:
    """How many events match (the list's row count: answered from the indexes where it can)."""
    return session.execute(select(func.count()).select_from(Row).where(and_(true(), *_where(f)))).scalar_one()


def totals(session: Session, f: EducationFilter) -> ListTotals:
    q = select(func.count(), func.coalesce(func.sum(Row.attendees), 0),
               func.coalesce(func.sum(Row.online_reach), 0)).where(and_(true(), *_where(f)))
    c, a, r = session.execute(q).one()
    return ListTotals(c, a, r)


def list_query(f: EducationFilter, sort: str = "starts_at", descending: bool = True) -> Select:
    col = SORT_COLUMNS.get(sort, Row.starts_at)
    order = [col.desc() if descending else col.asc(), Row.id.desc() if descending else Row.id.asc()]
    return select(*LIST_COLUMNS).where(and_(true(), *_where(f, ordered=True))).order_by(*order)


def page(session: Session, f: EducationFilter, *, offset: int, limit: int, sort: str = "starts_at",
         descending: bool = True) -> list[tuple]:
    return [tuple(r) for r in session.execute(list_query(f, sort, descending).offset(offset).limit(limit))]


def upcoming(session: Session, today: date, *, limit: int = 20) -> list[EducationEvent]:
    """Planned events from today on, soonest first (the workspace's 'coming up' panel)."""
    q = (select(Row).where(Row.deleted_at.is_(None), Row.status == PLANNED, Row.starts_on >= today.isoformat())
         .order_by(Row.starts_at, Row.id).limit(limit))
    return [to_domain(r) for r in session.execute(q).scalars()]


def overdue_planned(session: Session, today: date) -> int:
    """Planned events whose day has passed without their figures: someone should complete them."""
    q = select(func.count()).where(Row.deleted_at.is_(None), Row.status == PLANNED, Row.starts_on < today.isoformat())
    return session.execute(q).scalar_one()


def _period_expr(granularity: str):
    if granularity == education.YEAR:
        return func.substr(Row.starts_on, 1, 4)
    if granularity == education.QUARTER:
        quarter = (cast(func.substr(Row.starts_on, 6, 2), Integer) + 2) / 3  # integer division in SQLite
        return func.printf("%s-Q%d", func.substr(Row.starts_on, 1, 4), quarter)
    return func.substr(Row.starts_on, 1, 7)


def _totals_of(rows) -> dict[str, Totals]:
    return {k: Totals(int(n), int(a or 0), int(r or 0)) for k, n, a, r in rows}


def stats(session: Session, f: EducationFilter, granularity: str = education.MONTH) -> EducationStats:
    """Events, attendees and reach overall, by target group, by campaign and by period (in SQL)."""
    conds = and_(true(), *_where(f))
    measures = (func.count(), func.sum(Row.attendees), func.sum(Row.online_reach))
    st = EducationStats()
    n, a, r = session.execute(select(*measures).where(conds)).one()
    st.total = Totals(int(n), int(a or 0), int(r or 0))
    st.by_campaign = _totals_of(session.execute(select(Row.campaign, *measures).where(conds).group_by(Row.campaign)))
    st.by_group = _totals_of(session.execute(
        select(GroupRow.target_group, *measures).join(Row, Row.id == GroupRow.event_id).where(conds)
        .group_by(GroupRow.target_group)))
    period = _period_expr(granularity).label("period")
    st.by_period = dict(sorted(_totals_of(session.execute(
        select(period, *measures).where(conds).group_by(period))).items()))
    return st


def all_for_export(session: Session, f: EducationFilter) -> list[Row]:
    q = select(Row).where(and_(true(), *_where(f))).order_by(Row.starts_at, Row.id)
    return list(session.execute(q).scalars())


def organisers(session: Session) -> list[str]:
    return [o for (o,) in session.execute(select(Row.organiser).distinct().order_by(Row.organiser))]


# ---------------------------------------------------------------- photos
#
# Faces are personal data: a photo is reduced, stripped of EXIF (GPS location, camera serial)
# and sealed with the device's data key before it touches the disk. The file is named by the
# hash of the reduced picture, so adding the same photo twice keeps one copy.

PHOTO_MAX_SIDE = 1600
PHOTO_QUALITY = 85
PHOTO_CONTEXT = "attachment.photo"
PHOTO_MEDIA_TYPE = "image/jpeg"


class PhotoRefused(Exception):
    """The photo cannot be added; `code` is a messages code (consent, unreadable, keyring)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class PreparedPhoto:
    jpeg: bytes
    sha256: str
    width: int
    height: int


def reduce_photo(data: bytes) -> PreparedPhoto:
    """Longest side at most 1600 px, JPEG quality 85, no EXIF, XMP or ICC metadata at all."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as src:
            # Turn the picture upright first: the orientation tag goes with the rest of EXIF.
            img = ImageOps.exif_transpose(src)
            if img.mode not in ("RGB", "L"):
                background = Image.new("RGB", img.size, "white")
                rgba = img.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                img = background
            img.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), Image.Resampling.LANCZOS)
            # A fresh image carries no info dict: nothing of the source's metadata can leak through.
            clean = Image.new(img.mode, img.size)
            clean.paste(img)
            out = io.BytesIO()
            clean.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoRefused("photo_unreadable") from exc
    jpeg = out.getvalue()
    return PreparedPhoto(jpeg, hashlib.sha256(jpeg).hexdigest(), clean.width, clean.height)


def photo_path(data_dir: Path, sha256: str) -> Path:
    return data_dir / "attachments" / sha256[:2] / sha256


def protector_for(store):
    """The device's FieldProtector (security.keys: cached, checked against this database's data).

    Raises PhotoRefused when no key can be had: photos are then refused, never stored in clear.
    """
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable

    try:
        return keys.get_protector(store)
    except KeyringUnavailable as exc:
        raise PhotoRefused("photo_keyring_unavailable") from exc
    except keys.DataKeyMismatch as exc:
        raise PhotoRefused("photo_key_mismatch") from exc


def write_sealed(data_dir: Path, photo: PreparedPhoto, protector) -> Path:
    """Seal and write atomically (a crash leaves the old file or none, never half a file)."""
    path = photo_path(data_dir, photo.sha256)
    if path.exists():
        return path
    # On disk before the row that names it commits: a power cut leaves no record without its photo.
    files.write_whole(path, protector.seal_bytes(photo.jpeg, context=PHOTO_CONTEXT))
    return path


def attach_photo(session: Session, event_id: str, photo: PreparedPhoto, *, filename: str, consent: bool,
                 actor: str, caption: str = "", now: datetime | None = None) -> Attachment:
    """Record the photo's hash against the event, with outbox and audit (caller's transaction)."""
    if not consent:
        raise PhotoRefused("photo_consent_required")
    row = session.get(Row, event_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(event_id)
    existing = session.execute(select(Attachment).where(
        Attachment.record_kind == KIND, Attachment.record_id == event_id, Attachment.sha256 == photo.sha256,
    )).scalar_one_or_none()
    if existing is not None and existing.deleted_at is None:
        return existing
    now = now or utcnow()
    if existing is not None:  # added again after removal
        existing.deleted_at = None
        att = existing
    else:
        att = Attachment(id=new_id(), record_kind=KIND, record_id=event_id, sha256=photo.sha256,
                         filename=Path(filename).stem[:200] + ".jpg", media_type=PHOTO_MEDIA_TYPE,
                         size=len(photo.jpeg), caption=caption, consent=True, added_at=now, added_by=actor)
        session.add(att)
    session.flush()
    _audit_photo(session, "photo_add", att, actor, now, ref_no=row.ref_no)
    return att


def _audit_photo(session: Session, action: str, att: Attachment, actor: str, at: datetime, **extra) -> None:
    # Audit only, no outbox entry: head office takes records, not files, and would refuse an
    # "attachment" operation; the photo stays on this PC, its hash and its history in the audit chain.
    audit.append(session, actor=actor, action=action, record_kind=KIND, record_id=att.record_id,
                 detail={"attachment_id": att.id, "sha256": att.sha256, **extra},
                 device_id=settings.identity(session).device_id, at=at)


def add_photo(store, event_id: str, data: bytes, *, filename: str, consent: bool, actor: str,
              caption: str = "") -> Attachment:
    """The whole path: consent check, keyring, reduce, seal to disk, record the hash."""
    if not consent:
        raise PhotoRefused("photo_consent_required")
    protector = protector_for(store)
    photo = reduce_photo(data)
    write_sealed(store.data_dir, photo, protector)
    with store.write() as s:
        return attach_photo(s, event_id, photo, filename=filename, consent=consent, actor=actor, caption=caption)


def remove_photo(session: Session, attachment_id: str, *, actor: str, now: datetime | None = None) -> None:
    att = session.get(Attachment, attachment_id)
    if att is None or att.deleted_at is not None:
        raise RecordNotFound(attachment_id)
    now = now or utcnow()
    att.deleted_at = now
    session.flush()
    _audit_photo(session, "photo_remove", att, actor, now)


def photos(session: Session, event_id: str) -> list[Attachment]:
    q = (select(Attachment).where(Attachment.record_kind == KIND, Attachment.record_id == event_id,
                                  Attachment.deleted_at.is_(None)).order_by(Attachment.added_at, Attachment.id))
    return list(session.execute(q).scalars())


def read_photo(data_dir: Path, sha256: str, protector) -> bytes:
    """The plain JPEG of a stored photo (for showing it; never written back in clear)."""
    return protector.open_bytes(photo_path(data_dir, sha256).read_bytes(), context=PHOTO_CONTEXT)
