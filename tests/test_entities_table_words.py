"""``_Context.words_in``: a table's words in the article, read from the article's words
that some table of the rules holds, are the plain intersection with all its words."""
from __future__ import annotations

import random

from core.entities.context import _Context
from core.entities.finder import _finder
from core.lexicon import load_lexicon
from core.text import normalize_with_offsets, tokenize


def _context(text: str) -> _Context:
    nt = normalize_with_offsets(text)
    return _Context(nt, tokenize(nt), load_lexicon(), _finder(load_lexicon()))


def test_a_tables_words_in_the_article_are_its_intersection_with_the_articles_words():
    ctx = _context("قال المدرب سمير الخطيب إن فريق النور سيلعب في ملعب المدينة الجديد يوم السبت المقبل")
    words = sorted(ctx.word_set())
    rng = random.Random(7)
    tables = [frozenset(rng.sample(words, 3)) | {"كلمة%d" % k for k in range(50)} for _ in range(4)]
    tables.append({w: k for k, w in enumerate(rng.sample(words, 2) + ["غائبة"])})  # a dict: its keys
    for table in tables:  # each added after the article's words were first read: read again
        want = ctx.word_set() & (table.keys() if isinstance(table, dict) else table)
        assert ctx.words_in(table) == want and len(want) >= 2
    assert ctx.words_in(frozenset({"غائبة", "أخرى"})) == set()
    assert ctx.words_in(tables[0]) == ctx.word_set() & tables[0]  # once more, from the kept words
