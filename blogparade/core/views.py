from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


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


@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    """200 when work is flowing: the database answers, the oldest waiting task is not old,
    and a task worker ran a task lately (:mod:`blogparade.core.health`); 503 otherwise. JSON."""
    from blogparade.core.health import check

    result = check()
    return JsonResponse(result.as_dict(), status=200 if result.ready else 503)


def require_staff(request: HttpRequest) -> None:
    """Operators' pages: anyone but staff gets a 404 (the page does not exist for them)."""
    if not request.user.is_staff:
        raise Http404
