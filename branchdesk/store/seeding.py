"""First-start seed: reference codes, holiday calendar, device identity."""

from __future__ import annotations

from sqlalchemy import func, select

from branchdesk.domain.reference import seed_codes
from branchdesk.store import settings
from branchdesk.store.models import Holiday, ReferenceCode
from branchdesk.store.types import utcnow


def seed_reference_data(store) -> None:
    """Add seed codes that are missing; never overwrite what head office has sent."""
    with store.write() as s:
        settings.ensure_identity(s)
        have = {(c, k) for c, k in s.execute(select(ReferenceCode.category, ReferenceCode.code))}
        now = utcnow()
        for c in seed_codes():
            if (c.category, c.code) not in have:
                s.add(ReferenceCode(
                    category=c.category, code=c.code, label_zh_cn=c.label_zh_cn, label_zh_tw=c.label_zh_tw,
                    label_en=c.label_en, sort_order=c.sort_order, active=True, parent_code=c.parent_code,
                    source="seed", updated_at=now,
                ))
        if not s.execute(select(func.count()).select_from(Holiday)).scalar():
            from branchdesk.domain.holiday_seed import HOLIDAY_SEED as HOLIDAYS

            for day, kind, name in HOLIDAYS:
                s.add(Holiday(day=day, kind=kind, name=name, source="seed", updated_at=now))
