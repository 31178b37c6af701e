"""Background tasks of the comments app: take ids, re-read rows, return quietly when gone."""

from __future__ import annotations

from django_tasks import task

from blogparade.comments import notify


@task()
def send_host_notification(comment_id: int) -> bool:
    return notify.send_host_mail(comment_id)


@task()
def send_reply_notifications(comment_id: int) -> int:
    return notify.send_replies(comment_id)


@task()
def purge_ips() -> dict[str, int]:
    from blogparade.comments.privacy import purge_ips as run

    return run()


@task()
def run_import_job(job_id: int) -> str:
    """Bring a WordPress post's comments onto a call (uploaded in the dashboard)."""
    from blogparade.comments import importjobs

    return importjobs.run(job_id)


@task()
def prune_import_uploads() -> int:
    """Remove uploads of imports that were abandoned or left behind."""
    from blogparade.comments import importjobs

    return importjobs.prune_abandoned()
