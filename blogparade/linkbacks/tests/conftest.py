from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _local_web(settings):
    """Fake sites live on 127.0.0.1; the safe client may reach them in these tests only."""
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://blogparade.test"
    try:
        from blogparade.fetch.client import reset_politeness
    except ImportError:  # pragma: no cover
        return
    reset_politeness()


@pytest.fixture
def target(parade) -> str:
    return parade.absolute_url()
