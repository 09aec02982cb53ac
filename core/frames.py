"""Tables of one analysis as pandas DataFrames, and their exports (Excel, CSV with a
BOM, formula prefixes neutralised): what the Analyse page shows and downloads. The
store's own queries return frames of the same columns."""
from __future__ import annotations

from typing import Any, Sequence

import pandas as pd

from core.model import Analysis
from core.timex import describe_timex


def _rows(analysis: Analysis, article_id: str = "") -> dict[str, list[dict[str, Any]]]:
    """The store's rows of an analysis (imported here, not at the top: the store's read
    queries build their frames with this module's columns)."""
    from core.store.rows import analysis_rows

    return analysis_rows(analysis, article_id)


def entities_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per entity of one analysis, most mentioned first."""
    rows = _rows(analysis)["entities"]
    cols = ["entity_id", "type", "name", "name_ar", "country", "kind", "n_mentions", "corrected"]
    df = pd.DataFrame(rows, columns=cols + ["article_id", "search_key"])[cols]
    return df.sort_values(["n_mentions", "type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def times_frame(analysis: Analysis) -> pd.DataFrame:
    rows = _rows(analysis)["times"]
    df = pd.DataFrame(rows, columns=["idx", "text", "start_offset", "end_offset", "type", "value", "mod",
                                     "date_start", "date_end", "precision", "corrected"])
    df["label"] = [describe_timex(v, m) if t in ("DATE", "DURATION") else v
                   for v, m, t in zip(df["value"], df["mod"], df["type"])]
    return df


def _name_lookup(analysis: Analysis) -> dict[str, tuple[str, str]]:
    out = {e.id: (e.name, e.name_ar) for e in analysis.entities}
    out.update({k: (a.name, a.name_ar) for k, a in analysis.actors.items()})
    return out


EVENT_COLUMNS = ["article_id", "idx", "type", "actor_ids", "source_id", "target_id", "directed", "date",
                 "date_start", "date_end", "precision", "mod", "goldstein", "modality", "cameo", "trigger",
                 "trigger_start", "sentence", "agreement", "corrected"]


def _finish_events(df: pd.DataFrame, names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    def name(aid: Any, i: int) -> str:
        if not isinstance(aid, str) or not aid:
            return ""
        return names.get(aid, (aid, aid))[i] or aid

    df = df.copy()
    actor_lists = [[a for a in str(s).split("|") if a] for s in df["actor_ids"]]
    df["actors"] = [" · ".join(name(a, 0) for a in al) for al in actor_lists]
    df["actors_ar"] = [" · ".join(name(a, 1) for a in al) for al in actor_lists]
    df["source_name"] = [name(a, 0) for a in df["source_id"]]
    df["target_name"] = [name(a, 0) for a in df["target_id"]]
    df["date_label"] = [describe_timex(v, m) for v, m in zip(df["date"], df["mod"])]
    df["uid"] = [f"{a}:{i}" for a, i in zip(df["article_id"], df["idx"])]
    for c in ("date_start", "date_end"):
        df[c] = pd.to_datetime(df[c])
    return df


def events_frame(analysis: Analysis, article_id: str = "", title: str | None = None) -> pd.DataFrame:
    """One row per event of one analysis, with names, precision-aware dates, agreement flag."""
    rows = _rows(analysis, article_id)["events"]
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df = _finish_events(df, _name_lookup(analysis))
    df["title"] = title if title is not None else (analysis.meta or {}).get("title")
    return df


def pairs_from_events(df: pd.DataFrame, pair_rows: Sequence[dict[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """Aggregate event pairs into one row per actor pair (undirected)."""
    pr = pd.DataFrame(pair_rows)
    if pr.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    pr["conflict"] = (pr["goldstein"] < 0).astype(int)
    pr["cooperation"] = (pr["goldstein"] > 0).astype(int)
    g = pr.groupby(["a", "b"], as_index=False).agg(
        n_events=("type", "size"), net_goldstein=("goldstein", "sum"),
        n_conflict=("conflict", "sum"), n_cooperation=("cooperation", "sum"),
        first_date=("date_start", "min"), last_date=("date_end", "max"),
        types=("type", lambda s: ", ".join(sorted(set(s)))))
    return g[PAIR_COLUMNS].sort_values("n_events", ascending=False, kind="stable").reset_index(drop=True)


PAIR_COLUMNS = ["a", "b", "n_events", "net_goldstein", "n_conflict", "n_cooperation", "first_date",
                "last_date", "types"]


def pairs_frame(analysis: Analysis) -> pd.DataFrame:
    """Actor-pair table of one analysis, with names."""
    rows = _rows(analysis)
    df = pairs_from_events(pd.DataFrame(rows["events"]), rows["event_pairs"])
    return _name_pairs(df, _name_lookup(analysis))


def _name_pairs(df: pd.DataFrame, names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    df = df.copy()
    df["a_name"] = [names.get(a, (a, a))[0] or a for a in df["a"]]
    df["b_name"] = [names.get(b, (b, b))[0] or b for b in df["b"]]
    df["a_name_ar"] = [names.get(a, (a, a))[1] or a for a in df["a"]]
    df["b_name_ar"] = [names.get(b, (b, b))[1] or b for b in df["b"]]
    for c in ("first_date", "last_date"):
        df[c] = pd.to_datetime(df[c])
    return df


# --- the store ------------------------------------------------------------------------

def analysis_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """The tables a journalist downloads for one article: entities, times, events."""
    ev = events_frame(analysis)
    keep = ["type", "agreement", "actors", "actors_ar", "directed", "date", "date_label", "date_start", "date_end",
            "precision", "goldstein", "modality", "trigger", "sentence"]
    return {"entities": entities_frame(analysis), "times": times_frame(analysis), "events": ev[keep]}


# A cell that starts with one of these is a formula to Excel, LibreOffice and Google Sheets
# ("=HYPERLINK(...)" in a pasted article would run when an analyst opens the export).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """The same table with every text cell that a spreadsheet would read as a formula
    prefixed with an apostrophe (OWASP's advice for CSV injection), so it shows as text."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = [("'" + v) if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in out[col]]
    return out


def csv_text(df: pd.DataFrame) -> str:
    """CSV for spreadsheets: formula-safe, and with a UTF-8 byte order mark, without which
    Excel reads the file in the machine's legacy code page and shows Arabic as garbage."""
    return "\ufeff" + spreadsheet_safe(df).to_csv(index=False)


def analysis_workbook(analysis: Analysis) -> bytes:
    """An Excel workbook with one sheet per table (openpyxl), formula-safe."""
    import io

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        for name, df in analysis_tables(analysis).items():
            spreadsheet_safe(df).to_excel(xw, sheet_name=name, index=False)
        spreadsheet_safe(pd.DataFrame({"text": [analysis.text]})).to_excel(xw, sheet_name="article", index=False)
    return buf.getvalue()


def analysis_csv(analysis: Analysis) -> str:
    """The events of one article as CSV (the table most people chart)."""
    return csv_text(analysis_tables(analysis)["events"])
