"""What every page shares: the store, the visitor's token, language, links, caching.

Streamlit lives here and in the page files only; everything they show comes from
``core`` (store queries, chart builders, ingest).
"""
from __future__ import annotations

import datetime as dt
import html
import os
import threading
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from core.store import Filters, Store, new_token
from pages._text import STRINGS, UI_DIR, T, lang  # noqa: F401 - the pages take them from here

PAGE_PATHS = ("analyse", "timeline", "relations", "entities", "library")


def require_app(url_path: str) -> None:
    """Make a deep link work even when it is the server's first request.

    Streamlit starts in its legacy ``pages/`` mode until ``st.navigation`` has run once,
    so ``/timeline?...`` as the very first request runs this page without ``app.py``
    (no page config, no language switch, no navigation). Calling ``st.navigation`` turns
    that mode off for the whole server; the browser then reloads the same URL, which now
    goes through ``app.py``.
    """
    if st.session_state.get("_via_app"):
        return
    pages = [st.Page(_blank, title="Akhbar Lens", default=True)]
    if url_path:  # keep the address on this page while the browser reloads it
        pages.append(st.Page(_same_page, title="Akhbar Lens", url_path=url_path))
    st.navigation(pages, position="hidden")
    st.html("<script>window.location.reload()</script>", unsafe_allow_javascript=True)
    st.stop()


def _blank() -> None:
    """Placeholder page used by require_app()."""


def _same_page() -> None:
    """Placeholder page used by require_app()."""


MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md(text: object) -> str:
    """User text made inert for st.markdown (no links, images, emphasis or HTML)."""
    return "".join("\\" + c if c in MD_SPECIAL else c for c in " ".join(str(text or "").split()))


def say(message: object) -> str:
    """A message of the core (an analysis warning, a refused file) in the interface
    language, inert for markdown. The core writes English from templates
    (core.notices); an Arabic page says the same with its own template of the key, each
    field isolated in its own direction (a file name, a library's English detail). A
    message no template made stays English, isolated left to right in the Arabic page."""
    from core.notices import read

    text = str(message)
    if lang() == "en":
        return md(text)
    key, where, fields = read(text)
    if key is None or f"notice_{key}" not in STRINGS:
        return f"\u2066{md(text)}\u2069"
    said = {k: say(v) if k == "problem" else f"\u2068{md(v)}\u2069" for k, v in fields.items()}
    return (_place(where) + ": " if where else "") + T(f"notice_{key}", **said)


def _place(where: str) -> str:
    """A message's place ("batch.jsonl line 3", a file name) in the interface language."""
    from core.notices import read_place

    key, fields = read_place(where)
    if key is None or f"notice_{key}" not in STRINGS:
        return f"\u2068{md(where)}\u2069"
    return T(f"notice_{key}", **{k: f"\u2068{md(v)}\u2069" for k, v in fields.items()})


def type_label(code: str) -> str:
    """How a type filter choice reads in the interface language (the URL keeps the code)."""
    from core.charts import type_label as label

    return T("agreements_filter") if code == "agreements" else label(code, lang())


def localise(df: pd.DataFrame) -> pd.DataFrame:
    """A table's types, modalities and date labels in the interface language (the codes
    stay in English: analysts search and filter by them)."""
    if lang() != "ar" or df.empty:
        return df
    from core.charts import type_label as label
    from core.store import describe_timex

    out = df.copy()
    for col in ("type", "modality"):
        if col in out:
            out[col] = [label(v, "ar") for v in out[col]]
    if "date_label" in out and "date" in out:
        mods = out["mod"] if "mod" in out else [None] * len(out)
        out["date_label"] = [describe_timex(v, m, "ar") for v, m in zip(out["date"], mods)]
    if "label" in out and "value" in out:  # time expressions
        mods = out["mod"] if "mod" in out else [None] * len(out)
        out["label"] = [describe_timex(v, m, "ar") if t in ("DATE", "DURATION") else v
                        for v, m, t in zip(out["value"], mods, df["type"])]
    return out


def db_url() -> str | None:
    """AKHBAR_DB_URL from the environment, else from Streamlit secrets, else the default."""
    if os.environ.get("AKHBAR_DB_URL"):
        return os.environ["AKHBAR_DB_URL"]
    try:
        return st.secrets.get("AKHBAR_DB_URL") or None
    except (FileNotFoundError, KeyError, AttributeError, st.errors.StreamlitSecretNotFoundError):
        return None


def analyze_fn():
    """core.analyze, imported when first needed (it loads the lexicons)."""
    from core import analyze

    return analyze


# Seconds between opening the store and loading the extractor: the first visitor's page
# is drawn first (the loading takes about a second of CPU and the interpreter lock).
WARM_UP_DELAY_S = 4.0


def _warm_up() -> None:
    """Load the lexicons once in the background so the first click is fast. It calls the
    pipeline itself, not the replaceable ``analyze_fn()``: whatever stands in for the
    extractor by the time this timer fires (a test's runaway analysis) must not run
    unbounded in a background thread."""
    try:
        from core.pipeline import analyze

        analyze("اتفق المغرب وإسرائيل")
    except (ImportError, OSError, ValueError, KeyError):
        pass


def read_files(files: list | None) -> tuple[list[dict], list[str]]:
    """Article dicts from uploaded files, and a message for everything refused."""
    from core.ingest import IngestError, check_text, read_upload

    items, problems = [], []
    for f in files or []:
        try:
            res = read_upload(f.name, f.getvalue())
        except IngestError as e:
            problems.append(say(e))
            continue
        problems += [say(p) for p in res.problems]
        for a in res.articles:
            try:
                a["text"] = check_text(a.get("text"), a.get("name") or f.name)
            except IngestError as e:
                problems.append(say(e))
                continue
            items.append(a)
    return items, problems


@st.cache_resource
def quota_gate() -> Any:
    """One admission ledger per server process (core.quotas): the limits come from the
    environment; an invalid setting stops the page with its message."""
    from core.quotas import QuotaGate

    return QuotaGate()


@st.cache_resource
def analysis_slots() -> Any:
    """One bound on concurrent analyses per server process (core.limits.Slots)."""
    from core.limits import Slots, default_slots

    return Slots(default_slots(), per_key=1)


def quota_message(name: str, refusal: Any) -> str:
    """A refused article's message: which limit, its setting, and when there is room again."""
    return T(f"quota_{refusal.limit}", name=md(name), value=refusal.value, m=refusal.retry_minutes)


def analyse_and_save(store: Store, items: list[dict], owner: str, progress: bool = True) -> tuple[list[str], list[str]]:
    """Admit, analyse and store article dicts for one visitor; (ids, messages).

    The visitor limits are checked before any analysis (core.quotas): an article over a
    limit is refused whole with a message, the others are analysed and stored, so
    nothing is half-stored and no CPU is spent on what could not be kept. A text the
    visitor already has costs nothing (the store reuses it)."""
    gate = quota_gate()
    sizes = [None if store.find_by_text(it["text"], owner, public=False) else len(it["text"]) for it in items]
    admission = gate.admit(store, owner, sizes)
    problems = [quota_message(items[r.index].get("name") or items[r.index].get("title") or f"#{r.index + 1}", r)
                for r in admission.refused]
    try:
        done, refused = analyse_items([items[i] for i in admission.admitted], progress)
        ids = store.save_many(done, owner=owner, public=False) if done else []
    finally:
        gate.release(owner, admission)
    return ids, problems + refused


def analyse_items(items: list[dict], progress: bool = True) -> tuple[list[Any], list[str]]:
    """Analyses of article dicts, and messages for those the core refused.

    A publication date the core cannot read is dropped (with a note) rather than
    losing the article."""
    from core.errors import AkhbarError
    from core.limits import ArticleTimeout

    out, problems = [], []
    bar = st.progress(0.0, text=T("analysing")) if progress and len(items) > 1 else None
    status = st.empty()
    for i, it in enumerate(items, 1):
        meta = {k: it.get(k) for k in ("title", "source", "url", "published", "reader") if it.get(k)}
        name = it.get("name") or it.get("title") or f"#{i}"
        try:
            a, note = analyse_stoppable(it["text"], it.get("published"), meta, status)
            if note:
                problems.append(say(f"{name}: {note}"))
            out.append(a)
            out[-1].warnings = list(it.get("warnings") or []) + list(out[-1].warnings)  # e.g. an unreliable PDF
        except AkhbarError as e:
            problems.append(say(f"{name}: {e}"))
        except ArticleTimeout:
            problems.append(T("too_long", name=md(name), s=max_analysis_seconds()))
        if bar:
            bar.progress(i / len(items), text=f"{T('analysing')} {i}/{len(items)}")
    status.empty()
    return out, problems


def max_analysis_seconds() -> float:
    """CPU seconds one pasted or uploaded article may take (AKHBAR_MAX_ANALYSIS_SECONDS)."""
    try:
        return float(os.environ.get("AKHBAR_MAX_ANALYSIS_SECONDS", "120"))
    except ValueError:
        return 120.0


def analyse_stoppable(text: str, published: str | None, meta: dict, status: Any) -> tuple[Any, str | None]:
    """``(analysis, note)`` of one article (core.analyze_record: a publication date that
    cannot be read costs the date only), stopped when its visitor leaves or it uses up
    its CPU allowance, and waiting for a free slot when the process is busy.

    The analysis runs in a worker thread; this script thread updates ``status`` every
    quarter second, and Streamlit raises its stop exception from that update once the
    session is closed or rerun, which stops the worker too (core.limits)."""
    from core.limits import run_stoppable

    slots = analysis_slots()

    def tick(elapsed: float) -> None:
        if elapsed >= 1:
            status.caption(f"{T('analysing')} {elapsed:.0f} s · {len(text):,} {T('characters')}")

    def wait_tick(elapsed: float) -> None:
        status.caption(T("waiting_slot", n=slots.busy, s=elapsed))

    from core import analyze_record

    return run_stoppable(analyze_record, text, published, meta, analyze_fn(), tick=tick,
                         cpu_seconds=max_analysis_seconds(), slots=slots, key=viewer(), wait_tick=wait_tick)


# What the background loading of the bundled examples is doing, per store URL: "loading",
# "done", or the error that stopped it (shown by app.py).
SAMPLES: dict[str | None, str] = {}


def _load_samples(store: Store, url: str | None) -> None:
    """Analyse and store the bundled examples off the request path: a first visit shows
    the page at once instead of waiting for the lexicons and nine analyses."""
    try:
        from core.samples import with_precomputed

        store.load_samples(with_precomputed())  # made ahead of time while the extractor is unchanged
        SAMPLES[url] = "done"
    except (ImportError, OSError, ValueError, KeyError) as e:  # the core may still be missing
        SAMPLES[url] = str(e)


@st.cache_resource(show_spinner="Opening the store…")
def _open_store(url: str | None) -> Store:
    from core.store.store import default_time_limit_ms

    store = Store(url, time_limit_ms=default_time_limit_ms())  # no visitor's query holds the database
    if store.count(None) == 0:  # a new store: load_samples() itself leaves a used one alone
        from core.samples import precomputed_current

        SAMPLES[url] = "loading"
        if precomputed_current():  # milliseconds: store them now, and the first page lists them
            _load_samples(store, url)
        else:  # the extractor must analyse them: off the request path
            threading.Thread(target=_load_samples, args=(store, url), name="akhbar-samples", daemon=True).start()
    else:
        SAMPLES[url] = "done"
    if SAMPLES[url] == "done":  # load the extractor in the background, so the first paste does not wait for it
        warm = threading.Timer(WARM_UP_DELAY_S, _warm_up)  # after the first page is drawn, not against it
        warm.name, warm.daemon = "akhbar-warm-up", True
        warm.start()
    return store


def samples_state() -> str:
    """"loading", "done" or an error message: the bundled examples of this store."""
    return SAMPLES.get(db_url(), "done")


def get_store() -> Store:
    return _open_store(db_url())


def public_edits() -> bool:
    """AKHBAR_PUBLIC_EDITS=1 lets anyone delete or re-analyse any article (single-user setups)."""
    return os.environ.get("AKHBAR_PUBLIC_EDITS", "") == "1"


OWNER_COOKIE = "akhbar_owner"


def _valid_token(value: object) -> bool:
    return isinstance(value, str) and 16 <= len(value) <= 64 and all(c.isalnum() or c in "-_" for c in value)


def narrow() -> bool:
    """A phone's browser (its user agent says Mobile or Android): charts are drawn for a
    screen about 360 px wide, tables keep their essential columns, and a tap shows what a
    hover would (touch has no hover). The server cannot know the screen's width; the
    user agent is what every phone browser sends with the first request."""
    ua = (st.context.headers or {}).get("User-Agent", "") if st.context.headers else ""
    return "Mobi" in ua or "Android" in ua


def viewer() -> str:
    """This visitor's owner token: kept in a first-party cookie so that a reload keeps
    the visitor's own articles listed; a new token (and cookie) otherwise."""
    if "owner" not in st.session_state:
        token = st.context.cookies.get(OWNER_COOKIE) if st.context.cookies else None
        if not _valid_token(token):
            token = new_token()
            st.html(f"<script>document.cookie = '{OWNER_COOKIE}={token}; path=/; max-age=31536000; "
                    "SameSite=Lax';</script>", unsafe_allow_javascript=True)
        st.session_state["owner"] = token
    return st.session_state["owner"]


def base_url() -> str:
    url = (st.context.url or "").rstrip("/")
    for p in PAGE_PATHS:
        if url.endswith("/" + p):
            return url[: -len(p) - 1]
    return url


def article_url(article_id: str) -> str:
    return f"{base_url()}/?{urlencode({'article': article_id})}"


def current_url() -> str:
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    q = urlencode([(k, v) for k, vs in params.items() for v in vs])
    return f"{st.context.url or ''}{'?' + q if q else ''}"


# The copy button's behaviour: the clipboard where the page is a secure context (https,
# localhost), else the link selected and copied as a selection (a plain-http host).
COPY_SCRIPT = """<script>
for (const b of document.querySelectorAll('.al-link button:not([data-ready])')) {
  b.dataset.ready = '1';
  b.addEventListener('click', () => {
    const code = b.parentElement.querySelector('code');
    const done = () => { b.textContent = 'check'; setTimeout(() => { b.textContent = 'content_copy'; }, 1500); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.textContent).then(done);
      return;
    }
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    if (document.execCommand('copy')) done();
  });
}
</script>"""


def link_box(url: str, label: str | None = None) -> None:
    """A visible link with a copy button.

    Drawn as a few lines of HTML rather than ``st.code``: the code element makes every
    visitor's browser load and run Streamlit's syntax highlighter (1.5 MB of JavaScript,
    about a third of a second of CPU) for one line of plain text."""
    label = label or T("copy_link")
    st.caption(label)
    text = html.escape(url)
    st.html(f'<div class="al-link" dir="ltr"><code>{text}</code><button type="button" title="{html.escape(label)}" '
            f'aria-label="{html.escape(label)}">content_copy</button></div>{COPY_SCRIPT}',
            unsafe_allow_javascript=True)


# --- share links of filtered views ------------------------------------------------------
SHARE_PARAMS = ("seen", "with")
MAX_SHARED = 50


def link_includes() -> tuple[str, ...]:
    """The private articles this view's link shares (``with=<id>``, at most MAX_SHARED)."""
    ids = sorted({i for i in st.query_params.get_all("with") if _valid_token(i)})
    return tuple(ids[:MAX_SHARED])


def share_view(f: Filters, n_seen: int, page: str, dated: bool = False) -> None:
    """The link to this filtered view, and what it would not show somebody else.

    A recipient does not see the sender's private articles, so the same filters can show
    them fewer events. The sender is told how many of the events come from private
    articles and may put those articles in the link (their ids are what opens them
    anyway); the link also carries how many events the sender saw (``seen``), so that a
    recipient is told how many are not shared with them instead of silently seeing fewer."""
    who = viewer()
    seen, mark = st.query_params.get("seen"), f"_link_filters_{page}"
    if seen is not None and mark not in st.session_state:
        st.session_state[mark] = filters_key(f)  # the filters the link came with
    if (seen and seen.isdigit() and st.session_state.get(mark) == filters_key(f)
            and int(seen) > n_seen):
        st.info(T("link_hidden", k=int(seen) - n_seen, n=int(seen)), icon=":material/visibility_off:")
    k, own = read("private_share", f, who, dated_only=dated)
    shared = set(link_includes())
    if k:
        st.warning(T("share_private", k=k, n=n_seen), icon=":material/lock:")
        if st.toggle(T("share_include", n=len(own)), key=f"share_include_{page}"):
            shared |= set(own)
    params = [(key, v) for key in st.query_params if key not in SHARE_PARAMS for v in st.query_params.get_all(key)]
    params += [("with", i) for i in sorted(shared)[:MAX_SHARED]] + [("seen", str(n_seen))]
    link_box(f"{st.context.url or ''}?{urlencode(params)}")


def filters_key(f: Filters) -> tuple:
    return (tuple(f.types), tuple(f.actors), f.date_from, f.date_to, f.article_id, f.agreements_only,
            tuple(f.include))


# --- cached queries (keyed by store version, so every write refreshes them) ----------------


@st.cache_data(max_entries=256, show_spinner=False)
def _read(url: str | None, version: int, method: str, args: tuple, kwargs: tuple) -> Any:
    return getattr(get_store(), method)(*args, **dict(kwargs))


def read(method: str, *args: Any, **kwargs: Any) -> Any:
    """A read of the store (a Store method and its arguments), cached per store and
    version: results are kept until the next write changes the version, for every page
    through this one cache instead of a wrapper per query."""
    url, version = cache_args()
    return _read(url, version, method, args, tuple(sorted(kwargs.items())))


def actor_types(who: str) -> dict[str, str]:
    """actor id → entity type, for the colours of the network's nodes."""
    df = read("actor_options", who, limit=2000)
    return dict(zip(df["actor_id"], df["type"]))


def cache_args() -> tuple[str | None, int]:
    return db_url(), get_store().version()


def date_bounds(values: Any) -> tuple[dt.date | None, dt.date | None]:
    """(from, to) out of a date_input value, whatever shape it has."""
    if isinstance(values, (list, tuple)):
        vals = [v for v in values if v]
        if len(vals) == 2:
            return vals[0], vals[1]
        if len(vals) == 1:
            return vals[0], None
        return None, None
    return (values, None) if values else (None, None)


# --- filters in the URL for widgets whose labels differ from their values -------------------
def seed_from_url(key: str, multi: bool = False, valid: Any = None) -> None:
    """Give a widget its value from the URL on the first run of a page visit.

    (``bind="query-params"`` would write the displayed label, which changes with the
    language, into the URL; here the URL keeps ids.)"""
    if key in st.session_state:
        return
    vals = st.query_params.get_all(key)
    if valid is not None:
        vals = [v for v in vals if v in valid]
    if vals:
        st.session_state[key] = vals if multi else vals[0]


def sync_to_url(key: str, value: Any) -> None:
    """Write a widget's value (ids) to the URL, or drop the parameter when empty."""
    if value in (None, "") or (isinstance(value, (list, tuple)) and not value):
        if key in st.query_params:
            del st.query_params[key]
    elif isinstance(value, (list, tuple)):
        st.query_params[key] = [str(v) for v in value]
    else:
        st.query_params[key] = str(value)


