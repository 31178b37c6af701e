"""Email backends that Django does not ship: one file per message, and the counting backend
every message passes through."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone


class OneFilePerMessageBackend(BaseEmailBackend):
    """Writes each message to its own ``.eml`` file in ``EMAIL_FILE_PATH``."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.directory = Path(settings.EMAIL_FILE_PATH)

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        self.directory.mkdir(parents=True, exist_ok=True)
        sent = 0
        for message in email_messages:
            name = f"{timezone.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:12]}.eml"
            (self.directory / name).write_bytes(message.message().as_bytes())
            sent += 1
        return sent


class CountingBackend(BaseEmailBackend):
    """Hands messages to ``settings.MAIL_DELIVERY_BACKEND`` (what ``BLOGPARADE_EMAIL_URL``
    chose) and counts the ones sent and the ones that failed, for ``/metrics``. The counts
    live in the database, so every process's mail adds up, whichever process is scraped."""

    def __init__(self, fail_silently: bool = False, **kwargs: object) -> None:
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(
            settings.MAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self) -> bool | None:
        return self.delivery.open()

    def close(self) -> None:
        self.delivery.close()

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        messages = list(email_messages)
        if not messages:
            return 0
        try:
            sent = self.delivery.send_messages(messages) or 0
        except Exception:
            count_mail("failed", len(messages))
            raise
        count_mail("sent", sent)
        count_mail("failed", len(messages) - sent)
        return sent


def count_mail(outcome: str, n: int) -> None:
    """Add ``n`` messages to the ``outcome`` ("sent" or "failed") count."""
    from django.db.models import F

    from blogparade.core.models import MailCount

    if n <= 0:
        return
    if not MailCount.objects.filter(outcome=outcome).update(count=F("count") + n):
        MailCount.objects.get_or_create(outcome=outcome)
        MailCount.objects.filter(outcome=outcome).update(count=F("count") + n)
