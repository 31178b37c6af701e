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
    assert response["Retry-After"] == "3600"
    assert "Too many submissions" in response.content.decode()
    assert Contribution.objects.count() == 2  # nothing stored past the limit
