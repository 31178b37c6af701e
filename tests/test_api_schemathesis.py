"""Fault suite: schemathesis against the API's own OpenAPI document, a bounded number of
generated requests per operation. Every answer must be documented and match its schema, and
none may be a server error, including for the unexpected input schemathesis makes up
(negative tests: wrong types, missing parameters, odd strings)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention
from blogparade.parades.models import Parade

EXAMPLES = 40  # per operation and phase: bounded, so the suite stays fast

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())

CHECKS = [
    schemathesis.checks.not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@pytest.fixture
def wsgi_in_the_test_transaction():
    """The WSGI handler closes database connections after each request; Django's test client
    stops that, and so must a WSGI caller inside a test's transaction."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def published(db, django_user_model, settings, wsgi_in_the_test_transaction):
    """A parade with approved contributions and mentions, so answers have content."""
    settings.BASE_URL = "http://testserver"
    host = django_user_model.objects.create_user(username="host@example.org", password="x")
    now = timezone.now()
    parade = Parade.objects.create(
        host=host,
        slug="rainy-days",
        title="Rainy days",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=3),
    )
    for n in range(3):
        Contribution.objects.create(
            parade=parade,
            url=f"https://w{n}.example/post",
            canonical_url=f"https://w{n}.example/post",
            title=f"Post {n}",
            status=Contribution.Status.APPROVED,
        )
        Mention.objects.create(
            source=f"https://w{n}.example/post",
            target=parade.absolute_url(),
            status=Mention.Status.VERIFIED,
        )
    return parade


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.django_db
def test_the_api_answers_as_documented(case, published):
    case.call_and_validate(checks=CHECKS)
