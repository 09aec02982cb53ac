"""The command line calls the same core as the dashboard and says clearly what is wrong."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "gold" / "morocco-israel-2023.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_extract_json_has_the_documented_fields():
    r = run("extract", str(REFERENCE), "--published", "2023-01-17")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert {"entities", "times", "events", "relations", "document_date"} <= d.keys()
    e = next(e for e in d["entities"] if e["id"] == "MAR")
    assert {"id", "type", "name", "name_ar", "country", "mentions"} <= e.keys()
    m = e["mentions"][0]
    text = REFERENCE.read_text(encoding="utf-8")
    assert text[m["start"]:m["end"]] == m["text"]
    v = d["events"][0]
    assert {"type", "actors", "directed", "date", "modality", "trigger", "sentence", "cameo", "goldstein"} <= v.keys()
    assert d["document_date"] == {"value": "2023-01-17", "source": "published", "evidence": None}


def test_extract_reads_stdin_and_prints_a_table():
    r = run("extract", "-", "--format", "table", stdin="اتفق المغرب وإسرائيل على توسيع التعاون العسكري في 17 يناير 2023")
    assert r.returncode == 0, r.stderr
    assert "Morocco" in r.stdout and "Israel" in r.stdout and "2023-01-17" in r.stdout


def test_extract_empty_input_is_a_clear_error():
    r = run("extract", "-", stdin="   ")
    assert r.returncode == 2
    assert "empty" in r.stderr and "Traceback" not in r.stderr


def test_extract_missing_file():
    r = run("extract", "no-such-article.txt")
    assert r.returncode == 2 and "no such file" in r.stderr.lower()


def test_extract_bad_date():
    """The date, not the article, is lost, as in the dashboard and the batch (core.analyze_record)."""
    r = run("extract", str(REFERENCE), "--published", "17/01/2023")
    assert r.returncode == 0 and "YYYY-MM-DD" in r.stderr and "analysed without it" in r.stderr
    assert "YYYY-MM-DD" in json.loads(r.stdout)["warnings"][0]


def test_evaluate_prints_per_type_scores():
    r = run("evaluate", str(ROOT / "data" / "gold"))
    assert r.returncode == 0, r.stderr
    for word in ("COUNTRY", "PERSON", "ORG", "PLACE", "times", "events", "ALL"):
        assert word in r.stdout
