import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")

from blogparade.core.wsgi import guard

application = guard(get_wsgi_application())
