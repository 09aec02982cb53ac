"""What a run counts: the progress bar's count of the articles ahead
(core.batch.readers.estimate_count), and the summary's records read of an interrupted run."""
from __future__ import annotations

import gzip
import json

from core import batch
from core.batch import run_batch
from core.batch.readers import estimate_count


def _lines(n: int) -> bytes:
    return b"".join(json.dumps({"text": f"خبر رقم {i} عن اجتماع الوزراء في العاصمة"},
                               ensure_ascii=False).encode() + b"\n" for i in range(n))


def test_a_limit_stops_the_count_before_the_end_of_a_gzipped_archive(tmp_path):
    # a gzipped archive whose end is damaged: counted in full, the count fails there;
    # a run of its first articles only counts (decompresses) as far as it needs
    data = gzip.compress(_lines(30_000))
    path = tmp_path / "archive.jsonl.gz"
    path.write_bytes(data[:len(data) * 3 // 4])
    assert estimate_count([path]) is None
    assert estimate_count([path], limit=500) == 500


def test_the_count_with_a_limit_is_the_smaller_of_the_two(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_lines(40))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(_lines(25)))
    (tmp_path / "c.txt").write_text("نص خبر واحد", encoding="utf-8")
    (tmp_path / "d.csv").write_text("text\nخبر أول\nخبر ثان\n", encoding="utf-8")
    assert estimate_count([tmp_path]) == 40 + 25 + 1 + 2
    assert estimate_count([tmp_path], limit=1_000) == 68
    assert estimate_count([tmp_path], limit=50) == 50
    assert estimate_count([tmp_path], limit=10) == 10


def _ctrl_c_at_third_write(monkeypatch):
    """Patch the store's write to be interrupted (Ctrl-C) at its third call; returns the real one."""
    real, calls = batch.StoreSink.write, {"n": 0}

    def write_then_ctrl_c(self, arts, rows):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(self, arts, rows)

    monkeypatch.setattr(batch.StoreSink, "write", write_then_ctrl_c)
    return real


def test_an_interrupted_run_counts_as_read_only_the_records_of_the_chunks_it_wrote(tmp_path, monkeypatch):
    """Ctrl-C while the third chunk is written: the run had read records ahead of it
    (chunks in flight, the tail it plans), a bad line among them; what it says it read and
    failed on is what the two written chunks hold, and the rerun counts the rest."""
    lines = [json.dumps({"id": f"n{i}", "text": f"قال الوزير سمير الحداد في اليوم {i} إن الطرفين اتفقا على الحوار."},
                        ensure_ascii=False) for i in range(40)]
    lines.insert(20, "{not json")  # read ahead of the interrupt, never reached by a written chunk
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    real = _ctrl_c_at_third_write(monkeypatch)
    s = run_batch([src], store_url=url, workers=2, chunk=3, progress=False)
    assert s.interrupted and s.written["store"] == 6
    assert (s.read, s.stored, s.failed, dict(s.problems)) == (6, 6, 0, {})
    monkeypatch.setattr(batch.StoreSink, "write", real)
    s2 = run_batch([src], store_url=url, workers=2, chunk=3, progress=False)
    assert (s2.read, s2.already, s2.stored, s2.failed, dict(s2.problems)) == (41, 6, 34, 1, {"bad-json": 1})


def test_an_interrupted_rerun_counts_as_already_stored_only_what_its_written_chunks_hold(tmp_path, monkeypatch):
    """A rerun over a store that holds the first 30 articles, interrupted at its third
    write: the articles it says are already stored are among those it says it read (the
    chunks read ahead of the interrupt are not counted)."""
    def lines(n):
        return "\n".join(json.dumps({"id": f"n{i}", "text": f"قال الوزير سمير الحداد في اليوم {i} إن الطرفين اتفقا."},
                                    ensure_ascii=False) for i in range(n)) + "\n"
    first, src = tmp_path / "first.jsonl", tmp_path / "all.jsonl"
    first.write_text(lines(30), encoding="utf-8")
    src.write_text(lines(41), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert run_batch([first], store_url=url, workers=2, chunk=3, progress=False).stored == 30
    _ctrl_c_at_third_write(monkeypatch)
    s = run_batch([src], store_url=url, workers=2, chunk=3, progress=False)
    assert s.interrupted and (s.read, s.already, s.stored) == (6, 6, 0)
