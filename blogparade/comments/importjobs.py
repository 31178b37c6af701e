"""WordPress comments onto a call, from the dashboard: the upload, the choice of the post,
and the import itself in the worker (:func:`run`), with its progress on the job's row.

The same import as ``blogparade import wordpress FILE --post URL --into SLUG``
(:func:`blogparade.comments.imports.run`): one transaction, nothing stored when anything in
the file is wrong, a second run adds nothing twice. The upload is kept in
``DATA_DIR/imports/`` until the import ends, then removed.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from blogparade.comments import imports
from blogparade.comments.models import ImportJob
from blogparade.core.phrases import Phrase, store
from blogparade.core.urlnorm import canonical_url

logger = logging.getLogger("blogparade.comments")

# The WSGI guard lets a body this large through to the upload form alone (core.wsgi).
UPLOAD_MAX = 64 * 1024 * 1024
S = ImportJob.State


def import_dir() -> Path:
    path = Path(settings.DATA_DIR) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Post:
    """A post of the export that has comments: its address, title and how many."""

    url: str
    title: str
    comments: int


def save_upload(upload: UploadedFile) -> str:
    """Keep the uploaded file under a random name; returns that name."""
    name = f"{secrets.token_hex(16)}.xml"
    with (import_dir() / name).open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return name


def path_of(job: ImportJob) -> Path:
    return import_dir() / Path(job.stored).name


def posts(job: ImportJob) -> list[Post]:
    """The posts of the export with their comment counts, most comments first. Raises
    :class:`~blogparade.comments.imports.ImportFailed` for a file that is not a WordPress
    export."""
    found: dict[str, list] = {}
    for item in imports.read_wordpress(path_of(job)):
        if item.kind != "comment":
            continue
        url = item.site + item.path
        entry = found.setdefault(url, [item.title, 0])
        entry[1] += 1
    return sorted(
        (Post(url, title, n) for url, (title, n) in found.items()),
        key=lambda p: (-p.comments, p.url),
    )


def likely_post(job: ImportJob, choices: list[Post]) -> str:
    """The post to offer first: the parade's own call on its blog, else the only one."""
    call = job.parade.call_url
    if call:
        key = canonical_url(call)
        for post in choices:
            if canonical_url(post.url) == key:
                return post.url
    return choices[0].url if len(choices) == 1 else ""


def start(job: ImportJob, post: str) -> None:
    """Queue the import of ``post``'s comments (the worker runs :func:`run`)."""
    from blogparade.comments.tasks import run_import_job

    job.post = post
    job.state = S.QUEUED
    job.save(update_fields=["post", "state"])
    transaction.on_commit(lambda: run_import_job.enqueue(job.pk))


def forget(job: ImportJob) -> None:
    path_of(job).unlink(missing_ok=True)


def run(job_id: int) -> str:
    """Import a queued job; returns its final state. Runs once even if queued twice."""
    if not ImportJob.objects.filter(pk=job_id, state=S.QUEUED).update(state=S.RUNNING):
        return "skipped"
    job = ImportJob.objects.select_related("parade").get(pk=job_id)
    with translation.override(job.language):
        try:
            items = imports.onto_call(
                imports.read_wordpress(path_of(job)), job.post, job.parade.slug
            )
            job.total = len(items)
            job.save(update_fields=["total"])
            result = imports.store(items)
        except imports.ImportFailed as exc:
            failed = Phrase(
                "import_nothing", gettext_noop("Nothing was imported: %(error)s"), error=exc.phrase
            )
            _finish(job, S.FAILED, error=failed)
        except Exception as exc:  # the host must see it end; the log has the rest
            logger.exception("import job %s failed", job_id)
            failed = Phrase(
                "import_internal_error",
                gettext_noop("Nothing was imported: an error in blogparade (%(error)s)."),
                error=type(exc).__name__,
            )
            _finish(job, S.FAILED, error=failed)
        else:
            job.done = job.total
            _finish(job, S.DONE, result=result.summary_phrase())
    forget(job)
    return job.state


def _finish(
    job: ImportJob, state: str, *, result: Phrase | None = None, error: Phrase | None = None
) -> None:
    job.state = state
    text, job.result_phrase = store(result)
    job.result = text[:500]
    text, job.error_phrase = store(error)
    job.error = text[:500]
    job.finished_at = timezone.now()
    job.save(
        update_fields=[
            "state",
            "result",
            "result_phrase",
            "error",
            "error_phrase",
            "done",
            "finished_at",
        ]
    )


def status(job: ImportJob) -> dict:
    """The job's state for the page's live status, in the reader's language."""
    text = {
        S.UPLOADED: _("Choose the post whose comments to bring over."),
        S.QUEUED: _("Waiting for the worker…"),
        S.RUNNING: _("Importing %(n)d comments…") % {"n": job.total}
        if job.total
        else _("Reading the export…"),
        S.DONE: _("Done: %(result)s") % {"result": job.result_text},
        S.FAILED: job.error_text,
    }[job.state]
    return {
        "state": job.state,
        "done": job.finished,
        "value": job.total if job.finished else job.done,
        "max": job.total,
        "text": text,
    }


ABANDONED_AFTER = timedelta(days=1)


def prune_abandoned() -> int:
    """Uploads whose post was never chosen (a day on), and finished jobs' leftover files: the
    files go; the abandoned jobs too. Returns how many files were removed."""
    cutoff = timezone.now() - ABANDONED_AFTER
    removed = 0
    for job in ImportJob.objects.filter(state=S.UPLOADED, created_at__lt=cutoff):
        removed += _remove(job)
        job.delete()
    keep = set(
        ImportJob.objects.filter(state__in=(S.UPLOADED, S.QUEUED, S.RUNNING)).values_list(
            "stored", flat=True
        )
    )
    for path in import_dir().glob("*.xml"):
        if path.name not in keep and path.stat().st_mtime < cutoff.timestamp():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _remove(job: ImportJob) -> int:
    path = path_of(job)
    if path.exists():
        path.unlink(missing_ok=True)
        return 1
    return 0
