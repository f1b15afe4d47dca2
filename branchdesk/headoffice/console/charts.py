"""Small server-rendered SVG charts: horizontal bars for categories, columns for a monthly trend."""

from __future__ import annotations

from markupsafe import Markup, escape

_BAR = "#2f6fb0"
_BAR2 = "#8fb4dc"


def _short(n: float) -> str:
    if n >= 1e8:
        return f"{n / 1e8:.1f}亿"
    if n >= 1e4:
        return f"{n / 1e4:.1f}万"
    return f"{n:,.0f}"


def hbars(items: list[tuple[str, float]], *, width: int = 460, limit: int = 10, title: str = "") -> Markup:
    items = items[:limit]
    if not items:
        return Markup('<p class="empty">暂无数据</p>')
    top = max(v for _k, v in items) or 1
    row, label_w, pad = 24, 150, 60
    h = row * len(items) + 8
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {h}" '
             f'width="{width}" height="{h}">']
    for i, (label, value) in enumerate(items):
        y = 4 + i * row
        w = (width - label_w - pad) * (value / top)
        text = str(label)
        text = text if len(text) <= 11 else text[:10] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(text)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="16" fill="{_BAR}" rx="2"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 15}">{_short(value)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(items: list[tuple[str, float, float | None]], *, width: int = 460, height: int = 180,
            title: str = "", legend: tuple[str, str] = ("", "")) -> Markup:
    """Months left to right: the first value as a dark column, the optional second as a light one."""
    if not items:
        return Markup('<p class="empty">暂无数据</p>')
    top = max(max(a, b or 0) for _m, a, b in items) or 1
    base, left = height - 24, 8
    slot = (width - left * 2) / len(items)
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">',
             f'<line x1="{left}" y1="{base}" x2="{width - left}" y2="{base}" stroke="#c8ced6"/>']
    for i, (month, a, b) in enumerate(items):
        x = left + i * slot
        bw = slot * (0.38 if b is not None else 0.7)
        ha = (base - 16) * a / top
        parts.append(f'<rect x="{x + slot * 0.12:.1f}" y="{base - ha:.1f}" width="{bw:.1f}" height="{ha:.1f}" '
                     f'fill="{_BAR}"><title>{escape(month)} {a:,.0f}</title></rect>')
        if b is not None:
            hb = (base - 16) * b / top
            parts.append(f'<rect x="{x + slot * 0.12 + bw:.1f}" y="{base - hb:.1f}" width="{bw:.1f}" '
                         f'height="{hb:.1f}" fill="{_BAR2}"><title>{escape(month)} {b:,.0f}</title></rect>')
        if len(items) <= 12 or i % 2 == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{height - 8}" text-anchor="middle" class="axis">'
                         f'{escape(month[5:] if len(items) <= 12 else month[2:])}</text>')
    if legend[0]:
        parts.append(f'<rect x="{width - 150}" y="2" width="10" height="10" fill="{_BAR}"/>'
                     f'<text x="{width - 136}" y="11" class="axis">{escape(legend[0])}</text>')
    if legend[1]:
        parts.append(f'<rect x="{width - 80}" y="2" width="10" height="10" fill="{_BAR2}"/>'
                     f'<text x="{width - 66}" y="11" class="axis">{escape(legend[1])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
