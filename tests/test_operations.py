"""Operations: a request id on every log line and answer, JSON logs on request, and /metrics
for Prometheus (off unless enabled)."""

from __future__ import annotations

import json
import logging

import pytest

from blogparade.core.logs import JsonFormatter, RequestIdFilter, request_id

pytestmark = pytest.mark.django_db


def test_every_answer_carries_a_request_id(client, settings):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 16 and first != second
    # a client's own id is not taken without a trusted proxy …
    assert client.get("/healthz", HTTP_X_REQUEST_ID="abc-123")["X-Request-ID"] != "abc-123"
    # … but is behind one, when it is well-formed
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client.get("/healthz", HTTP_X_REQUEST_ID="abc-123")["X-Request-ID"] == "abc-123"
    bad = client.get("/healthz", HTTP_X_REQUEST_ID="x" * 65)["X-Request-ID"]
    assert bad != "x" * 65


def test_log_lines_carry_the_request_id_and_json_is_one_object():
    handler = logging.Handler()
    records: list[logging.LogRecord] = []
    handler.emit = records.append
    handler.addFilter(RequestIdFilter())
    logging.getLogger("blogparade.test").addHandler(handler)
    try:
        logging.getLogger("blogparade.test").warning("outside")
        request_id.set("req-1")
        logging.getLogger("blogparade.test").warning("inside")
    finally:
        logging.getLogger("blogparade.test").removeHandler(handler)
        request_id.set("-")
    assert [r.request_id for r in records] == ["-", "req-1"]
    line = json.loads(JsonFormatter().format(records[1]))
    assert line["message"] == "inside" and line["request_id"] == "req-1"
    assert line["level"] == "WARNING" and line["logger"] == "blogparade.test"


def test_metrics_are_off_by_default(client):
    assert client.get("/metrics").status_code == 404


def test_metrics_in_prometheus_text(client, settings, parade):
    from blogparade.contributions.models import Contribution

    settings.METRICS = True
    Contribution.objects.create(
        parade=parade,
        url="https://w.example/p",
        canonical_url="https://w.example/p",
        status=Contribution.Status.APPROVED,
    )
    client.get("/")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert "# TYPE blogparade_http_requests_total counter" in text
    assert 'blogparade_http_requests_total{method="GET",status="2xx"}' in text
    assert 'blogparade_contributions{status="approved"} 1' in text
    assert 'blogparade_mentions{status="queued"} 0' in text
    assert "blogparade_tasks_waiting 0" in text and "blogparade_worker_processes" in text


def test_metrics_token(client, settings):
    settings.METRICS = True
    settings.METRICS_TOKEN = "s3cret-token"
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token").status_code == 200


class RefusingDelivery:
    """A delivery backend whose mail server refuses every message."""

    def __init__(self, fail_silently: bool = False, **kwargs: object) -> None:
        self.fail_silently = fail_silently

    def open(self) -> None: ...

    def close(self) -> None: ...

    def send_messages(self, messages: list) -> int:
        if self.fail_silently:
            return 0
        raise ConnectionRefusedError("the mail server said no")


def test_every_configured_mail_goes_through_the_counting_backend():
    import blogparade.settings as configured

    assert configured.EMAIL_BACKEND == "blogparade.core.mail.CountingBackend"
    assert configured.MAIL_DELIVERY_BACKEND.endswith(".EmailBackend")  # console: by default


def test_metrics_count_mail_sent_and_failed(client, settings, host, mailoutbox):
    from django.core.mail import send_mail

    settings.METRICS = True
    settings.EMAIL_BACKEND = "blogparade.core.mail.CountingBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # a mail Django's own code sends (the password reset) is counted like ours
    client.post("/dashboard/password/reset/", {"email": host.email})
    assert len(mailoutbox) == 1
    text = client.get("/metrics").content.decode()
    assert "# TYPE blogparade_mail_total counter" in text
    assert 'blogparade_mail_total{outcome="sent"} 1' in text
    assert 'blogparade_mail_total{outcome="failed"} 0' in text

    settings.MAIL_DELIVERY_BACKEND = "tests.test_operations.RefusingDelivery"
    with pytest.raises(ConnectionRefusedError):
        send_mail("s", "b", None, ["a@example.org"])
    # one message (to two people) that a quiet sender lets fail
    assert send_mail("s", "b", None, ["a@example.org", "b@example.org"], fail_silently=True) == 0
    text = client.get("/metrics").content.decode()
    assert 'blogparade_mail_total{outcome="sent"} 1' in text
    assert 'blogparade_mail_total{outcome="failed"} 2' in text
