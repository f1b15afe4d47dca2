"""Masking, validation and normalisation of personal data (domain.md §4)."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain.personal_data import (
    COMPOUND_SURNAMES,
    check_account_number,
    check_id_number,
    check_mobile,
    id_birth_date,
    id_check_char,
    luhn_ok,
    mask_account,
    mask_address,
    mask_id_number,
    mask_name,
    mask_phone,
    normalize_account,
    normalize_digits,
    normalize_id_number,
    normalize_mobile,
)

TODAY = date(2026, 11, 24)

# GB 11643-1999's own example: 北京朝阳 110105, born 1949-12-31, sequence 002.
# Check: 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167;
# 167 mod 11 = 2 → "10X98765432"[2] = X.
VALID_ID_X = "11010519491231002X"
# 310115 19900307 123: weighted sum 212; 212 mod 11 = 3 → "9".
VALID_ID_9 = "310115199003071239"
# The standard's other example, born 1880: sum 195, mod 11 = 8 → "4"; checksum right, date implausible.
GB_EXAMPLE_1880 = "440524188001010014"
# 2023 foreigners' permanent residence ID layout: 9 + 31 (Shanghai) ...; sum 314, mod 11 = 6 → "6".
VALID_FOREIGNER_ID = "931586199001011236"


# ---- normalising ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6228 4804 0256 4890 018", "6228480402564890018"),
        ("6228-4804-0256-4890-018", "6228480402564890018"),
        ("６２２８４８０４０２５６４８９００１８", "6228480402564890018"),  # full-width digits
        ("6228\u30004804", "62284804"),  # ideographic space
        ("6228–4804—0256", "622848040256"),  # en and em dashes
        ("  ", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_digits(raw: str | None, expected: str) -> None:
    assert normalize_digits(raw) == expected
    assert normalize_account(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002x", VALID_ID_X),
        ("110105 19491231 002X", VALID_ID_X),
        ("１１０１０５１９４９１２３１００２Ｘ", VALID_ID_X),  # full-width digits and Ｘ
        ("１１０１０５１９４９１２３１００２ｘ", VALID_ID_X),
    ],
)
def test_normalize_id_number(raw: str, expected: str) -> None:
    assert normalize_id_number(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("138 1234 1234", "13812341234"),
        ("138-1234-1234", "13812341234"),
        ("+86 138 1234 1234", "13812341234"),
        ("+86-13812341234", "13812341234"),
        ("008613812341234", "13812341234"),
        ("8613812341234", "13812341234"),
        ("１３８１２３４１２３４", "13812341234"),
        ("86123", "86123"),  # too short to carry a country prefix: left alone
        ("021-6888 1234", "02168881234"),  # landline: only separators removed
    ],
)
def test_normalize_mobile(raw: str, expected: str) -> None:
    assert normalize_mobile(raw) == expected


# ---- masking numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("6228481234566789", "622848******6789"),  # domain.md example: 16 digits, 6 hidden
        ("6228480402564890018", "622848*********0018"),  # 19 digits, 9 hidden
        ("6228 4804 0256 4890 018", "622848*********0018"),
        ("31050161393600000123", "310501**********0123"),  # 20-digit account, 10 hidden
        ("12345678901", "123456*8901"),  # 11: one hidden
        ("1234567890", "******7890"),  # 10: too short for 6+4, only the tail shows
        ("12345", "*2345"),
        ("1234", "**34"),
        ("12", "*2"),
        ("1", "*"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_account(raw: str | None, masked: str) -> None:
    assert mask_account(raw) == masked


def test_masks_never_return_the_input_and_keep_the_length() -> None:
    for n in range(1, 26):
        value = "".join(str(i % 10) for i in range(1, n + 1))
        for mask in (mask_account, mask_id_number, mask_phone):
            out = mask(value)
            assert out != value, (mask.__name__, value)
            assert len(out) == n
            assert "*" in out


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("31011519900307123X", "310***********123X"),  # domain.md example, 11 hidden
        ("31011519900307123x", "310***********123X"),
        ("310115 19900307 123X", "310***********123X"),
        ("310101900307123", "310********7123"),  # 15-digit legacy, 8 hidden
        ("", ""),
    ],
)
def test_mask_id_number(raw: str, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812341234", "138****1234"),  # domain.md example
        ("+86 138-1234-1234", "138****1234"),
        ("１３８１２３４１２３４", "138****1234"),
        ("021-68881234", "021****1234"),  # landline 02168881234: 11 characters, 4 hidden
        ("95528", "*5528"),  # short: tail only
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


# ---- masking names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("张三", "张某"),
        ("王小明", "王某"),
        (" 李四 ", "李某"),
        ("张", "张某"),
        ("欧阳娜娜", "欧阳某"),
        ("欧阳", "欧阳某"),  # a compound surname alone
        ("司马光", "司马某"),
        ("买买提·艾力", "买某"),  # dotted name: first character only
        ("John Smith", "J某"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(raw: str | None, masked: str) -> None:
    assert mask_name(raw) == masked


@pytest.mark.parametrize(
    "surname",
    ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木"],
)
def test_mask_name_compound_surnames(surname: str) -> None:
    assert surname in COMPOUND_SURNAMES
    assert mask_name(surname + "明") == surname + "某"
    assert mask_name(surname + "明华") == surname + "某"


@pytest.mark.parametrize(("suffix", "masked"), [("先生", "李先生"), ("女士", "李女士"), ("某", "李某")])
def test_mask_name_honorifics(suffix: str, masked: str) -> None:
    assert mask_name("李四", suffix=suffix) == masked  # type: ignore[arg-type]
    assert mask_name("诸葛亮", suffix=suffix) == "诸葛" + suffix  # type: ignore[arg-type]


# ---- masking addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("上海市浦东新区陆家嘴环路1000号", "上海市浦东新区"),
        ("北京市朝阳区建国路88号SOHO现代城", "北京市朝阳区"),
        ("浙江省杭州市淳安县千岛湖镇新安大街1号", "浙江省杭州市淳安县"),
        ("北京市市辖区东城区东长安街1号", "北京市市辖区"),
        ("云南省玉溪市峨山彝族自治县双江街道", "云南省玉溪市峨山彝族自治县"),
        # 自治区 is a province, not a district: keep going to the real district.
        ("新疆维吾尔自治区乌鲁木齐市天山区解放南路1号", "新疆维吾尔自治区乌鲁木齐市天山区"),
        ("香港特别行政区九龙城区太子道西", "香港特别行政区九龙城区"),
        ("上海市徐汇区漕溪北路 幸福小区5号楼", "上海市徐汇区"),
        # No district marker: first 6 characters + "…".
        ("江苏省苏州市昆山市玉山镇人民路1号", "江苏省苏州市…"),
        # 小区 / 地区 are not districts; 6 chars + "…" rather than revealing the estate.
        ("上海市幸福小区5号楼202室", "上海市幸福小…"),
        ("新疆维吾尔自治区阿克苏地区库车市", "新疆维吾尔自…"),
        # Short address without a marker: half of it.
        ("人民路1号", "人民…"),
        ("  ", ""),
        (None, ""),
    ],
)
def test_mask_address(raw: str | None, masked: str) -> None:
    assert mask_address(raw) == masked


# ---- ID numbers -----------------------------------------------------------------------------


def test_id_check_char_by_hand() -> None:
    assert id_check_char(VALID_ID_X[:17]) == "X"
    assert id_check_char(VALID_ID_9[:17]) == "9"
    assert id_check_char(GB_EXAMPLE_1880[:17]) == "4"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (VALID_ID_X, None),
        ("11010519491231002x", None),  # lower-case x
        ("110105 1949 1231 002X", None),
        (VALID_ID_9, None),
        (VALID_FOREIGNER_ID, None),
        ("110105491231002", None),  # 15-digit legacy: 1949-12-31, no check digit
        ("", "id_empty"),
        (None, "id_empty"),
        ("1101051949123100", "id_bad_length"),  # 16
        ("11010519491231002X1", "id_bad_length"),  # 19
        ("11010519491231002A", "id_bad_chars"),
        ("1101051949123100X2", "id_bad_chars"),  # X only as the last character
        ("11010549123100X", "id_bad_chars"),  # 15-digit numbers have no X
        ("110105١٩٤٩1231002X", "id_bad_chars"),  # Arabic-Indic digits
        ("100105194912310029", "id_bad_region"),  # 10 is not a province code
        ("110105194902301234", "id_bad_birth_date"),  # 30 February
        ("110105194913011234", "id_bad_birth_date"),  # month 13
        ("110105209901011234", "id_bad_birth_date"),  # born in 2099
        (GB_EXAMPLE_1880, "id_bad_birth_date"),  # checksum right, born 1880
        ("110105491301002", "id_bad_birth_date"),  # 15-digit, month 13
        ("110105194912310021", "id_bad_checksum"),  # should end in X
        ("310115199003071238", "id_bad_checksum"),  # should end in 9
    ],
)
def test_check_id_number(raw: str | None, code: str | None) -> None:
    assert check_id_number(raw, today=TODAY) == code


def test_check_id_number_birth_today_is_fine_tomorrow_is_not() -> None:
    # 110105 20261124 001 → sum: 1·7+1·9+0+1·5+0+5·4+2·2+0+2·6+6·3+1·7+1·9+2·10+4·5+0+0+1·2
    # = 7+9+5+20+4+12+18+7+9+20+20+2 = 133; 133 mod 11 = 1 → "0".
    assert check_id_number("110105202611240010", today=TODAY) is None
    assert check_id_number("110105202611240010", today=date(2026, 11, 23)) == "id_bad_birth_date"


def test_id_birth_date() -> None:
    assert id_birth_date(VALID_ID_X) == date(1949, 12, 31)
    assert id_birth_date("110105491231002") == date(1949, 12, 31)
    assert id_birth_date("110105194902301234") is None
    assert id_birth_date("123") is None


# ---- mobile numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("13812341234", None),
        ("19912341234", None),
        ("+86 138 1234 1234", None),
        ("１３８－１２３４－１２３４", None),
        ("", "mobile_empty"),
        (None, "mobile_empty"),
        ("1381234123a", "mobile_bad_chars"),
        ("1381234123", "mobile_bad_length"),
        ("138123412345", "mobile_bad_length"),
        ("12812341234", "mobile_bad_prefix"),  # 12x is not a mobile range
        ("23812341234", "mobile_bad_prefix"),
        ("02168881234", "mobile_bad_prefix"),  # a landline
    ],
)
def test_check_mobile(raw: str | None, code: str | None) -> None:
    assert check_mobile(raw) == code


# ---- account numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("4111111111111111", True),  # the well-known Visa test number
        ("5555555555554444", True),  # Mastercard test number
        # 6212345678901232, doubling every second digit from the right:
        # 2+6+2+2+0+9+8+5+6+1+4+6+2+2+2+3 = 60 → valid.
        ("6212345678901232", True),
        # 6228480402564890018: 8+2+0+0+9+7+4+3+5+4+0+8+0+7+4+7+2+4+6 = 80 → valid.
        ("6228480402564890018", True),
        ("6228480402564890019", False),  # sum 81
        ("4111111111111112", False),
        # 3105016139360001: 1+0+0+0+6+6+9+6+1+3+1+0+5+0+1+6 = 45 → not valid.
        ("3105016139360001", False),
    ],
)
def test_luhn(digits: str, ok: bool) -> None:
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("6228480402564890018", None),  # 19-digit UnionPay card, Luhn ok
        ("6228 4804 0256 4890 018", None),
        ("6212345678901232", None),  # 16-digit UnionPay card
        ("4111111111111111", None),
        ("5555555555554444", None),
        ("6228480402564890019", "account_bad_checksum"),
        ("4111111111111112", "account_bad_checksum"),
        # Not card-like, so no Luhn: an account that fails Luhn is still accepted.
        ("3105016139360001", None),  # 16 digits but starts with 3
        ("62123456789012345", None),  # 17 digits
        ("310501613936", None),  # 12 digits, the shortest allowed
        ("3105016139360000012", None),  # 19 digits starting with 3
        ("", "account_empty"),
        (None, "account_empty"),
        ("62284804025A", "account_bad_chars"),
        ("31050161393", "account_bad_length"),  # 11
        ("31050161393600000123", "account_bad_length"),  # 20
    ],
)
def test_check_account_number(raw: str | None, code: str | None) -> None:
    assert check_account_number(raw) == code
