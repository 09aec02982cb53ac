"""Akhbar Lens extraction core: Arabic news text → entities, times, events, relations.

    from core import analyze
    a = analyze(text, published="2023-01-17")
"""
from core.model import Analysis

__all__ = ["analyze", "Analysis"]


def analyze(text, published=None, meta=None, **options):  # noqa: D103 - documented in core.pipeline
    from core.pipeline import analyze as _analyze

    return _analyze(text, published, meta, **options)
