"""The parades' public pages show their contributions and contributors: every write of one
gives those pages a new version (see :mod:`blogparade.parades.pagecache`). Bulk writes that
send no signals (a verification batch) call :func:`blogparade.parades.pagecache.touch`."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from blogparade.contributions.models import Contribution, Contributor
from blogparade.parades.pagecache import touch


@receiver(post_save, sender=Contribution, dispatch_uid="contributions-page-saved")
@receiver(post_delete, sender=Contribution, dispatch_uid="contributions-page-deleted")
def _contribution_changed(sender: type, instance: Contribution, **kwargs: object) -> None:
    touch([instance.parade_id])


@receiver(post_save, sender=Contributor, dispatch_uid="contributions-page-contributor-saved")
def _contributor_changed(
    sender: type, instance: Contributor, created: bool = False, **kwargs: object
) -> None:
    if not created:  # a new contributor shows nowhere until a contribution names them
        touch(instance.contributions.values_list("parade_id", flat=True).distinct())
