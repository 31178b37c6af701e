"""The arrows between the apps (DESIGN.md, "Architecture"): who may import whom, and no cycles.

The graph is built from the source: every ``import`` / ``from … import`` of a
``blogparade.<app>`` module (at module level or inside a function), and every string that
names one as a dotted path (``include("blogparade.x.urls")``, ``import_string(…)``). Imports
under ``if TYPE_CHECKING:`` are type hints only and do not count. Tests and migrations are
left out. The CLI (``blogparade/cli.py`` and every ``management`` package) may import
anything, and nothing may import it; the project's wiring (settings, urls, wsgi, asgi, env)
is not an app.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "blogparade"
APPS = {
    "core",
    "fetch",
    "parades",
    "contributions",
    "linkbacks",
    "comments",
    "syndication",
    "fediverse",
}
WIRING = {"settings", "urls", "wsgi", "asgi", "env"}
# Allowed arrows, besides an app importing itself. Everyone may use core (settings helpers,
# rate limits, the worker, signals between apps) and fetch (the one way to other sites).
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "fetch": {"core"},
    "parades": {"core", "fetch"},
    "contributions": {"core", "fetch", "parades"},
    "linkbacks": {"core", "fetch", "contributions"},
    "comments": {"core", "fetch", "parades", "contributions"},
    # ActivityPub at the edge, like linkbacks: contributions through the intake, replies to
    # the comment threads by core's signal
    "fediverse": {"core", "fetch", "parades", "contributions"},
    "syndication": APPS - {"syndication", "fediverse"},  # reads everything; nothing imports it
}
DOTTED = re.compile(r"^blogparade\.([a-z_]+)(?:\.[A-Za-z_][\w.]*)?$")


def _module_of(path: Path) -> tuple[str, bool]:
    """``(app or wiring name, is CLI)`` for a source file."""
    parts = path.relative_to(ROOT).parts
    head = parts[0].removesuffix(".py")
    return head, head == "cli" or "management" in parts


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _references(tree: ast.AST) -> list[tuple[str, int, bool]]:
    """``(referenced module, line, is CLI)`` for each import or dotted-path string."""
    skip = _type_checking_lines(tree)
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and DOTTED.match(node.value)
        ):
            names = [node.value]
        for name in names:
            if name.startswith("blogparade.") and getattr(node, "lineno", 0) not in skip:
                parts = name.split(".")
                found.append((name, node.lineno, parts[1] == "cli" or "management" in parts))
    return found


def build_graph() -> tuple[dict[tuple[str, str], list[str]], list[str]]:
    """``({(from app, to app): [where]}, [imports of the CLI by non-CLI code])``."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    cli_imported: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if "tests" in rel.parts or "migrations" in rel.parts:
            continue
        source, is_cli = _module_of(path)
        for name, line, target_is_cli in _references(ast.parse(path.read_text())):
            where = f"{rel}:{line} → {name}"
            if target_is_cli and not is_cli:
                cli_imported.append(where)
            target = name.split(".")[1]
            if is_cli or source in WIRING or target == source or target not in APPS:
                continue
            edges[(source, target)].append(where)
    return edges, cli_imported


def test_every_arrow_between_apps_is_an_allowed_one():
    edges, _cli = build_graph()
    wrong = [
        where
        for (source, target), places in sorted(edges.items())
        if target not in ALLOWED[source]
        for where in places
    ]
    assert wrong == []


def test_nothing_imports_the_cli():
    _edges, cli_imported = build_graph()
    assert cli_imported == []


def test_the_apps_form_no_cycle():
    edges, _cli = build_graph()
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    state: dict[str, int] = {}

    def visit(app: str, trail: list[str]) -> None:
        state[app] = 1
        for nxt in sorted(graph[app]):
            if state.get(nxt) == 1:
                raise AssertionError("cycle: " + " → ".join([*trail, app, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, app])
        state[app] = 2

    for app in sorted(APPS):
        if app not in state:
            visit(app, [])


def test_the_allowed_table_itself_has_no_cycle_and_knows_every_app():
    assert set(ALLOWED) == APPS
    assert {p.name for p in ROOT.iterdir() if (p / "apps.py").exists()} == APPS


def test_the_statuses_parades_counts_by_value_are_the_contributions_own():
    from blogparade.contributions.models import Contribution
    from blogparade.parades import services

    assert services.APPROVED == Contribution.Status.APPROVED
    assert services.PENDING == Contribution.Status.PENDING


def test_the_graph_sees_a_forbidden_arrow(tmp_path):
    """The check can fail: a parades module importing contributions is reported."""
    fake = tmp_path / "blogparade"
    (fake / "parades").mkdir(parents=True)
    (fake / "parades" / "x.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from blogparade.linkbacks.models import Mention\n"
        "def f():\n    from blogparade.contributions.models import Contribution\n"
    )
    globals()["ROOT"], saved = fake, ROOT
    try:
        edges, _cli = build_graph()
    finally:
        globals()["ROOT"] = saved
    assert list(edges) == [("parades", "contributions")]
