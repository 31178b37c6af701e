import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from blogparade.parades.models import HostProfile

pytestmark = pytest.mark.django_db


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_profile_is_created_and_edited(make_user, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = make_user("dana")
    client.force_login(user)
    assert client.get("/dashboard/profile/").status_code == 200
    response = client.post(
        "/dashboard/profile/",
        {
            "name": "Dana Host",
            "role": "Curator",
            "organisation": "Reading Room",
            "bio": "Loves lists.",
            "website": "https://dana.example/",
            "avatar": SimpleUploadedFile("me.png", png_bytes(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    profile = HostProfile.objects.get(user=user)
    assert (profile.name, profile.role, profile.organisation) == (
        "Dana Host",
        "Curator",
        "Reading Room",
    )
    assert profile.avatar.name.startswith("avatars/")


def test_profile_rejects_javascript_website_and_non_images(owner_client):
    response = owner_client.post(
        "/dashboard/profile/",
        {
            "name": "Alice",
            "website": "javascript:alert(1)",
            "avatar": SimpleUploadedFile(
                "x.svg", b"<svg onload=alert(1)></svg>", content_type="image/svg+xml"
            ),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_website-error"' in html
    assert 'id="id_avatar-error"' in html


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")  # one bit a pixel: a tiny file
    return buffer.getvalue()


def _upload(client, data: bytes):
    return client.post(
        "/dashboard/profile/",
        {"name": "Dana", "avatar": SimpleUploadedFile("me.png", data, content_type="image/png")},
    )


def test_a_huge_picture_in_a_small_file_is_refused(make_user, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_user("dana"))
    data = _png(5000, 5000)
    assert len(data) < 1024 * 1024  # it passes the size check …
    response = _upload(client, data)
    assert response.status_code == 400  # … but not the pixel check
    assert "4096" in response.content.decode()
    assert not list(tmp_path.rglob("*.png"))


def test_a_replaced_avatar_leaves_no_file_behind(make_user, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = make_user("dana")
    client.force_login(user)
    assert _upload(client, png_bytes()).status_code == 302
    first = HostProfile.objects.get(user=user).avatar.name
    assert _upload(client, _png(16, 16)).status_code == 302
    second = HostProfile.objects.get(user=user).avatar.name
    assert first != second
    assert not (tmp_path / first).exists() and (tmp_path / second).exists()


def test_dashboard_pages_are_never_stored(owner_client, client):
    for response in (owner_client.get("/dashboard/"), client.get("/dashboard/login/")):
        assert "no-store" in response["Cache-Control"]
    assert "no-store" not in client.get("/").get("Cache-Control", "")
