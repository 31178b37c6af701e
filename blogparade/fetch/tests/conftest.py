"""Fixtures for the fetch tests: a fake site on 127.0.0.1 that the safe client may reach."""

from __future__ import annotations

import pytest

from blogparade.fetch.client import reset_politeness


@pytest.fixture
def site(httpserver, settings):
    """Base URL of the fake site (``http://127.0.0.1:PORT``), allow-listed for the client."""
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    reset_politeness()
    yield f"http://127.0.0.1:{httpserver.port}"
    reset_politeness()
    httpserver.check_assertions()
