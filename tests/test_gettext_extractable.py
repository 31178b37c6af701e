"""makemessages (xgettext) does not look inside f-strings: a ``_("…")`` there is never
translated. Every translatable string stands outside them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "blogparade"
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "pgettext", "npgettext"}


def test_no_gettext_call_inside_an_f_string():
    found = []
    for path in ROOT.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in GETTEXT
                ):
                    found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert found == []
