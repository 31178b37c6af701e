"""The dashboard's WordPress import: upload an export, choose the post, watch it come in.

``/dashboard/p/<slug>/import/``: the upload form and this parade's earlier imports;
``…/import/<id>/``: the choice of the post, then the progress and the outcome;
``…/import/<id>/status.json``: the progress for the page's live status. The host's own
parades only; anything else is a 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from blogparade.comments import importjobs, imports
from blogparade.comments.models import ImportJob
from blogparade.core.phrases import Phrase, store
from blogparade.parades.models import Parade


def _own(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _own(request, slug)
    error = ""
    if request.method == "POST":
        upload = request.FILES.get("export")
        if upload is None or not upload.size:
            error = _("Choose the export file (an .xml file from Tools → Export in WordPress).")
        elif upload.size > importjobs.UPLOAD_MAX:
            error = _("The file is larger than %(mb)d MB.") % {
                "mb": importjobs.UPLOAD_MAX // 1024 // 1024
            }
        else:
            job = ImportJob.objects.create(
                parade=parade,
                host=request.user,
                file_name=(upload.name or "export.xml")[:255],
                stored=importjobs.save_upload(upload),
                language=(get_language() or "en")[:16],
            )
            try:
                if not importjobs.posts(job):
                    error = _("This export has no comments to bring over.")
            except imports.ImportFailed as exc:
                error = str(exc)
            if error:
                importjobs.forget(job)
                job.delete()
            else:
                return redirect("comments:dashboard_import_job", slug=slug, job_id=job.pk)
    jobs = ImportJob.objects.filter(parade=parade)[:10]
    return render(
        request,
        "comments/dashboard_import.html",
        {"parade": parade, "jobs": jobs, "error": error, "max_mb": importjobs.UPLOAD_MAX >> 20},
        status=400 if error else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_job(request: HttpRequest, slug: str, job_id: int) -> HttpResponse:
    parade = _own(request, slug)
    job = get_object_or_404(ImportJob, pk=job_id, parade=parade)
    choices: list[importjobs.Post] = []
    error = ""
    if job.state == ImportJob.State.UPLOADED:
        try:
            choices = importjobs.posts(job)
        except (imports.ImportFailed, OSError):
            gone = Phrase("import_upload_gone", gettext_noop("The uploaded file is gone."))
            job.state = ImportJob.State.FAILED
            job.error, job.error_phrase = store(gone)
            job.save(update_fields=["state", "error", "error_phrase"])
        if request.method == "POST" and choices:
            post = request.POST.get("post", "")
            if post in {choice.url for choice in choices}:
                importjobs.start(job, post)
                messages.success(request, _("The import has started."))
                return redirect("comments:dashboard_import_job", slug=slug, job_id=job.pk)
            error = _("Choose one of the posts.")
    return render(
        request,
        "comments/dashboard_import_job.html",
        {
            "parade": parade,
            "job": job,
            "choices": choices,
            "chosen": request.POST.get("post") or importjobs.likely_post(job, choices)
            if choices
            else "",
            "error": error,
            "status": importjobs.status(job),
        },
        status=400 if error else 200,
    )


@login_required
@require_GET
def import_status(request: HttpRequest, slug: str, job_id: int) -> JsonResponse:
    parade = _own(request, slug)
    job = get_object_or_404(ImportJob, pk=job_id, parade=parade)
    return JsonResponse(importjobs.status(job), headers={"Cache-Control": "no-store"})
