"""Counter fraud interceptions (涉诈拦截): the record, its validation and statistics.

Pure domain code: no Qt, no SQL. Codes refer to reference categories (see reference_seed).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from branchdesk.domain.reference import RefBook

KIND = "fraud"

# Reference category of each coded field.
CODED_FIELDS = {
    "detection_source": "detection_source",
    "business_type": "business_type",
    "channel": "fraud_channel",
    "subject_role": "subject_role",
    "customer_gender": "gender",
    "age_band": "age_band",
    "fraud_type": "fraud_type",
    "contact_vector": "contact_vector",
    "outcome": "fraud_outcome",
}
REQUIRED = ("occurred_at", "detection_source", "business_type", "channel", "subject_role", "fraud_type", "outcome")
ELDERLY_BAND = "60P"
NARRATIVE_MAX = 4000

# Long digit runs in a narrative are ID, phone or card numbers: the register must not hold them
# in clear text (domain.md §2, "李女士/张某" naming only).
_DIGIT_RUN = re.compile(r"\d[\d\s-]{9,}\d|\d{10,}")


@dataclass
class FraudInterception:
    """One interception as the teller records it. Amounts are integer fen."""

    occurred_at: datetime | None = None  # UTC, aware
    detection_source: str = ""
    business_type: str = ""
    channel: str = ""
    subject_role: str = "VICTIM"
    customer_gender: str = "U"
    age_band: str = ""
    fraud_type: str = ""
    contact_vector: str = ""
    amount_attempted: int | None = None
    amount_protected: int | None = None
    actions: tuple[str, ...] = ()
    police_notified: bool = False
    police_attended: bool = False
    police_ref: str = ""
    outcome: str = ""
    narrative: str = ""
    recorder: str = ""
    reviewer: str = ""
    # Set by the store on save:
    id: str = ""
    case_no: str = ""
    branch_code: str = ""
    device_id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    version: int = 0
    server_version: int | None = None

    @property
    def is_elderly(self) -> bool:
        return self.age_band == ELDERLY_BAND

    def content_fields(self) -> dict:
        """What the teller entered: the fields an amendment may change."""
        skip = {"id", "case_no", "branch_code", "device_id", "created_at", "updated_at", "deleted_at", "version", "server_version"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}

    def with_changes(self, **changes) -> "FraudInterception":
        return replace(self, **changes)


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str


def validate(rec: FraudInterception, refs: RefBook, *, now: datetime | None = None) -> list[FieldError]:
    """All problems of a record, each tied to its field, so the form can show them inline."""
    now = now or datetime.now(timezone.utc)
    errs: list[FieldError] = []
    for name in REQUIRED:
        if not getattr(rec, name):
            errs.append(FieldError(name, "required"))
    for name, category in CODED_FIELDS.items():
        value = getattr(rec, name)
        if value and not refs.is_valid(category, value):
            errs.append(FieldError(name, "unknown_code"))
    for code in rec.actions:
        if not refs.is_valid("fraud_action", code):
            errs.append(FieldError("actions", "unknown_code"))
            break
    if not rec.actions:
        errs.append(FieldError("actions", "at_least_one_action"))
    if rec.occurred_at is not None and rec.occurred_at > now + timedelta(minutes=1):
        errs.append(FieldError("occurred_at", "in_future"))
    for name in ("amount_attempted", "amount_protected"):
        v = getattr(rec, name)
        if v is not None and v < 0:
            errs.append(FieldError(name, "negative"))
    if rec.amount_attempted is None:
        errs.append(FieldError("amount_attempted", "required"))
    if (
        rec.amount_attempted is not None
        and rec.amount_protected is not None
        and rec.amount_protected > rec.amount_attempted
    ):
        errs.append(FieldError("amount_protected", "protected_above_attempted"))
    if rec.police_attended and not rec.police_notified:
        errs.append(FieldError("police_attended", "attended_without_notified"))
    if rec.police_ref.strip() and not rec.police_notified:
        errs.append(FieldError("police_ref", "police_ref_without_police"))
    if len(rec.narrative) > NARRATIVE_MAX:
        errs.append(FieldError("narrative", "too_long"))
    if _DIGIT_RUN.search(rec.narrative or ""):
        errs.append(FieldError("narrative", "contains_id_number"))
    if len(rec.police_ref) > 64:
        errs.append(FieldError("police_ref", "too_long"))
    return errs


@dataclass(frozen=True)
class FraudFilter:
    """What the register list is narrowed to. Dates are local calendar dates, inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    fraud_types: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    amount_min: int | None = None  # fen, on amount protected
    amount_max: int | None = None
    police_notified: bool | None = None
    recorder: str | None = None
    text: str = ""
    include_deleted: bool = False


@dataclass(frozen=True)
class Totals:
    """What the register's totals line shows for a filter."""

    count: int
    amount_protected: int
    amount_attempted: int


@dataclass
class FraudStats:
    count: int = 0
    amount_protected: int = 0
    amount_attempted: int = 0
    elderly: int = 0
    police: int = 0
    by_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # code -> (count, protected)
    by_month: dict[str, tuple[int, int]] = field(default_factory=dict)  # 'YYYY-MM' -> (count, protected)
    by_age_band: dict[str, int] = field(default_factory=dict)

    @property
    def elderly_share(self) -> float:
        return self.elderly / self.count if self.count else 0.0

    @property
    def police_rate(self) -> float:
        return self.police / self.count if self.count else 0.0

    @property
    def average_protected(self) -> int:
        return self.amount_protected // self.count if self.count else 0


def compute_stats(rows: Iterable[tuple[str, str, int, str, bool]]) -> FraudStats:
    """Rows of (month 'YYYY-MM', fraud_type, amount_protected fen, age_band, police_notified)."""
    st = FraudStats()
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bands: Counter[str] = Counter()
    for month, ftype, protected, band, police in rows:
        protected = protected or 0
        st.count += 1
        st.amount_protected += protected
        if band == ELDERLY_BAND:
            st.elderly += 1
        if police:
            st.police += 1
        by_type[ftype][0] += 1
        by_type[ftype][1] += protected
        by_month[month][0] += 1
        by_month[month][1] += protected
        bands[band or ""] += 1
    st.by_type = {k: (v[0], v[1]) for k, v in by_type.items()}
    st.by_month = {k: (v[0], v[1]) for k, v in sorted(by_month.items())}
    st.by_age_band = dict(bands)
    return st
