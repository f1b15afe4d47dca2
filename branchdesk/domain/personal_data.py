"""Personal data (C2 under JR/T 0171-2020): normalising, validating and masking (domain.md §4).

Masks are for screens, PDFs and exports. They never return the input unchanged when there is
anything to hide, even for malformed input: a short or odd value is masked harder, not less.

Validators return None when the value is acceptable, else a stable error code (a UI translates
it). They normalise first, so "3101 0119 9001 0112 3x" is judged as "31010119900101123X";
store the `normalize_*` form.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final, Literal

MASK_CHAR: Final = "*"
ELLIPSIS: Final = "…"

# ---- normalising ----------------------------------------------------------------------------

# Separators people type or paste inside numbers: spaces (any width) and dash-like characters.
_SEPARATORS_RE: Final = re.compile(r"[\s\-‐‑‒–—―−_]+")


def _nfkc(text: str) -> str:
    # NFKC turns full-width digits and letters (１２３, Ｘ) and the ideographic space into ASCII.
    return unicodedata.normalize("NFKC", text)


def normalize_digits(text: str | None) -> str:
    """Full-width to half-width, spaces and dashes removed. Other characters are kept."""
    if not text:
        return ""
    return _SEPARATORS_RE.sub("", _nfkc(text))


def normalize_id_number(text: str | None) -> str:
    """As normalize_digits, with the check character x upper-cased to X."""
    return normalize_digits(text).upper()


def normalize_mobile(text: str | None) -> str:
    """As normalize_digits, with a +86 / 0086 / 86 country prefix dropped from an 11-digit number."""
    digits = normalize_digits(text)
    for prefix in ("+86", "0086", "86"):
        rest = digits[len(prefix):]
        if digits.startswith(prefix) and len(rest) == 11 and rest.isdigit():
            return rest
    return digits


def normalize_account(text: str | None) -> str:
    return normalize_digits(text)


# ---- masking --------------------------------------------------------------------------------


def _mask_keep(text: str, head: int, tail: int) -> str:
    """Keep `head` leading and `tail` trailing characters, one MASK_CHAR for each hidden one.

    When the text is too short to hide anything that way, show less: only the tail if at least
    one character is still hidden, otherwise nothing.
    """
    n = len(text)
    if n == 0:
        return ""
    if n <= head + tail:
        head = 0
        if n <= tail:
            tail = 0 if n <= 1 else n // 2
    return text[:head] + MASK_CHAR * (n - head - tail) + (text[n - tail:] if tail else "")


def mask_account(text: str | None) -> str:
    """Card or account number: first 6 + last 4, e.g. 622848******6789."""
    return _mask_keep(normalize_account(text), 6, 4)


def mask_id_number(text: str | None) -> str:
    """ID number: first 3 + last 4, e.g. 310***********123X (18 digits) or 310********1234 (15)."""
    return _mask_keep(normalize_id_number(text), 3, 4)


def mask_phone(text: str | None) -> str:
    """Mobile (or other phone) number: first 3 + last 4, e.g. 138****1234."""
    return _mask_keep(normalize_mobile(text), 3, 4)


# Two-character surnames (复姓). A two-character name that is itself in this list is read as a
# compound surname alone (e.g. "欧阳").
COMPOUND_SURNAMES: Final = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "司空", "西门", "南宫", "独孤",
        "呼延", "赫连", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "公西",
        "太叔", "申屠", "钟离", "拓跋", "百里", "东郭", "公羊", "第五", "司寇", "梁丘",
        "左丘", "东门", "仲孙", "叔孙", "乐正", "漆雕", "壤驷", "公良", "谷梁", "段干",
    }
)  # fmt: skip

NameSuffix = Literal["某", "先生", "女士"]


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def mask_name(text: str | None, suffix: NameSuffix = "某") -> str:
    """Surname + 某 (or 先生/女士): 张三 → 张某, 欧阳娜娜 → 欧阳某.

    Names with a separating dot (买买提·艾力) and non-Chinese names keep only their first
    character, since their "surname" cannot be told apart reliably.
    """
    name = _nfkc(text or "").strip()
    if not name:
        return ""
    if _is_cjk(name[0]) and "·" not in name and "•" not in name:
        surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
        return surname + suffix
    return name[0] + suffix


# Administrative-level words that end in 区/县 but are not the district level we truncate to:
# province-level (自治区, 特别行政区), prefecture (地区), and places inside a district (小区...).
_NOT_DISTRICT_RE: Final = re.compile(r"(自治区|特别行政区|地区|小区|社区|园区|校区|景区|厂区|营区|街区|库区|片区)")
_DISTRICT_RE: Final = re.compile(r"市辖区|区|县")


def mask_address(text: str | None) -> str:
    """Truncate an address to its district: keep up to and including the first 区/县/市辖区.

    Without such a marker keep the first 6 characters (at most half of a short address) + "…".
    """
    address = (text or "").strip()
    if not address:
        return ""
    skip = {m.end() - 1 for m in _NOT_DISTRICT_RE.finditer(address)}
    for m in _DISTRICT_RE.finditer(address):
        if m.end() - 1 not in skip:
            return address[: m.end()]
    keep = 6 if len(address) > 6 else len(address) // 2
    return address[:keep] + ELLIPSIS


# ---- validating -----------------------------------------------------------------------------

# First two digits of a resident ID: province-level divisions (GB/T 2260), plus 71/81/82/83
# used by Taiwan, Hong Kong and Macao residents' documents and residence permits.
_PROVINCE_CODES: Final = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)  # fmt: skip
_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS: Final = "10X98765432"
_EARLIEST_BIRTH: Final = date(1900, 1, 1)


def id_check_char(first17: str) -> str:
    """GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def id_birth_date(id_number: str) -> date | None:
    """Birth date in a normalised 18- or 15-digit ID number, or None if it is not a real date."""
    if len(id_number) == 18:
        text = id_number[6:14]
    elif len(id_number) == 15:
        text = "19" + id_number[6:12]  # legacy numbers were issued to people born in the 1900s
    else:
        return None
    if not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _region_ok(value: str) -> bool:
    if int(value[:2]) in _PROVINCE_CODES:
        return True
    # The 2023 foreigners' permanent residence ID: "9" + province code, same layout otherwise.
    return len(value) == 18 and value[0] == "9" and int(value[1:3]) in _PROVINCE_CODES


def check_id_number(text: str | None, today: date | None = None) -> str | None:
    """None if `text` is a plausible PRC resident ID (18 digits with checksum, or 15 legacy).

    Codes: id_empty, id_bad_length, id_bad_chars, id_bad_region, id_bad_birth_date,
    id_bad_checksum.
    """
    value = normalize_id_number(text)
    if not value:
        return "id_empty"
    if len(value) not in (15, 18):
        return "id_bad_length"
    body = value[:17] if len(value) == 18 else value
    if not (body.isascii() and body.isdigit()) or not (len(value) == 15 or value[17] in "0123456789X"):
        return "id_bad_chars"
    if not _region_ok(value):
        return "id_bad_region"
    born = id_birth_date(value)
    if born is None or not (_EARLIEST_BIRTH <= born <= (today or date.today())):
        return "id_bad_birth_date"
    if len(value) == 18 and id_check_char(value[:17]) != value[17]:
        return "id_bad_checksum"
    return None


_MOBILE_RE: Final = re.compile(r"1[3-9]\d{9}")


def check_mobile(text: str | None) -> str | None:
    """None if `text` is a mainland mobile number: 11 digits starting 13–19.

    Codes: mobile_empty, mobile_bad_chars, mobile_bad_length, mobile_bad_prefix.
    """
    value = normalize_mobile(text)
    if not value:
        return "mobile_empty"
    if not value.isdigit() or not value.isascii():
        return "mobile_bad_chars"
    if len(value) != 11:
        return "mobile_bad_length"
    if not _MOBILE_RE.fullmatch(value):
        return "mobile_bad_prefix"
    return None


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _looks_like_card(digits: str) -> bool:
    # UnionPay (62), Visa (4) and Mastercard (5) card numbers carry a Luhn check digit; plain
    # bank account numbers often do not, so only these are checked.
    return len(digits) in (16, 19) and digits.startswith(("62", "4", "5"))


def check_account_number(text: str | None) -> str | None:
    """None if `text` is 12–19 digits (and, for card-like numbers, passes Luhn).

    Codes: account_empty, account_bad_chars, account_bad_length, account_bad_checksum.
    """
    value = normalize_account(text)
    if not value:
        return "account_empty"
    if not value.isdigit() or not value.isascii():
        return "account_bad_chars"
    if not 12 <= len(value) <= 19:
        return "account_bad_length"
    if _looks_like_card(value) and not luhn_ok(value):
        return "account_bad_checksum"
    return None
