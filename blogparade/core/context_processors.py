from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, object]:
    return {"BASE_URL": settings.BASE_URL, "DEMO": settings.DEMO}
