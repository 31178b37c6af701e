import pytest
from django.core.exceptions import ImproperlyConfigured

from blogparade.env import env_base_url, env_bool, env_choice, env_int, env_list


def test_bool_accepts_usual_spellings(monkeypatch):
    for raw, expected in [("on", True), ("TRUE", True), ("1", True), ("off", False), ("No", False)]:
        monkeypatch.setenv("X_BOOL", raw)
        assert env_bool("X_BOOL", not expected) is expected


def test_bool_rejects_garbage(monkeypatch):
    monkeypatch.setenv("X_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_BOOL"):
        env_bool("X_BOOL", False)


def test_unset_and_empty_give_default(monkeypatch):
    monkeypatch.delenv("X_INT", raising=False)
    assert env_int("X_INT", 7) == 7
    monkeypatch.setenv("X_INT", "  ")
    assert env_int("X_INT", 7) == 7


def test_int_and_choice_and_list(monkeypatch):
    monkeypatch.setenv("X_INT", "abc")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("X_INT", 1)
    monkeypatch.setenv("X_CHOICE", "celery")
    with pytest.raises(ImproperlyConfigured, match="db, immediate, rq"):
        env_choice("X_CHOICE", ("db", "immediate", "rq"), "db")
    monkeypatch.setenv("X_LIST", " a, ,b ,")
    assert env_list("X_LIST") == ["a", "b"]


@pytest.mark.parametrize(
    "raw",
    ["ftp://example.org", "example.org", "https://example.org/blog", "https://example.org:99999"],
)
def test_base_url_rejects(monkeypatch, raw):
    monkeypatch.setenv("X_URL", raw)
    with pytest.raises(ImproperlyConfigured):
        env_base_url("X_URL", "http://localhost:8000")


def test_base_url_normalises_trailing_slash(monkeypatch):
    monkeypatch.setenv("X_URL", "https://parades.example.org/")
    assert env_base_url("X_URL", "http://localhost") == "https://parades.example.org"
