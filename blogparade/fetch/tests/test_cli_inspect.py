"""`blogparade inspect SOURCE --json [--base-url URL]`, run as the real console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).with_name("blogparade")
CORPUS = Path(__file__).resolve().parents[3] / "tests" / "corpus"


def run(tmp_path, *args, allow="127.0.0.1"):
    env = dict(
        os.environ,
        BLOGPARADE_DATA_DIR=str(tmp_path),
        BLOGPARADE_FETCH_ALLOW_HOSTS=allow,
        BLOGPARADE_LOG_LEVEL="WARNING",
    )
    return subprocess.run(
        [str(BIN), "inspect", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_inspect_file_with_base_url(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<html lang="en"><head><title>Hello</title></head><body><article><p>See <a href="/call/">the call</a> and this long enough sentence.</p></article></body></html>'
    )
    result = run(tmp_path, str(page), "--json", "--base-url", "https://blog.example/post/")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["url"] == "https://blog.example/post/"
    assert data["title"] == "Hello" and data["language"] == "en" and data["kind"] == "article"
    assert data["links"] == ["https://blog.example/call/"]
    assert data["author"] == {"name": "", "url": "", "photo": ""}


def test_inspect_url(tmp_path, httpserver):
    html = (CORPUS / "ghost-casper-en.html").read_bytes()
    httpserver.expect_request("/quiet-joy/").respond_with_data(
        html, content_type="text/html; charset=utf-8"
    )
    result = run(tmp_path, f"http://127.0.0.1:{httpserver.port}/quiet-joy/", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "The quiet joy of writing for nobody"
    assert data["published"] == "2024-03-09T21:30:12+00:00"
    assert "https://parade.example/p/warum-bloggen/" in data["links"]


def test_inspect_refused_url_is_one_line(tmp_path):
    result = run(tmp_path, "http://10.1.2.3/post", "--json", allow="")
    assert result.returncode == 2
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1


def test_inspect_missing_file(tmp_path):
    result = run(tmp_path, str(tmp_path / "nope.html"), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_inspect_explains_where_each_field_came_from(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<html lang="de"><head><title>Blog</title>'
        '<meta property="og:image" content="https://blog.example/i.png">'
        '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": '
        '"2026-03-01T10:00:00+01:00", "author": {"@type": "Person", "name": "Ada Muster"}}'
        '</script></head><body><article class="h-entry"><h1 class="p-name">Warum ich blogge'
        '</h1><div class="e-content"><p>Weil Schreiben beim Denken hilft, und das schon lange '
        "so ist, seit ich damals angefangen habe.</p></div></article></body></html>"
    )
    plain = json.loads(run(tmp_path, str(page), "--json").stdout)
    assert "explain" not in plain  # the contract's object, unchanged without the flag
    data = json.loads(run(tmp_path, str(page), "--json", "--explain").stdout)
    assert data["title"] == "Warum ich blogge"
    explain = data.pop("explain")
    assert data == plain
    assert explain["title"] == "microformats2 h-entry"
    assert explain["author.name"] == "JSON-LD" and explain["published"] == "JSON-LD"
    assert explain["image"].startswith("OpenGraph")
    assert explain["summary"] == "the post's own text"
    assert explain["kind"] == "the page (links, kind)"
    assert explain["language"].startswith("the declared language")
