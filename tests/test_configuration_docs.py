"""Every environment variable the settings read is documented once in README's configuration
table and in .env.example, and neither documents one the settings do not read."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = re.compile(r"BLOGPARADE_[A-Z][A-Z_]*[A-Z]")


def read_by_settings() -> set[str]:
    text = (ROOT / "blogparade" / "settings.py").read_text()
    return set(NAME.findall(text))


def in_readme_table() -> list[str]:
    return re.findall(r"^\| `(BLOGPARADE_[A-Z_]+)`", (ROOT / "README.md").read_text(), re.M)


def in_env_example() -> list[str]:
    return re.findall(r"^#?(BLOGPARADE_[A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M)


def test_every_setting_is_in_the_readme_table_once():
    table = in_readme_table()
    assert sorted(set(table)) == sorted(read_by_settings())
    assert len(table) == len(set(table))


def test_every_setting_is_in_env_example_once():
    example = in_env_example()
    assert sorted(set(example)) == sorted(read_by_settings())
    assert len(example) == len(set(example))


def test_no_code_reads_an_environment_variable_the_settings_do_not_declare():
    declared = read_by_settings()
    others = set()
    for path in (ROOT / "blogparade").rglob("*.py"):
        if "tests" in path.parts or path.name in ("settings.py",):
            continue
        for name in NAME.findall(path.read_text()):
            others.add(name)
    assert others <= declared, others - declared


def test_settings_are_read_from_settings_not_with_a_default_of_their_own():
    """``getattr(settings, "NAME", default)`` hides an undeclared setting; every setting has
    its one default in settings.py."""
    offenders = []
    for path in (ROOT / "blogparade").rglob("*.py"):
        if "tests" in path.parts:
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"getattr\(settings,", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []
