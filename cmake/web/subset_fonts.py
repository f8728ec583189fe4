#!/usr/bin/env python3
"""The web site's fonts: the system's DejaVu Sans and WenQuanYi Micro Hei cut down to the
characters ConvViz draws, so that the page loads fast (issue 22: at most 2 MB gzipped in English).

  latin.ttf     DejaVu Sans: Latin, Greek, the punctuation, arrows and mathematical signs the
                frames use, and every character of the English string table.
  cjk-names.ttf WenQuanYi: the language menu's names (简体中文), loaded with the page.
  cjk.ttf       WenQuanYi: the Chinese string table's characters and the 3,755 most common
                characters (GB 2312's first level), loaded only when Chinese is chosen.

Usage: subset_fonts.py SOURCE_DIR OUT_DIR"""
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# Printable ASCII, Latin-1 and Latin Extended-A, Greek, general punctuation, super- and
# subscripts, letter-like symbols, arrows, mathematical operators, technical (⌊⌋⌈⌉), box and
# geometric shapes (▶ •), the phonetic superscripts (ᵀ).
LATIN_RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x370, 0x3FF), (0x1D00, 0x1DBF), (0x2000, 0x206F),
                (0x2070, 0x209F), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
                (0x2300, 0x23FF), (0x2500, 0x25FF), (0xFFFD, 0xFFFD)]


def string_literals(path):
    """Every character inside the C++ file's string literals."""
    text = Path(path).read_text(encoding="utf-8")
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', text))


def gb2312_level1():
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def cut(font, unicodes, out):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]        # the family name: the app picks a collection's face by it
    options.notdef_outline = True
    options.hinting = False         # stb_truetype and ImGui ignore hinting
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    font.save(out)


def main():
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    latin = {c for lo, hi in LATIN_RANGES for c in range(lo, hi + 1)}
    latin |= {ord(c) for c in string_literals(source / "core/i18n/strings_en.cpp")}
    cut(TTFont(DEJAVU), latin, out / "latin.ttf")

    # The Simplified Chinese face of the collection (its family name ends in " SC"; wqy's first).
    collection = TTCollection(WQY)
    face = next((f for f in collection.fonts if f["name"].getDebugName(1).endswith("Micro Hei")), collection.fonts[0])
    names = {ord(c) for c in string_literals(source / "core/i18n/lang.cpp") if ord(c) > 0x2E80}
    cut(TTCollection(WQY).fonts[collection.fonts.index(face)], names, out / "cjk-names.ttf")
    chinese = {ord(c) for c in string_literals(source / "core/i18n/strings_zh.cpp")}
    chinese |= {ord(c) for c in gb2312_level1()} | names | {c for c in range(0x3000, 0x303F)} | {c for c in range(0xFF00, 0xFFEF)}
    cut(TTCollection(WQY).fonts[collection.fonts.index(face)], chinese, out / "cjk.ttf")


if __name__ == "__main__":
    main()
