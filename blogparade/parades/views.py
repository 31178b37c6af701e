from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from blogparade.parades.models import Parade


def directory(request: HttpRequest) -> HttpResponse:
    return HttpResponse("directory placeholder")


def parade_page(request: HttpRequest, slug: str) -> HttpResponse:
    parade = get_object_or_404(Parade, slug=slug)
    return HttpResponse(parade.title)


@login_required
def dashboard_home(request: HttpRequest) -> HttpResponse:
    return HttpResponse("dashboard placeholder")
