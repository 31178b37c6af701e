from django.db import connection
from django.http import HttpRequest, HttpResponse


def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means unhealthy
        return HttpResponse(
            f"database unavailable: {exc.__class__.__name__}\n",
            status=503,
            content_type="text/plain",
        )
    return HttpResponse("ok\n", content_type="text/plain")
