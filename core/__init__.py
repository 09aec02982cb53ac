"""Akhbar Lens extraction core: Arabic news text → entities, times, events, relations.

    from core import analyze
    a = analyze(text, published="2023-01-17")
"""
from core.model import Analysis

__all__ = ["analyze", "analyze_record", "Analysis"]


def analyze(text, published=None, meta=None, **options):  # noqa: D103 - documented in core.pipeline
    from core.pipeline import analyze as _analyze

    return _analyze(text, published, meta, **options)


def analyze_record(text, published=None, meta=None, analyze_fn=None, **options):
    """``(analysis, note)`` of an article that came from a form, a file or an archive with
    whatever publication date was attached to it.

    The one place that decides what a publication date that cannot be read costs: the
    date, not the article. The article is analysed without it, its warnings say so, and
    ``note`` carries the same sentence for the caller to show (the dashboard), count (the
    batch) or print (the command line); ``note`` is None when the date was fine.
    ``analyze_fn`` replaces :func:`analyze` (the batch's ``module:function`` analysers)."""
    from core.errors import BadDateError

    fn = analyze_fn or analyze
    try:
        return fn(text, published, meta, **options), None
    except BadDateError:
        note = f"publication date {str(published)[:40]!r} is not YYYY-MM-DD; analysed without it"
        rest = {k: v for k, v in (meta or {}).items() if k != "published"}
        a = fn(text, None, rest, **options)
        a.warnings.insert(0, note)
        return a, note
