"""Interoperability with a real ActivityPub peer built on Fedify (the framework behind Ghost's
social web, from the npm registry), both on loopback: `blogparade serve` as a user runs it,
and `interop/fediverse/peer.mjs`, started and stopped by this test.

A fediverse user finds the parade by its handle, follows it and receives the call (Fedify
verifies our signatures), answers with a post that mentions it and sees it listed (we verify
Fedify's), replies to the call and sees the reply in the thread, and deletes the answer, which
leaves the list.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.faults import ROOT, SLUG, instance, wait_until

PEER = ROOT / "interop" / "fediverse" / "peer.mjs"
FEDIFY = ROOT / "node_modules" / "@fedify" / "fedify"

pytestmark = pytest.mark.fault


@pytest.fixture
def fedify_peer():
    if not shutil.which("node") or not FEDIFY.is_dir():
        if os.environ.get("BLOGPARADE_REQUIRE_BROWSER") == "1":  # CI: no skipping
            pytest.fail("the Fedify peer needs Node.js and `npm ci` (make test runs it)")
        pytest.skip("the Fedify peer needs Node.js and `npm ci` (make test runs it)")
    proc = subprocess.Popen(
        ["node", str(PEER)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    line = proc.stdout.readline()
    try:
        port = json.loads(line)["port"]
    except (ValueError, KeyError):
        proc.kill()
        pytest.fail(f"the peer did not start: {line}{proc.stdout.read()[:3000]}")
    yield f"http://127.0.0.1:{port}"
    proc.kill()
    proc.wait()


def _call(url: str, payload: dict | None = None) -> object:
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(
        url,
        data=data,
        headers={"Content-Type": "application/json"},
        method="POST" if data else "GET",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


def test_a_fediverse_user_follows_answers_replies_and_deletes(tmp_path: Path, fedify_peer):
    with instance(tmp_path) as inst:
        inst.start()
        # found by its handle
        jrd = _call(f"{inst.base}/.well-known/webfinger?resource=acct:{SLUG}@127.0.0.1")
        actor = next(link["href"] for link in jrd["links"] if link["rel"] == "self")
        note_of_call = actor + "/call"

        # follows it: Accept, then the call, both verified by Fedify
        _call(f"{fedify_peer}/control/follow", {"actor": actor})

        def received() -> list:
            return _call(f"{fedify_peer}/control/received")

        assert wait_until(lambda: len(received()) >= 2, 60, 0.5), received()
        kinds = [a["type"] for a in received()]
        assert kinds[:2] == ["Accept", "Create"], kinds
        assert received()[1]["object"]["id"] == note_of_call

        # answers with a post that mentions it: listed, as a fediverse post by its author
        mention = f'<a href="{inst.call_url}" class="u-url mention">@<span>{SLUG}</span></a>'
        post = _call(
            f"{fedify_peer}/control/create",
            {
                "to": actor,
                "mention": True,
                "mentionName": f"@{SLUG}@127.0.0.1",
                "content": f"<p>{mention} My answer: the open web still carries us.</p>",
            },
        )

        def state() -> dict:
            return {row[0]: row[1:] for row in inst.stored()["contribution_states"]}

        assert wait_until(lambda: post["url"] in state(), 60, 1), inst.stored()
        status, verification, kind, author = state()[post["url"]]
        assert status in ("pending", "approved")  # listed at once, or after the host approves
        assert (verification, kind, author) == ("verified", "fediverse", "Alice Fedify")

        # replies to the call: the reply is in the call's thread
        _call(
            f"{fedify_peer}/control/create",
            {"to": actor, "content": "<p>What a good question!</p>", "inReplyTo": note_of_call},
        )
        assert wait_until(
            lambda: any("What a good question" in t for t in inst.stored()["comments"]), 60, 1
        ), inst.stored()["comments"]

        # deletes the answer: it leaves the list
        _call(f"{fedify_peer}/control/delete", {"to": actor, "note": post["id"]})
        assert wait_until(lambda: state()[post["url"]][1] == "failed", 60, 1), state()
        assert state()[post["url"]][0] != "approved"
