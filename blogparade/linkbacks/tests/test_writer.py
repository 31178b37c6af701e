"""The verification threads' writer: it writes whole batches, and nothing handed over is left
behind when the threads run out of work."""

from __future__ import annotations

import threading

import pytest

from blogparade.linkbacks import tasks


class RecordingWriter(tasks._Writer):
    """Records the batches instead of settling them; the first write can be held open."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.batches: list[list] = []
        self.hold = threading.Event()
        self.hold.set()
        self.inside = threading.Event()

    def _write(self, items: list) -> None:
        self.inside.set()
        assert self.hold.wait(10)
        self.batches.append([m for m, _p in items])


def writing_in_background(writer: RecordingWriter, *items: str) -> threading.Thread:
    """Hand ``items`` over on another thread, which becomes the writer and is held there."""
    writer.hold.clear()
    thread = threading.Thread(target=lambda: [writer.submit(i, None) for i in items])
    thread.start()
    assert writer.inside.wait(10)
    return thread


def test_pages_handed_over_during_a_write_wait_for_a_whole_batch():
    writer = RecordingWriter(gather=3, wait=60)
    thread = writing_in_background(writer, "a", "b", "c")
    writer.submit("d", None)  # arrives while the batch is being written
    writer.hold.set()
    thread.join(10)
    assert writer.batches == [["a", "b", "c"]]  # "d" alone is no batch
    assert writer.pending == [("d", None)] and not writer.writing
    writer.submit("e", None)
    writer.submit("f", None)  # a whole batch again: written at once
    assert writer.batches == [["a", "b", "c"], ["d", "e", "f"]]


def test_a_batch_gathered_during_a_write_is_written_next():
    writer = RecordingWriter(gather=2, wait=60)
    thread = writing_in_background(writer, "a", "b")
    writer.submit("c", None)
    writer.submit("d", None)
    writer.hold.set()
    thread.join(10)
    assert writer.batches == [["a", "b"], ["c", "d"]]
    assert not writer.pending and not writer.writing


def test_a_thread_out_of_work_while_another_writes_leaves_nothing_behind():
    writer = RecordingWriter(gather=3, wait=60)
    thread = writing_in_background(writer, "a", "b", "c")
    writer.submit("d", None)
    writer.flush()  # this thread is done; the writing one must take "d" along
    writer.hold.set()
    thread.join(10)
    assert writer.batches == [["a", "b", "c"], ["d"]]
    assert not writer.pending and not writer.writing


def test_the_oldest_page_waits_no_longer_than_wait():
    writer = RecordingWriter(gather=10, wait=0)
    writer.submit("a", None)
    assert writer.batches == [["a"]]


def test_a_write_that_fails_leaves_the_writer_free_for_the_rest():
    """A write may raise (the database gone or locked while a failure is recorded): the
    thread that wrote loses its batch, but the pages handed over after it are still written
    when the threads run out of work — not left waiting on a writer that is gone."""

    class FailingOnce(RecordingWriter):
        failed = False

        def _write(self, items: list) -> None:
            if not self.failed:
                self.failed = True
                raise RuntimeError("database is locked")
            super()._write(items)

    writer = FailingOnce(gather=1, wait=60)
    with pytest.raises(RuntimeError):
        writer.submit("a", None)
    writer.submit("b", None)
    writer.flush()
    assert writer.batches == [["b"]]
    assert not writer.pending and not writer.writing
