"""The German catalogue is complete and compiled: every message translated, none fuzzy, and the
compiled .mo answers for every msgid of the .po."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import blogparade

LOCALE = Path(blogparade.__file__).parent / "locale" / "de" / "LC_MESSAGES"


def read_po(path: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry: dict[str, object] = {"flags": "", "msgid": "", "msgstr": []}
        key = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] = line
            elif line.startswith("#"):
                continue
            elif line.startswith(("msgctxt ", "msgid_plural ")):
                key = None
            elif line.startswith("msgid "):
                key = "msgid"
                entry["msgid"] = ast.literal_eval(line[6:])
            elif line.startswith("msgstr"):
                key = "msgstr"
                entry["msgstr"].append(ast.literal_eval(line.split(" ", 1)[1]))  # type: ignore[union-attr]
            elif line.startswith('"') and key == "msgid":
                entry["msgid"] += ast.literal_eval(line)  # type: ignore[operator]
            elif line.startswith('"') and key == "msgstr":
                entry["msgstr"][-1] += ast.literal_eval(line)  # type: ignore[index]
        if entry["msgid"]:
            entries.append(entry)
    return entries


def test_german_catalogue_is_complete():
    entries = read_po(LOCALE / "django.po")
    assert len(entries) > 400
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"])]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in str(e["flags"])]
    assert untranslated == [], "run `make messages` and translate these"
    assert fuzzy == []


def test_compiled_catalogue_matches_the_source():
    with open(LOCALE / "django.mo", "rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    missing = [
        e["msgid"]
        for e in read_po(LOCALE / "django.po")
        if len(e["msgstr"]) == 1 and catalogue.gettext(e["msgid"]) == e["msgid"] != e["msgstr"][0]  # type: ignore[index]
    ]
    assert missing == [], "the .mo is older than the .po: run `make messages`"


def test_parade_page_renders_in_german(client, parade):
    parade.language = "de"
    parade.save()
    html = client.get(parade.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert ">Beiträge <" in html and "Contributions" not in html
