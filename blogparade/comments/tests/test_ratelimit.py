from blogparade.core import ratelimit


def test_off_allows_everything(settings, db):
    settings.RATE_LIMITS = False
    assert all(ratelimit.hit("t", "x", 1, 60) for _ in range(5))


def test_db_counter_limits(settings, db):
    settings.RATE_LIMITS = True
    settings.REDIS_URL = ""
    assert ratelimit.hit("t", "x", 2, 60)
    assert ratelimit.hit("t", "x", 2, 60)
    assert not ratelimit.hit("t", "x", 2, 60)
    assert ratelimit.hit("t", "other", 2, 60)


def test_named_rules_from_settings(settings, db):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "comment-ip": [(1, 60)]}
    assert ratelimit.allow("comment-ip", "1.2.3.4")
    assert not ratelimit.allow("comment-ip", "1.2.3.4")


def test_purge_expired(settings, db):
    from blogparade.core.models import RateLimitCounter

    RateLimitCounter.objects.create(key="old", count=1, expires_at=1)
    assert ratelimit.purge_expired() == 1
