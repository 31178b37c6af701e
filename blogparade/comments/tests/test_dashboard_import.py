"""WordPress comments onto a call from the dashboard: upload the export, choose the post,
the worker imports it while the page shows the progress."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from blogparade.comments.models import ImportJob, Thread
from blogparade.comments.tests.test_imports import WXR

pytestmark = pytest.mark.django_db

SECOND_POST = WXR.replace(
    "</channel>",
    """<item><title>Another post</title><link>https://blog.example/other/</link>
    <wp:comment><wp:comment_id>21</wp:comment_id><wp:comment_author>Bo</wp:comment_author>
    <wp:comment_content>Hi</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
    <wp:comment_parent>0</wp:comment_parent></wp:comment></item></channel>""",
)


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path


def upload(client, parade, content: str = WXR, name: str = "export.xml"):
    return client.post(
        f"/dashboard/p/{parade.slug}/import/",
        {"export": SimpleUploadedFile(name, content.encode(), content_type="text/xml")},
    )


def test_the_whole_way_upload_choose_import(
    client, host, parade, tmp_path, django_capture_on_commit_callbacks
):
    parade.call_url = "https://blog.example/2024/why-i-blog/"
    parade.save()
    client.force_login(host)
    page = client.get(f"/dashboard/p/{parade.slug}/")
    assert f'href="/dashboard/p/{parade.slug}/import/"' in page.content.decode()
    assert client.get(f"/dashboard/p/{parade.slug}/import/").status_code == 200

    response = upload(client, parade, SECOND_POST)
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/dashboard/p/{parade.slug}/import/{job.pk}/"
    assert job.state == "uploaded" and (tmp_path / "imports" / job.stored).exists()

    soup = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    radios = soup.select("input[type=radio][name=post]")
    assert [r["value"] for r in radios] == [
        "https://blog.example/2024/why-i-blog/",  # 2 comments (the pingback is not one)
        "https://blog.example/other/",
    ]
    checked = soup.select_one("input[type=radio][checked]")
    assert checked["value"] == parade.call_url  # the call's own post comes first

    # the import runs in the worker (here: at once, the test task backend)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(response["Location"], {"post": parade.call_url})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.state == "done", job.error
    assert "comments: 2 new" in job.result
    assert (job.done, job.total) == (3, 3)  # two comments and the pingback
    assert not (tmp_path / "imports" / job.stored).exists()  # the upload is removed
    thread = Thread.objects.get(site="", path=f"/p/{parade.slug}/")
    assert sorted(c.author for c in thread.comments.all()) == ["Ann", "Hanna"]

    soup = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    box = soup.select_one("[data-status-url]")
    assert box["data-done"] == "true"
    assert box.select_one("progress")["value"] == "3"
    assert "comments: 2 new" in box.select_one("[data-status-text]").get_text()
    status = client.get(box["data-status-url"]).json()
    assert status["done"] is True and status["state"] == "done"


def test_a_queued_job_shows_its_progress_before_the_worker_runs(
    client, host, parade, django_capture_on_commit_callbacks
):
    client.force_login(host)
    upload(client, parade)
    job = ImportJob.objects.get()
    with django_capture_on_commit_callbacks(execute=False):
        client.post(
            f"/dashboard/p/{parade.slug}/import/{job.pk}/",
            {"post": "https://blog.example/2024/why-i-blog/"},
        )
    job.refresh_from_db()
    assert job.state == "queued"
    status = client.get(f"/dashboard/p/{parade.slug}/import/{job.pk}/status.json").json()
    assert status == {
        "state": "queued",
        "done": False,
        "value": 0,
        "max": 0,
        "text": "Waiting for the worker…",
    }
    from blogparade.comments import importjobs

    assert importjobs.run(job.pk) == "done"
    assert importjobs.run(job.pk) == "skipped"  # queued twice: imported once


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("<rss><channel><item/></channel></rss>", "not a WordPress export"),
        ("<!DOCTYPE x [<!ENTITY a 'b'>]><rss/>", ""),
        (WXR.replace("<wp:comment>", "<wp:ignored>").replace("</wp:comment>", "</wp:ignored>"),
         "no comments to bring over"),
    ],
)  # fmt: skip
def test_a_file_that_will_not_do_is_refused_at_once(client, host, parade, content, needle):
    client.force_login(host)
    response = upload(client, parade, content)
    assert response.status_code == 400
    assert needle in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert not ImportJob.objects.exists()


def test_nothing_uploaded(client, host, parade):
    client.force_login(host)
    response = client.post(f"/dashboard/p/{parade.slug}/import/", {})
    assert response.status_code == 400
    assert "Choose the export file" in response.content.decode()


def test_a_choice_not_in_the_export_is_refused(client, host, parade):
    client.force_login(host)
    upload(client, parade)
    job = ImportJob.objects.get()
    url = f"/dashboard/p/{parade.slug}/import/{job.pk}/"
    response = client.post(url, {"post": "https://evil.example/"})
    assert response.status_code == 400
    assert "Choose one of the posts." in response.content.decode()
    job.refresh_from_db()
    assert job.state == "uploaded"


def test_only_the_parades_host(client, other_host, host, parade):
    client.force_login(host)
    upload(client, parade)
    job = ImportJob.objects.get()
    client.force_login(other_host)
    for url in (
        f"/dashboard/p/{parade.slug}/import/",
        f"/dashboard/p/{parade.slug}/import/{job.pk}/",
        f"/dashboard/p/{parade.slug}/import/{job.pk}/status.json",
    ):
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(f"/dashboard/p/{parade.slug}/import/").status_code == 302


def test_the_wsgi_guard_lets_a_large_export_through_to_this_form_only():
    from blogparade.core.wsgi import MAX_BODY, UPLOAD_MAX_BODY, guard

    seen = []

    def app(environ, start_response):
        seen.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b""]

    guarded = guard(app)
    size = str(MAX_BODY + 1)
    statuses = []
    signed_in = "csrftoken=x; sessionid=abc"
    for path, cookie in (
        ("/dashboard/p/slow-web/import/", signed_in),
        ("/comments/post/", signed_in),
        ("/dashboard/p/slow-web/import/", ""),  # nobody signed in: the usual limit
    ):
        environ = {"REQUEST_METHOD": "POST", "PATH_INFO": path, "CONTENT_LENGTH": size}
        environ["HTTP_COOKIE"] = cookie
        guarded(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["200 OK", "413 Content Too Large", "413 Content Too Large"]
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/dashboard/p/slow-web/import/",
        "CONTENT_LENGTH": str(UPLOAD_MAX_BODY + 1),
        "HTTP_COOKIE": signed_in,
    }
    guarded(environ, lambda status, headers: statuses.append(status))
    assert statuses[-1] == "413 Content Too Large"


def test_abandoned_uploads_are_removed(client, host, parade, tmp_path):
    import os
    from datetime import timedelta

    from django.utils import timezone

    from blogparade.comments import importjobs

    client.force_login(host)
    upload(client, parade)
    fresh = ImportJob.objects.get()
    upload(client, parade)
    old = ImportJob.objects.exclude(pk=fresh.pk).get()
    ImportJob.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    stray = tmp_path / "imports" / "left-behind.xml"
    stray.write_text("x")
    day_ago = (timezone.now() - timedelta(days=2)).timestamp()
    os.utime(stray, (day_ago, day_ago))
    assert importjobs.prune_abandoned() == 2
    assert list(ImportJob.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert sorted(p.name for p in (tmp_path / "imports").iterdir()) == [fresh.stored]


def test_a_finished_job_speaks_the_language_of_whoever_reads_it(host, parade, tmp_path):
    """The worker wrote the result and the error under the German host's language; a reader
    in English reads them in English, and the other way round."""
    from django.utils import translation

    from blogparade.comments import importjobs

    def job_for(post: str, content: str = WXR) -> ImportJob:
        (tmp_path / "imports").mkdir(exist_ok=True)
        (tmp_path / "imports" / f"{post[-6:-1]}.xml").write_text(content)
        return ImportJob.objects.create(
            parade=parade,
            host=host,
            file_name="export.xml",
            stored=f"{post[-6:-1]}.xml",
            language="de",
            post=post,
            state=ImportJob.State.QUEUED,
        )

    done = job_for("https://blog.example/2024/why-i-blog/")
    failed = job_for("https://blog.example/nothere/")
    importjobs.run(done.pk)
    importjobs.run(failed.pk)
    done.refresh_from_db()
    failed.refresh_from_db()
    assert done.result_phrase["code"] == "import_summary"
    assert failed.error_phrase["code"] == "import_nothing"
    assert failed.error_phrase["params"]["error"]["code"] == "import_no_comments_on_post"
    assert "comments: 2 new" in done.result  # the English copy, for logs
    with translation.override("en"):
        assert "comments: 2 new" in importjobs.status(done)["text"]
        assert importjobs.status(failed)["text"].startswith("Nothing was imported: the export")
    with translation.override("de"):
        assert "Kommentare: 2 neu" in importjobs.status(done)["text"]
        assert importjobs.status(failed)["text"].startswith(
            "Es wurde nichts importiert: der Export"
        )
