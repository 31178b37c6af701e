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
