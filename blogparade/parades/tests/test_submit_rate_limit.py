from blogparade.contributions.models import Contribution


def test_take_part_form_is_rate_limited_per_address(client, parade, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "submit-ip": [(2, 3600)]}
    url = f"/p/{parade.slug}/take-part/"
    for i in range(2):
        response = client.post(
            url,
            {
                "url": f"https://writer{i}.example.org/post",
                "name": "W",
                "email": "w@example.org",
                "consent": "on",
            },
        )
        assert response.status_code == 302
    response = client.post(
        url,
        {
            "url": "https://writer9.example.org/post",
            "name": "W",
            "email": "w@example.org",
            "consent": "on",
        },
    )
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600  # the real wait: the window's rest
    html = response.content.decode()
    assert "Too many submissions from your address. Please try again in" in html
    assert Contribution.objects.count() == 2  # nothing stored past the limit


def test_typos_do_not_count_against_the_limit(client, parade, settings):
    """Three invalid tries locked the form for an hour, under "Please check the highlighted
    fields." with nothing highlighted."""
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "submit-ip": [(2, 3600)]}
    url = f"/p/{parade.slug}/take-part/"
    for _ in range(5):
        typo = client.post(url, {"url": "not a url", "name": "W", "email": "w@", "consent": "on"})
        assert typo.status_code == 400
    html = typo.content.decode()
    assert "Please check the highlighted fields:" in html
    assert 'href="#id_url"' in html and 'aria-invalid="true"' in html
    good = client.post(
        url,
        {
            "url": "https://writer.example.org/post",
            "name": "W",
            "email": "w@example.org",
            "consent": "on",
        },
    )
    assert good.status_code == 302
    assert Contribution.objects.count() == 1
