"""Fill untranslated messages of the .ts files from the glossaries in i18n/glossary/*.json.

Each glossary maps an English source text to its Simplified Chinese text, or to an object
{"zh_CN": ..., "zh_TW": ...} where the Traditional text must differ from OpenCC's conversion.
Traditional Chinese defaults to OpenCC's s2tw conversion of the Simplified text. English is the
source language, so en.ts is marked finished with the source text. Translations already in a .ts
file (e.g. made in Qt Linguist) are kept.

Usage: python tools/fill_translations.py i18n/branchdesk_zh_CN.ts ... [--check]
--check exits 1 and lists the sources that have no translation.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

GLOSSARY_DIR = Path(__file__).resolve().parents[1] / "i18n" / "glossary"


def load_glossary() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for f in sorted(GLOSSARY_DIR.glob("*.json")):
        for src, val in json.loads(f.read_text(encoding="utf-8")).items():
            out[src] = {"zh_CN": val} if isinstance(val, str) else dict(val)
    return out


def translate(src: str, lang: str, glossary, conv) -> str | None:
    if lang == "en":
        return src
    entry = glossary.get(src)
    if not entry:
        return None
    if lang == "zh_TW":
        return entry.get("zh_TW") or conv.convert(entry["zh_CN"])
    return entry.get("zh_CN")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    files = [Path(a) for a in argv if not a.startswith("--")]
    glossary = load_glossary()
    try:
        import opencc

        conv = opencc.OpenCC("s2tw")
    except ImportError:  # only needed when Traditional texts are generated
        conv = None
    missing: set[str] = set()
    for path in files:
        lang = path.stem.split("_", 1)[1]
        tree = ET.parse(path)
        for msg in tree.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") not in ("unfinished",) and ((tr.text or "").strip() or list(tr)):
                continue  # already translated by hand
            text = translate(src, lang, glossary, conv) if (lang != "zh_TW" or conv) else None
            if text is None:
                missing.add(src)
                continue
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
        ET.indent(tree)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        print(f"{len(missing)} source text(s) without a translation:", file=sys.stderr)
        for m in sorted(missing):
            print("  " + m, file=sys.stderr)
        return 1 if check else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
