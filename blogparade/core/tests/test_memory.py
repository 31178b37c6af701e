"""The malloc arena cap of the verification processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from blogparade.core import memory

SNIPPET = "from blogparade.core.memory import limit_malloc_arenas as f; print(f())"


def run(env: dict) -> str:
    return subprocess.run(
        [sys.executable, "-c", SNIPPET], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
    reason="glibc only",
)
def test_the_cap_applies_on_glibc_unless_the_operator_set_one():
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    assert run(env) == "True"
    assert run({**env, "MALLOC_ARENA_MAX": "4"}) == "False"


def test_the_cap_is_never_an_error_elsewhere(monkeypatch):
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    assert memory.limit_malloc_arenas() is False
