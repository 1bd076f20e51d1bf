#!/usr/bin/env python3
"""Fills layerlab_zh_CN.ts (and layerlab_en.ts's plural forms) from a dictionary.

A maintainer's helper, not part of the build: `ninja update_translations` adds new strings as
unfinished; add their translations to the dictionary module given and run
    resources/translations/fill.py DICT.py
Strings without a translation stay unfinished, which tst_translations reports."""
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("d", sys.argv[1])
d = importlib.util.module_from_spec(spec)
spec.loader.exec_module(d)


def fill(ts, lookup):
    tree = ET.parse(ts)
    missing = []
    for m in tree.iter("message"):
        src = m.find("source").text
        tr = m.find("translation")
        forms = lookup(src)
        if forms is None:
            if tr.get("type") == "unfinished":
                missing.append(src)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if m.get("numerus") == "yes":
            for f in forms:
                e = ET.SubElement(tr, "numerusform")
                e.text = f
        else:
            tr.text = forms[0]
        tr.attrib.pop("type", None)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


missing = fill(here / "layerlab_zh_CN.ts", lambda s: (d.ZH[s],) if s in d.ZH else None)
missing += fill(here / "layerlab_en.ts", lambda s: d.EN_PLURALS.get(s))
for s in missing:
    print("untranslated:", s)
