"""Reading reference codes and the holiday calendar from the store."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.reference import RefBook, RefCode
from branchdesk.store.models import ReferenceCode


def load_refbook(session: Session) -> RefBook:
    rows = session.execute(select(ReferenceCode)).scalars()
    return RefBook([
        RefCode(category=r.category, code=r.code, label_zh_cn=r.label_zh_cn, label_zh_tw=r.label_zh_tw,
                label_en=r.label_en, sort_order=r.sort_order, active=r.active, parent_code=r.parent_code)
        for r in rows
    ])
