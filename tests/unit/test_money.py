import pytest

from branchdesk.domain.money import AmountError, format_fen, parse_amount


@pytest.mark.parametrize("text,fen", [
    ("12345.67", 1234567), ("12,345.6", 1234560), ("¥50000", 5000000), ("50000元", 5000000),
    ("0.01", 1), ("12.340", 1234), (" 8 ", 800), (1000, 100000), ("", None), (None, None),
])
def test_parse_amount(text, fen):
    assert parse_amount(text) == fen


@pytest.mark.parametrize("text,code", [
    ("12.345", "too_many_decimals"), ("abc", "not_a_number"), ("-5", "negative"),
    ("1e20", "too_large"), ("NaN", "not_a_number"),
])
def test_parse_amount_rejects(text, code):
    with pytest.raises(AmountError) as exc:
        parse_amount(text)
    assert exc.value.code == code


def test_format_fen():
    assert format_fen(1234567) == "12,345.67"
    assert format_fen(5, grouping=False) == "0.05"
    assert format_fen(None) == ""
