from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse


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


def require_staff(request: HttpRequest) -> None:
    """Operators' pages: anyone but staff gets a 404 (the page does not exist for them)."""
    if not request.user.is_staff:
        raise Http404
