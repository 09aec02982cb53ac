"""The progress bar's count of the articles ahead (core.batch.readers.estimate_count)."""
from __future__ import annotations

import gzip
import json

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
