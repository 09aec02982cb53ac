"""One entity per real-world thing: name parts, bracketed short forms, spellings one
letter apart and kind heads joined after the rules have run."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import attrgetter

from core import prepared
from core.entities.context import _Context
from core.entities.finder import _BLOCK
from core.entities.tables import _read_column
from core.model import Entity
from core.text import normalize_for_match, without_lam


def _name_words(e: Entity) -> tuple[str, ...]:
    """The words of a person's longest mention, normalised."""
    mentions = e.mentions
    if len(mentions) == 1:  # most entities: no longest to look for
        return _mention_words(mentions[0].text)
    return _mention_words(max(mentions, key=lambda m: len(m.text)).text)


def _merge_name_parts(entities: list[Entity], text: str = "") -> list[Entity]:
    """One name, one entity: a person entity whose every mention is a run of the words
    of exactly one longer person's name ("سيرغي" or "لافروف" beside "سيرغي لافروف",
    "محمود أبو زيد يشيد" beside ...) joins that person; so does an organisation or place
    found by pattern or tagger inside a longer one of the same type ("الخارجية الإيرانية"
    beside "وزارة الخارجية الإيرانية"). A part shared by two ("محمد" beside "محمد بن
    سلمان" and "محمد مرسي") stays as it is. Lexicon entries keep their own identity."""
    merged: set[int] = set()
    _merge_bracketed(entities, text, merged)
    _merge_kind_heads(entities, merged)
    _merge_spellings(entities, merged)
    groups: dict[str, list[Entity]] = {"PERSON": [], "ORG": [], "PLACE": []}  # each type's entities, in one pass
    for e in entities:
        if e.mentions and e.type in groups:
            groups[e.type].append(e)
    for etype, group in groups.items():
        _merge_type(group, etype, merged)
    kept = [e for e in entities if id(e) not in merged]
    if merged:
        _follow_merged_actors(entities, kept, merged)
    return kept


def _follow_merged_actors(entities: list[Entity], kept: list[Entity], merged: set[int]) -> None:
    """A person acting for an organisation named by a shorter form ("الأمين العام لمؤتمر
    النقابات" beside "مؤتمر النقابات العمالية") acts for the entity that form joined."""
    gone = {e.id: e for e in entities if id(e) in merged and e.actor == e.id}
    if not gone:
        return
    for e in kept:
        part = gone.get(e.actor or "")
        if part is None or not part.mentions:
            continue
        first = part.mentions[0]
        host = next((o for o in kept if any(m is first for m in o.mentions)), None)
        if host is not None:
            e.actor = host.actor or host.id


# What may stand between an organisation's name and a bracketed short form: at most one
# word ("وكالة الأنباء السودانية الرسمية (سونا)").
_BRACKET_GAP = re.compile(r"\s*(?:[^\s()]+\s*)?\(\s*")


def _merge_bracketed(entities: list[Entity], text: str, merged: set[int]) -> None:
    """"وكالة الأنباء السعودية (واس)", "حلف شمال الأطلسي (ناتو)": an organisation named in
    brackets right after another is another name of it. The entity the rules or the
    tagger made up joins the one a lexicon knows (two lexicon entries stay apart)."""
    orgs = [e for e in entities if e.type == "ORG"]
    opened: dict[int, Entity] = {}  # where a bracketed name would start -> the name before
    for e in orgs:
        for m in e.mentions:
            gap = _BRACKET_GAP.match(text, m.end)
            if gap:
                opened[gap.end()] = e
    for e in orgs:
        for m in e.mentions:
            host = opened.get(m.start)
            if host is None or host is e or id(host) in merged or id(e) in merged \
                    or not text[m.end:m.end + 3].lstrip().startswith(")"):
                continue
            if e.id.startswith("org-"):
                _join(host, e, merged)
            elif host.id.startswith("org-"):
                _join(e, host, merged)


@prepared.table()
def _kind_heads() -> frozenset[str]:
    """Place heads that only say what kind of place the name after them is (محافظة،
    ولاية، مدينة: with_head 0 in place_heads.tsv)."""
    return frozenset(normalize_for_match(form) for form, with_head in _read_column("place_heads.tsv", "form", "with_head")
                     if with_head == "0")


def _merge_kind_heads(entities: list[Entity], merged: set[int]) -> None:
    """"محافظة إدلب" beside "إدلب" in one article is one place, as the news reads it
    (even when the lexicon holds the province and the city apart)."""
    places = [e for e in entities if e.type == "PLACE" and e.mentions]
    bare = {_name_words(e): e for e in places}
    heads = _kind_heads()
    for e in places:
        words = _name_words(e)
        host = bare.get(words[1:]) if len(words) > 1 and words[0] in heads else None
        if host is not None and host is not e and id(host) not in merged and id(e) not in merged:
            _join(host, e, merged)


def _join(into: Entity, part: Entity, merged: set[int]) -> None:
    into.mentions.extend(part.mentions)
    into.country = into.country or part.country
    into.actor = into.actor or part.actor
    merged.add(id(part))


def _merge_spellings(entities: list[Entity], merged: set[int]) -> None:
    """Two spellings of one person's name in one article ("جيمس جيفري" and "جيم جيفري",
    "شهباز شريف" and "شاهباز شريف"): the same family name and first names one letter
    apart. Brothers ("نواز شريف", "شهباز شريف") differ by more. Only names of the same
    length and family name are compared (a long text holds hundreds of people)."""
    families: dict[tuple[int, str], list[tuple[Entity, tuple[str, ...]]]] = {}
    for e in entities:
        if e.type == "PERSON" and e.mentions:
            words = _name_words(e)
            if len(words) >= 2:
                families.setdefault((len(words), words[-1]), []).append((e, words))
    for people in families.values():
        for k, (e, we) in enumerate(people):
            if id(e) in merged:
                continue
            for o, wo in people[k + 1:]:
                if id(o) in merged or wo == we:
                    continue
                if all(a == b or _one_letter_apart(a, b) for a, b in zip(we[:-1], wo[:-1])):
                    e.mentions.extend(o.mentions)
                    e.country = e.country or o.country
                    e.actor = e.actor or o.actor
                    merged.add(id(o))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed (and names long enough for that to say so)."""
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _merge_type(group: list[Entity], etype: str, merged: set[int]) -> None:
    """Join each entity of ``group`` (one type's entities with mentions) to the one longer
    name whose words hold all its mentions (see _merge_name_parts)."""
    if len(group) < 2:
        return
    _merge_group(group, etype, merged)


def _merge_group(group: list[Entity], etype: str, merged: set[int]) -> None:
    """_merge_type past its gate, apart so that a type with fewer than two entities returns
    before the closure cells its comprehensions and lambda need are made."""
    words = {id(e): _name_words(e) for e in group}
    holding: dict[str, list[Entity]] = {}  # word (without ال) -> the names that hold it
    for o in group:
        for w in {_bare(w) for w in words[id(o)]}:
            holding.setdefault(w, []).append(o)
    lengths = []  # loops and C calls, not comprehensions or lambdas: no closure cells
    for e in group:
        lengths.append(len(words[id(e)]))
    for e in map(group.__getitem__, sorted(range(len(group)), key=lengths.__getitem__)):
        if etype != "PERSON" and not e.id.startswith(("org-", "plc-")):
            continue
        mine = {_mention_words(m.text) for m in e.mentions}
        if () in mine:
            continue
        size = len(words[id(e)])
        # a host's name is longer than e's, so (unless a mention of e has more words
        # than its longest-written one) each mention must be a run of the host's words:
        # only names holding a mention's first word can host
        if max(map(len, mine), default=0) <= size:
            candidates = holding.get(_bare(next(iter(mine))[0]), ())
        else:
            candidates = group
        hosts = []
        for o in candidates:
            wo = words[id(o)]
            if len(wo) > size and o is not e and id(o) not in merged and _runs_in(mine, wo, etype == "ORG"):
                hosts.append(o)
                if len(hosts) > 1:
                    break  # a part shared by two stays as it is
        if len(hosts) == 1:
            host = hosts[0]
            host.mentions.extend(e.mentions)
            host.country = host.country or e.country
            host.actor = host.actor or e.actor
            merged.add(id(e))


def _runs_in(mine: set, wo: tuple, org: bool) -> bool:
    """Whether each mention's words ``mine`` are a run of the host's ``wo`` (or it of them), or
    for an organisation its shortened name."""
    for w in mine:
        if not (_run_of(w, wo) or _run_of(wo, w) or org and _shortened(w, wo)):
            return False
    return True


@lru_cache(maxsize=20_000)
def _mention_words(text: str) -> tuple[str, ...]:
    """A mention's normalised words, a leading proclitic of "لل" read as the article."""
    words = normalize_for_match(text.replace("_", " ").replace("#", " ")).split()
    if words:
        words[0] = without_lam(words[0])
    return tuple(words)


def _shortened(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether an organisation's name ``part`` is ``whole`` with inner words left out, its
    head and last word kept ("المخابرات المصرية" for "المخابرات العامة المصرية"), a last
    word's ل read as the article ("مفوضية الانتخابات" for "المفوضية العليا للانتخابات")."""
    if len(part) < 2 or _bare(part[0]) != _bare(whole[0]) \
            or without_lam(part[-1], 4) != without_lam(whole[-1], 4):
        return False
    rest = iter(whole[1:-1])
    return all(w in rest for w in part[1:-1])


def _bare(w: str) -> str:
    """A word without its article ("الوكالة" and "وكالة" head one name)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _run_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    n = len(part)
    return 0 < n <= len(whole) and any(whole[k:k + n] == part for k in range(len(whole) - n + 1))


def _block(ctx: _Context, spans: list[tuple[int, int]]) -> None:
    """Mark the tokens of ``spans`` (original offsets: time expressions) as no one's.
    Each span's first token is found by a binary search over the tokens' starts, read
    from the few tokens it visits (a list of every start cost a pass over the article).
    A word the expression reads under a proclitic stays free when the tables know it
    whole as a name ("باول" Powell is no ب + أول of "أول أمس")."""
    for a, b in spans:
        i = bisect_right(ctx.toks, a, key=_START) - 1
        i = max(i, 0)
        while i < len(ctx.toks) and ctx.toks[i].start < b:
            if ctx.toks[i].end > a and not (ctx.toks[i].start < a and ctx.whole_name(ctx.toks[i].norm)):
                ctx.owner[i] = _BLOCK  # "باول أمس" is a name before أمس, no ب + "أول أمس"
            i += 1


_START = attrgetter("start")  # a token's offset in the original text
