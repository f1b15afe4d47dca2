"""Reference codes: the coded lists that forms offer (fraud types, channels, ...)."""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("zh_CN", "zh_TW", "en")


@dataclass(frozen=True)
class RefCode:
    category: str
    code: str
    label_zh_cn: str
    label_zh_tw: str
    label_en: str
    sort_order: int = 0
    active: bool = True
    parent_code: str | None = None

    def label(self, lang: str) -> str:
        if lang.startswith("zh_TW") or lang.startswith("zh_HK"):
            return self.label_zh_tw
        if lang.startswith("en"):
            return self.label_en
        return self.label_zh_cn


def seed_codes() -> list[RefCode]:
    from branchdesk.domain.reference_seed import SEED

    return [
        RefCode(category=c, code=k, label_zh_cn=cn, label_zh_tw=tw, label_en=en, sort_order=o, parent_code=p)
        for (c, k, cn, tw, en, o, p) in SEED
    ]


class RefBook:
    """All codes of all categories, looked up by (category, code)."""

    def __init__(self, codes: list[RefCode]):
        self._by_key = {(c.category, c.code): c for c in codes}
        self._by_cat: dict[str, list[RefCode]] = {}
        for c in sorted(codes, key=lambda c: (c.category, c.sort_order, c.code)):
            self._by_cat.setdefault(c.category, []).append(c)

    def options(self, category: str, *, include_inactive: bool = False) -> list[RefCode]:
        items = self._by_cat.get(category, [])
        return items if include_inactive else [c for c in items if c.active]

    def get(self, category: str, code: str) -> RefCode | None:
        return self._by_key.get((category, code))

    def is_valid(self, category: str, code: str) -> bool:
        c = self._by_key.get((category, code))
        return c is not None and c.active

    def label(self, category: str, code: str | None, lang: str) -> str:
        if not code:
            return ""
        c = self._by_key.get((category, code))
        return c.label(lang) if c else code

    def find_by_label(self, category: str, text: str) -> RefCode | None:
        """Match a code or any language's label (imports accept either)."""
        t = text.strip()
        for c in self._by_cat.get(category, []):
            if t in (c.code, c.label_zh_cn, c.label_zh_tw, c.label_en) or t.lower() == c.label_en.lower():
                return c
        return None
