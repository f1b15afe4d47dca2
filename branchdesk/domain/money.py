"""Money: CNY amounts kept as integer fen so sums are exact."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_FEN = 10**15  # one trillion yuan: anything above is a typing slip


class AmountError(ValueError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def parse_amount(text: str | int | float | Decimal | None) -> int | None:
    """Parse '12,345.67' / '¥12345.6' / 12345 into fen; None when empty.

    Raises AmountError with a message code on bad input.
    """
    if text is None:
        return None
    if isinstance(text, float):
        text = repr(text)
    s = str(text).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "")
    if not s:
        return None
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise AmountError("not_a_number") from None
    if not d.is_finite():
        raise AmountError("not_a_number")
    if d < 0:
        raise AmountError("negative")
    if d != d.quantize(Decimal("0.01")) and d.as_tuple().exponent < -2:
        # '12.340' is fine (trailing zero); '12.345' is not.
        if d.normalize().as_tuple().exponent < -2:
            raise AmountError("too_many_decimals")
    fen = int((d * 100).to_integral_value())
    if fen > MAX_FEN:
        raise AmountError("too_large")
    return fen


def format_fen(fen: int | None, *, grouping: bool = True) -> str:
    if fen is None:
        return ""
    yuan = Decimal(fen) / 100
    return f"{yuan:,.2f}" if grouping else f"{yuan:.2f}"
