"""The core's messages are read back to their key and fields, so the dashboard can say
them in Arabic (core.notices, pages._common.say)."""
from __future__ import annotations

import re

import pytest

from core.errors import TextTooLongError
from core.ingest import BinaryFile, jsonl_to_articles
from core.notices import NUMBER_FIELDS, PLACES, TEMPLATES, notice, read, read_place
from pages._text import STRINGS


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_message_reads_back_to_its_key_and_fields(key):
    fields = {f: "1,234" if f in NUMBER_FIELDS else f"v{i}: x"
              for i, f in enumerate(re.findall(r"\{(\w+)\}", TEMPLATES[key]))}
    assert read(notice(key, **fields)) == (key, "", fields)
    assert read("somefile.txt: " + notice(key, **fields))[0] is not None


def test_a_message_names_its_place_before_the_reason():
    assert read(str(BinaryFile("photo.jpg", "an image"))) == ("binary", "photo.jpg", {"what": "an image"})
    assert read(str(TextTooLongError(2_000_000, 1_000_000)))[:2] == ("too_many_chars", "")


def test_a_skipped_record_keeps_its_reason_and_its_line():
    res = jsonl_to_articles('{"text": ""}\n{oops\n', "batch.jsonl")
    keys = [read(p) for p in res.problems]
    assert [(k, read(f["problem"])[:2]) for k, _, f in keys] == [
        ("skipped", ("invalid_json", "batch.jsonl line 2")), ("skipped", ("record_empty", "batch.jsonl line 1"))]
    assert read_place("batch.jsonl line 1") == ("at_line", {"name": "batch.jsonl", "line": "1"})
    assert read_place("news.csv row 12") == ("at_row", {"name": "news.csv", "row": "12"})


def test_text_no_template_made_reads_as_nothing():
    assert read("something a library said") == (None, "", {})


def test_the_dashboard_says_every_message_in_each_language_with_the_same_fields():
    for key, template in {**TEMPLATES, **PLACES}.items():
        assert STRINGS[f"notice_{key}"]["en"] == template
        fields = set(re.findall(r"\{(\w+)\}", template))
        assert set(re.findall(r"\{(\w+)\}", STRINGS[f"notice_{key}"]["ar"])) == fields, key


def test_the_arabic_page_says_a_skipped_line_in_arabic_with_the_file_name_kept(monkeypatch):
    import pages._common as common
    import pages._text as text

    monkeypatch.setattr(text, "lang", lambda: "ar")
    monkeypatch.setattr(common, "lang", lambda: "ar")
    res = jsonl_to_articles('{"text": ""}\n', "news_[1].jsonl")
    said = common.say(res.problems[0])
    assert "السطر" in said and "تُرك" in said and "skipped" not in said and "line" not in said
    assert "news\\_\\[1\\]" in said  # the file name kept, inert for markdown
    other = common.say("something a library said")
    assert other.startswith("\u2066") and other.endswith("\u2069")
