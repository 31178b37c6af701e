import multiprocessing
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")

from blogparade.core.wsgi import guard

application = guard(get_wsgi_application())

# A request process of `blogparade serve` (granian starts them with multiprocessing) ends
# with the process that started it: after a `kill -9` of serve, nothing would stop it
# otherwise, and it would go on holding the port.
_parent = multiprocessing.parent_process()
if _parent is not None and _parent.pid:
    from blogparade.core.worker import end_with

    end_with(_parent.pid)
