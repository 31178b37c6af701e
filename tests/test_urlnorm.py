import pytest

from blogparade.core.models import origin_of
from blogparade.core.urlnorm import canonical_url


@pytest.mark.parametrize(
    "a,b",
    [
        ("https://blog.example.org/post/", "http://www.blog.example.org/post"),
        ("https://example.org/p?utm_source=x&utm_medium=y", "https://example.org/p"),
        ("https://example.org/p?fbclid=abc", "https://EXAMPLE.org/p#section"),
        ("https://example.org:443/p", "https://example.org/p/"),
        ("https://example.org/p?b=2&a=1", "https://example.org/p?a=1&b=2"),
    ],
)
def test_same_post(a, b):
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("https://example.org/p?id=1", "https://example.org/p?id=2"),
        ("https://example.org/a", "https://example.org/b"),
        ("https://example.org:8080/p", "https://example.org/p"),
    ],
)
def test_different_posts(a, b):
    assert canonical_url(a) != canonical_url(b)


def test_origin_of():
    assert origin_of("HTTPS://Blog.Example.org:443/x?y") == "https://blog.example.org"
    assert origin_of("http://127.0.0.1:8123/") == "http://127.0.0.1:8123"
    assert origin_of("javascript:alert(1)") == ""
