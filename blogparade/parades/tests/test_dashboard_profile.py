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
