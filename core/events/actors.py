"""Actor mentions: which words of an article can be the sides of an event.

Entities that act (states, and what stands for them), nationality adjectives, and
words that name the two parties of a relation ("البلدين"). Apart from the roles,
since every trigger of an article reads the same mentions.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter

from core import prepared
from core.entities.tables import ordinal_words
from core.events import named_pairs
from core.events.origins import origin_adjectives
from core.lexicon import Lexicon, is_state_id, load_lexicon, two_word_adjectives
from core.model import Entity, Mention
from core.text import NormText, Token, WordCache, clitic_variants, normalize_for_match, proclitic_forms, token_norms
from core.events.postings import posting
from core.events.triggers import DATA, Triggers, _rows, load_triggers

@dataclass
class _ActorMention:
    actor: str
    i: int  # token range
    j: int
    start: int
    end: int
    adjective: bool = False  # a nationality adjective ("الإسرائيلية"), not a name
    kind: str = ""  # what the words are: an entity type, STATE> (an entity standing for its state), ADJ, PAIR


def _mention_tokens(toks: list[Token], entities: list[Entity],
                    starts: list[int] | None = None) -> list[tuple[Entity, Mention, int, int]]:
    """Every mention with the token range [i, j) it covers (i holds its first letter);
    ``starts``: the tokens' start offsets, when the caller has them."""
    if starts is None:
        starts = [t.start for t in toks]
    out = []
    for e in entities:
        for m in e.mentions:
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            out.append((e, m, i, max(bisect.bisect_left(starts, m.end), i + 1)))
    return out


WHERE_BEFORE = frozenset(normalize_for_match(w) for w in ("في", "وفي", "إلى", "وإلى", "من", "ومن", "داخل", "عبر"))
WHERE_PROCLITICS = ("ب", "وب", "ل", "ول")  # "ببروكسل"، "لبروكسل": in, to the city
CAPITAL_WORD = normalize_for_match("عاصمة")  # "العاصمة البلجيكية بروكسل"، "عاصمة بلجيكا، بروكسل"
CAPITAL_REACH = 3  # words back from the city to the word "capital" it stands beside


def _where_only(toks: list[Token], m: Mention, i: int) -> bool:
    """Whether a city that acts for a body seated there (places.tsv acts_for: Brussels for
    the European Union) is named here as where something is, goes or happens: after a
    preposition of place, with ب or ل on it, or beside the word "capital". As a side
    ("المفاوضات بين لندن وبروكسل") it is the body; as a venue ("قمة الناتو في بروكسل") it
    is no side of anything, and the venue filters, which know states, would not drop it."""
    word, name = toks[i].norm, normalize_for_match(m.text)
    prefix = word[:len(word) - len(name)] if m.start > toks[i].start and word.endswith(name) else ""
    if prefix in WHERE_PROCLITICS or i > 0 and toks[i - 1].norm in WHERE_BEFORE:
        return True
    return any(CAPITAL_WORD in toks[k].norm for k in range(max(i - CAPITAL_REACH, 0), i))


def _actor_mentions(toks: list[Token], spans: list[tuple[Entity, Mention, int, int]],
                    readings: list[tuple]) -> list[_ActorMention]:
    out: list[_ActorMention] = []
    covered = set()
    for e, m, i, j in spans:
        covered.update(range(i, j))
        if e.actor and e.type == "PLACE" and not is_state_id(e.actor) and _where_only(toks, m, i):
            continue  # "قمة في بروكسل": where a meeting is held, no side of it
        if e.actor:
            kind = e.type if e.actor == e.id else "STATE>"
            out.append(_ActorMention(e.actor, i, j, m.start, m.end, kind=f"{kind}:{e.kind or '-'}"))
    pending_pairs = []
    pending_selves = []
    pending_bodies = []
    actor_words = list(map(_SECOND, readings))
    # the few words with an actor reading, picked in C (most words have none)
    for k in [k for k in compress(range(len(actor_words)), actor_words) if k not in covered]:
        r = actor_words[k]
        t = toks[k]
        if r == _PAIR:
            pending_pairs.append(k)
        elif r == _SELF:
            pending_selves.append(k)
        elif r == _BODY:
            pending_bodies.append(k)
        elif k == 0 or toks[k - 1].norm not in _currency_words():  # "دولار أميركي" is money, no side
            out.append(_ActorMention(r, k, k + 1, t.start, t.end, adjective=True, kind="ADJ"))
    heads = _head_anaphora(toks, spans, covered)
    out += heads
    from core.events.descriptions import kind_mentions  # it reads this module's mentions

    out += kind_mentions(toks, spans, covered, {a.i for a in heads})  # "الحزب" for the one party named
    out += named_pairs.pair_mentions(toks, covered)  # "بين الكوريتين": both Koreas, no antecedent needed
    for k in pending_pairs:
        top = _pair_referents(out, k)
        if len(top) == 2:
            t = toks[k]
            for iso in top:
                out.append(_ActorMention(iso, k, k + 1, t.start, t.end, kind="PAIR"))
    # whether each person named acts for a state: read only for a word such as "بلاده"
    # (a few articles in ten), not made for every article
    people = ({i: is_state_id(e.actor) for e, _, i, _ in spans if e.type == "PERSON"}
              if pending_selves or pending_bodies else {})
    for k in pending_selves:
        ref = _his_state(out, k, people, toks) or _self_referent(out, k)
        if ref is not None:
            t = toks[k]
            out.append(_ActorMention(ref.actor, k, k + 1, t.start, t.end, kind=ref.kind))
    if pending_bodies:  # "الفرنسي من أصل مغربي ... الشرطة": a person's origin owns no body
        named_at = {a.i for a in out}
        private_ends = {j for e, _, i, j in spans if e.type == "PERSON" and not people[i]}
        origins = origin_adjectives(toks, out, private_ends)
        states = [a for a in out if a.i not in origins] if origins else out
    for k in pending_bodies:
        if k + 1 in named_at or k + 2 in named_at and toks[k + 1].norm == "في":
            continue  # "السلطات المصرية"، "السلطات في سوريا": the body of the state named right after it
        ref = _self_referent(states, k, BODY_REACH)
        if ref is not None:
            t = toks[k]
            out.append(_ActorMention(ref.actor, k, k + 1, t.start, t.end, kind="BODY"))
    out.sort(key=_FIRST_TOKEN)
    return out


_SECOND = itemgetter(1)  # a word reading's actor reading
_FIRST_TOKEN = attrgetter("i")  # an actor mention's first token (a sort key in C, no lambda call per mention)
_NORM = itemgetter(0)  # Token.norm

SELF_REACH = 20  # words back to the actor a "بلاده" speaks for
HEAD_REACH = 200  # words back to the name a bare head noun ("المنظمة") takes up


def _head_anaphora(toks: list[Token], spans: list[tuple[Entity, Mention, int, int]], covered: set[int]) -> list[_ActorMention]:
    """Actors named again by the head noun of their name: "منظمة حظر الأسلحة الكيميائية ...
    وقالت المنظمة" (the definite head alone, after the name, outside any name), for the
    nearest name before it within HEAD_REACH words with that head."""
    heads: dict[str, list[tuple[int, Entity]]] = {}
    for e, m, i, j in spans:
        if not e.actor or j - i < 2 or e.type == "COUNTRY":
            continue
        head = _name_head(m.text) if m.start > toks[i].start else _bare_article(toks[i].norm)
        if len(head) >= 3:
            heads.setdefault(head, []).append((j, e))
    if not heads:
        return []
    out = []
    # the only words that read as "ال" + a head through their proclitics are its written
    # forms (proclitic_forms: the inverse of clitic_variants), looked up in C: a set test
    # per word instead of a test of every head's ending (str.endswith through its
    # argument parsing, a third of the actor mentions' cost)
    forms = {w for head in heads for w in proclitic_forms("ال" + head)}
    for k in compress(range(len(toks)), map(forms.__contains__, map(_NORM, toks))):
        t = toks[k]
        lam = "ال" not in t.norm[:4]
        if k in covered or lam and not _bare_lam_head(toks, k):
            continue
        for stem, dropped in clitic_variants(t.norm):
            if not stem.startswith("ال"):
                continue
            named = heads.get(stem[2:])
            if not named:
                continue
            before = [(j, e) for j, e in named if j <= k and k - j <= HEAD_REACH and (not lam or e.kind in LAM_KINDS)]
            if before and not _numbered(toks, k) and (e := _unrivalled(before)) is not None:
                kind = e.type if e.actor == e.id else "STATE>"
                out.append(_ActorMention(e.actor, k, k + 1, t.start + dropped, t.end, kind=f"{kind}:{e.kind or '-'}"))
            break
    return out


def _numbered(toks: list[Token], k: int) -> bool:
    """The head noun is numbered by an ordinal or a figure right after it ("الفيلق الخامس"
    after "فيلق الشام"، "اللواء 93"): another unit than the one named before."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].norm
    return nxt.isdigit() or nxt in ordinal_words()


HEAD_RIVAL_GAP = 30  # words between two names with one head that leave the head noun after them ambiguous


def _unrivalled(before: list[tuple[int, Entity]]) -> Entity | None:
    """The nearest name a head noun takes up, unless another side's name with that head
    ends close before it: "رحبت وزارة الخارجية السعودية ببيان وزارة الخارجية الأمريكية.
    وطالبت الوزارة" may be either ministry (the nearer is mostly the one answered, in the
    genitive), and an agency named in passing ("حسب تقرير اطلعت عليه وكالة الأنباء") stands
    between the Atomic Energy Agency and "وطالبت الوكالة". The sentence's carried subject
    then reads the act, as when the head is not taken up at all."""
    j, e = max(before, key=_FIRST_ITEM)
    if any(e2.actor != e.actor and j - j2 <= HEAD_RIVAL_GAP for j2, e2 in before):
        return None
    return e


_FIRST_ITEM = itemgetter(0)


LAM_KINDS = frozenset({"military"})  # "غارة للتحالف": a coalition's air strike
LAM_NOUN_GAP = 2  # words between the attack noun and its agent after لـ ("غارات جوية للتحالف")


def _bare_lam_head(toks: list[Token], k: int) -> bool:
    """A head written with لـ on its article as the agent of an attack noun just before it
    ("غارة للتحالف في ..."، violence_cues.tsv lam_noun), standing alone: not described by a
    definite word after it ("للقوات الموالية للحكومة" are other forces than the ones named
    before). Elsewhere "لـ" after a noun mostly says whose the noun is ("القيادة المشتركة
    للتحالف"، "الأمين العام للمنظمة"): an organ of the body, not the body acting."""
    if "لل" not in toks[k].norm[:3] or k + 1 < len(toks) and toks[k + 1].norm.startswith("ال"):
        return False
    from core.events.violence import load_cues

    cues = load_cues()
    return any(cues.get(clitic_variants(toks[m].norm)[-1][0].removeprefix("ال")) == "lam_noun"
               for m in range(max(k - LAM_NOUN_GAP, 0), k))


def _name_head(text: str) -> str:
    """A name's first word without the article, read from the mention itself where
    proclitics are written before it ("ومنظمة العفو": "منظمه"); where none are, the token's
    own letters are kept (``_bare_article``): "وزارة"، "وكالة" begin with و and are no
    و + "زارة" (cut so, "الوزارة" never took up the ministry named before it)."""
    words = normalize_for_match(text).split()
    return _bare_article(words[0]) if words else ""


def _bare_article(word: str) -> str:
    """A normalised word without its article ("المنظمه" → "منظمه")."""
    return word[2:] if word.startswith("ال") else word


def _bare(norm: str) -> str:
    """A name's first word without proclitics or the article ("ومنظمة" → "منظمه")."""
    for stem, _ in reversed(clitic_variants(norm)):
        return stem[2:] if stem.startswith("ال") else stem
    return norm


def _self_referent(actors: list[_ActorMention], k: int, reach: int = SELF_REACH) -> _ActorMention | None:
    """The state "بلاده" at token k stands for: that of the nearest state actor named
    before it within SELF_REACH words ("الرئيس التركي ... قوات بلاده")."""
    best = None
    for a in actors:
        if a.j <= k and k - a.j <= reach and is_state_id(a.actor):
            if best is None or a.j > best.j:
                best = a
    return best


def _his_state(actors: list[_ActorMention], k: int, people: dict[int, bool], toks: list[Token]) -> _ActorMention | None:
    """The official whose state "بلاده"، "حكومته" at token k names: a man's country, so that
    of the man named last before it (``people``: first token of each person's mention ->
    whether he acts for a state), when he is an official within SELF_REACH words and only
    countries' names stand between ("وتابع بومبيو: "... إيران ..." لافتا إلى أن بلاده تدعم
    السعودية" is the United States, not Iran). An organ or a nationality between may be the
    unnamed official who speaks ("وقال المتحدث باسم الكرملين إن بلاده"), and a private man
    named last has a country of his own: the nearest state then."""
    word = _bare(toks[k].norm)
    if not word.endswith("ه") or word.endswith("ها"):
        return None
    last = max((i for i in people if i < k), default=None)
    if last is None or not people[last]:
        return None
    p = next((a for a in actors if a.i == last and a.j <= k and k - a.j <= SELF_REACH), None)
    if p is None:
        return None
    between = [a for a in actors if a.i >= p.j and a.j <= k]
    return p if all(a.kind.startswith("COUNTRY") for a in between) else None


def _pair_referents(actors: list[_ActorMention], k: int) -> list[str]:
    """The two countries "البلدين" at token k stands for: the two last named before it.
    A text turns from one pair of states to the next, and "the two" points back to the
    pair it has just named, not to the pair it named most often."""
    before = sorted((a for a in actors if a.i < k and is_state_id(a.actor)), key=lambda a: a.i)
    recent: list[str] = []
    for a in reversed(before):
        if a.actor not in recent:
            recent.append(a.actor)
            if len(recent) == 2:
                break
    return recent if len(recent) == 2 else []


_PAIR = "pair"
_SELF = "self"
_BODY = "body"
BODY_REACH = 60  # words back to the state an unnamed state body ("السلطات") belongs to
# per (triggers, lexicon): written word → (trigger first keys, actor reading, unnamed-actor reading)
_READINGS: dict[tuple[int, int], tuple[Triggers, Lexicon, WordCache]] = {}
# (token list, the tables' cache entry, its words' records) of the last article asked: the
# unnamed actors and then the event rules read the same article's records (a tuple swapped
# whole, so that two threads can never pair one article's tokens with another's records)
_LAST_RECORDS: tuple = ((), None, [])


def _word_readings(norms: list[str], trig: Triggers, lex: Lexicon, toks: list[Token] | None = None) -> list[tuple]:
    """What the event rules read in each word of an article: ``word_records`` with a
    nationality adjective of two words read at its first word."""
    got = word_records(norms, trig, lex, toks)[:]  # a copy: the records may be the last article's, kept
    for k, iso in two_word_adjectives(lex, norms).items():
        got[k] = (got[k][0], iso, got[k][2])  # "الكوري الشمالي" reads as one adjective, at its first word
    return got


def word_records(norms: list[str], trig: Triggers, lex: Lexicon, toks: list[Token] | None = None) -> list[tuple]:
    """Each word's (the keys it begins a trigger with, its actor reading, what it says of
    unnamed actors: ``prefilled.unnamed_reading``, the entity finder's start mask:
    ``_Finder.start_mask``, the time patterns it may start: ``times.patterns.word_plan``).
    One lookup per word for the five, kept per distinct word,
    since articles share most of their words (a word is analysed the first time it is
    met); with ``toks``, once per article for the entity rules, the unnamed actors and the
    event rules (``start_masks``). The list is shared: not to be changed."""
    global _LAST_RECORDS
    hit = _READINGS.get((id(trig), id(lex)))
    if hit is None or hit[0] is not trig or hit[1] is not lex:
        hit = _READINGS[(id(trig), id(lex))] = _readings_of(trig, lex)
    last = _LAST_RECORDS
    if toks is not None and last[0] is toks and last[1] is hit:
        return last[2]
    cache = hit[2]
    got = list(map(cache.get, norms))
    # a record is a tuple of five, never false, so a false item is a new word's None: all()
    # tests each item's truth, a third of the time ``None in got`` took to compare each to None
    if not all(got):
        # only the new words (picked in C): most of an article's words are met before
        from core.entities.finder import _finder
        from core.events.prefilled import unnamed_reading
        from core.events.unnamed import load_unnamed
        from core.times.patterns import word_plan

        first_keys, refs, table = trig.first_keys, (_pair_refs(), _self_refs(), _body_refs()), load_unnamed()
        start_mask = _finder(lex).start_mask
        for k in compress(range(len(got)), map(is_, got, repeat(None))):
            w = norms[k]
            r = cache.get(w)
            got[k] = r if r is not None else cache.put(w, (first_keys(w, False), _actor_word(lex, w, refs),
                                                           unnamed_reading(w, table), start_mask(w), word_plan(w)))
    if toks is not None:
        _LAST_RECORDS = (toks, hit, got)
    return got


def start_masks(toks: list[Token], lex: Lexicon) -> list[int]:
    """The entity finder's start mask of each word of an article, read with the word's
    other records (``word_records``, kept for the article): one look-up of every word
    for the entity, unnamed-actor and event rules, instead of one per stage."""
    return list(map(_MASK, word_records(token_norms(toks), load_triggers(), lex, toks)))


_MASK = itemgetter(3)  # a word record's start mask
_TIME_PLAN = itemgetter(4)  # a word record's time patterns (core.times.patterns.word_plan)


def time_starts(toks: list[Token], lex: Lexicon) -> list:
    """What each word of an article may start in the time grammar (``word_plan``, None
    for most), read with the word's other records (``word_records``): the time stage
    then looks no word up again (its own look-up of every word was a tenth of it)."""
    return list(map(_TIME_PLAN, word_records(token_norms(toks), load_triggers(), lex, toks)))


def _readings_of(trig: Triggers, lex: Lexicon) -> tuple[Triggers, Lexicon, WordCache]:
    """A new cache for these tables: for the default ones, the image's, filled for the news
    vocabulary (unless the tables were loaded again since)."""
    if trig is load_triggers() and lex is load_lexicon():
        from core.events import prefilled

        hit = prefilled.word_readings()
        if hit[0] is trig and hit[1] is lex:
            return hit
    return trig, lex, WordCache()


def _actor_word(lex: Lexicon, norm: str, refs: tuple | None = None) -> str:
    """What a word outside any entity says of actors, read through its proclitics: the
    ISO3 of a nationality adjective ("الروسية"), _PAIR for "البلدين", or "" (``refs``:
    the pair, self and body words, when the caller has them)."""
    pair_words, self_words, body_words = refs or (_pair_refs(), _self_refs(), _body_refs())
    r = ""
    for stem, _ in clitic_variants(norm):
        iso = lex.adjectives.get(stem)
        if iso:
            r = iso
            break
        if stem in pair_words:
            r = _PAIR
            break
        if stem in self_words:
            r = _SELF
            break
        if stem in body_words:
            r = _BODY
            break
    if not r and len(norm) > 5 and not norm.startswith(("ال", "وال")):
        r = accusative_adjective(lex.adjectives.get, norm) or ""  # a counted people: "مقتل 16 فلسطينيا"
    return r


def accusative_adjective(adjective: Callable[[str], str | None], norm: str) -> str | None:
    """ISO3 of a nationality adjective written in the accusative ("فلسطينيا"، "سوريا" after
    a noun), read by ``adjective`` (a lexicon's lookup) without its tanwin alif; the
    nominative plural ("عراقيين") reads already."""
    return adjective(norm[:-1]) if norm.endswith("يا") else None


@prepared.table()
def _currency_words() -> frozenset[str]:
    """Words after which a nationality adjective names a currency (currency_words.tsv)."""
    return frozenset(normalize_for_match(r["form"]) for r in _rows(DATA / "currency_words.tsv", "form"))


@prepared.table()
def _pair_refs() -> frozenset[str]:
    return frozenset(normalize_for_match(r["form"]) for r in _rows(DATA / "pair_refs.tsv", "form"))


@prepared.table()
def _body_refs() -> frozenset[str]:
    """Unnamed bodies of a state ("السلطات"، "الشرطة"): event_cues.tsv, kind body."""
    from core.events.triggers import load_triggers

    return frozenset(c for c, kind in load_triggers().cues.items() if kind == "body")


@prepared.table()
def _self_refs() -> frozenset[str]:
    """Words by which a speaker names his own state ("بلاده"، "حكومتها"): event_cues.tsv, kind self."""
    from core.events.triggers import load_triggers

    return frozenset(c for c, kind in load_triggers().cues.items() if kind == "self")


def _entity_tokens(spans: list[tuple[Entity, Mention, int, int]]) -> set[int]:
    """Indexes of the words of a mention after its first: the first word may be a
    trigger ("حركة ...") but nothing inside a name is."""
    return {k for _, _, i, j in spans for k in range(i + 1, j)}


# words that join a second actor to the first on the same side ("X وإلى جانبها Y"، "الوزير
# الأمريكي ونظيره البريطاني": a counterpart acts with him; "X، وكذلك Y"; not "إلى جانب Y"
# alone, which also says whom X stands by: "وقوف بلاده إلى جانب X" supports X); "X إضافة إلى Y"،
# "X فضلا عن Y": Y is added to X's side
COMPANIONS = frozenset({"والي جانبها", "والي جانبه", "والي جانبهما", "وحليفتها", "وحليفها", "وحليفته", "وحليفتاها",
                        "وحلفاوها", "وحلفائها", "ومعها", "ومعه", "وبجانبها", "وبجانبه",
                        "ونظيره", "ونظيرته", "ونظيرها", "وكذلك",
                        "اضافه الي", "واضافه الي", "بالاضافه الي", "وبالاضافه الي", "فضلا عن", "علاوه علي"})


def _coordinated(toks: list[Token], nt: NormText, a: _ActorMention, b: _ActorMention, commas: bool = True) -> bool:
    """b follows a as "X وY" or "X، Y" (not with ``commas`` False: "اتهمت الخارجية التركية،
    الولايات المتحدة" names the accused after the comma), or both are the two parties of
    one word ("البلدين")."""
    if b.i == a.i:
        return True
    if a.j < b.i <= a.j + 2 and " ".join(t.norm for t in toks[a.j:b.i]) in COMPANIONS:
        return True  # "البحرين وإلى جانبها السعودية"، "سوريا وحليفتها روسيا"
    if b.i != a.j:
        return False
    gap = nt.norm[toks[a.j - 1].nend:toks[b.i].nstart].strip()
    # the و must be written before the name, not be its first letter ("موسكو واشنطن"); a
    # nationality adjective's mention keeps its و ("روسية وإيرانية")
    conj = nt.original[toks[b.i].start:b.start]
    joined = "و" in conj or b.kind == "ADJ" and toks[b.i].norm[:1] == "و"
    return (gap == "" and joined) or commas and gap in ("،", ",")


EACH_OF = frozenset({"كل", "وكل"})  # "كل من X وY" names its members, من is no preposition
EACH_AFTER = frozenset({"الي", "علي", "في", "من", "عن", "مع", "بين", "لدي", "ضد"})  # ... unless a preposition governs it


def each_of(toks: list[Token], i: int) -> bool:
    """The actor at token i is the first of "كل من X وY" not governed by a preposition
    ("أدانت كل من X وY": each of them acts; "مع كل من X وY" names partners)."""
    return (i > 2 and toks[i - 1].norm == "من" and toks[i - 2].norm in EACH_OF
            and toks[i - 3].norm not in EACH_AFTER)


def _group_forward(seq: list[_ActorMention], k: int, toks, nt) -> list[_ActorMention]:
    g = [seq[k]]
    while k + 1 < len(seq) and _coordinated(toks, nt, seq[k], seq[k + 1]):
        k += 1
        g.append(seq[k])
    return g


def _group_backward(seq: list[_ActorMention], k: int, toks, nt, commas: bool = True) -> list[_ActorMention]:
    g = [seq[k]]
    while k - 1 >= 0 and _coordinated(toks, nt, seq[k - 1], seq[k], commas):
        k -= 1
        g.insert(0, seq[k])
    return g


def _uniq(ids):
    out = []
    for x in ids:
        if x not in out:
            out.append(x)
    return out


APPOSITION_REACH = 8  # words of an apposition between a name and the participle describing it
APPOSITION_PRONOUNS = {"وهي", "وهو", "وهم", "وهما", "هي", "هو"}


def apposed(seq: list[_ActorMention], h, toks: list[Token], nt: NormText) -> list[str]:
    """The name an apposition describes: "قوات سوريا الديمقراطية (فصائل كردية مدعومة من
    واشنطن)"، "... الديمقراطية، وهي فصائل مدعومة من ...": the last actor before the
    trigger h, when a bracket or "، وهي" opens the words between and no other actor stands there."""
    before = [a for a in seq if a.j <= h.i and h.i - a.j <= APPOSITION_REACH]
    if not before:
        return []
    a = before[-1]
    if a.j >= len(toks):
        return []
    gap = nt.original[toks[a.j - 1].end:toks[a.j].start]
    # "...، وهي فصائل مدعومة"، "...، المشكلة من فصائل مدعومة": a comma, then a pronoun or a
    # definite participle describing the name
    opens = "(" in gap or ("،" in gap or "," in gap) and (toks[a.j].norm in APPOSITION_PRONOUNS
                                                         or toks[a.j].norm.startswith("الم"))
    return [a.actor] if opens else []


def trigger_types_in(text: str) -> set[str]:
    """The event types the trigger lexicon reads in a text, whoever stands near: whether a
    missed event had a wording to be found by at all (scripts/event_errors.py labels the
    misses without one, which only a lexicon addition can reach)."""
    from core.events.triggers import _find_triggers
    from core.text import normalize_with_offsets, token_norms, tokenize

    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    norms = token_norms(toks)
    trig = load_triggers()
    return {h.form.type for h in _find_triggers(nt, toks, norms, trig, _word_readings(norms, trig, load_lexicon()))}


def prepositional(a: _ActorMention, toks: list[Token], nt: NormText) -> bool:
    """A preposition governs the mention: one written on it ("لمصر"، "بإيران") or the word
    before it ("مع X"، "ضد X"), so it is no verb's subject."""
    t = toks[a.i]
    if a.start > t.start:
        lead = nt.original[t.start:a.start]
        return any(c in "لبك" for c in lead)
    prev = toks[a.i - 1].norm if a.i > 0 else ""
    # not في ("مسؤول في وزارة الخزانة" speaks for it), save where an envoy is posted; topic
    # words ("بشأن سوريا") name what is spoken of
    return prev in ("الي", "من", "عن", "مع", "علي", "لدي", "ضد", "بشان", "حول", "تجاه", "ازاء", "حيال") or \
        prev == "في" and posting(toks, a.i - 1) or a.adjective and prev.startswith(("لل", "ولل"))  # "للمندوبة البريطانية"
