"""The rules in order of reliability: lexicon phrases, quoted names, organisation
patterns, places, titled people, the tagger's spans."""
from __future__ import annotations

import re

from core.entities.club_cues import _in_place
from core.entities.context import _Context
from core.entities.finder import (
    _Finder,
    _joined,
    _match_at,
    _PlaceHead,
    _Span,
    _span_offsets,
)
from core.entities.heads import (
    _definite_number,
    _disagreeing_adjective,
    _field_after,
    _generic_complement,
    _indefinite_nisba,
    _national_body_after,
    _outer_adjective,
    _past_verb,
    _person_after_head,
    _prepositional_complement,
    _title_of_person,
)
from core.entities.district_names import _district_name
from core.entities.named_places import _ambiguous_entry
from core.entities.named_common_words import common_words_only
from core.entities.person_names import (
    _KUNYA,
    _confirmed_single,
    _dual_form,
    _hamza_against,
    _name_tokens,
    _plural_people,
    _rare_affixed,
)
from core.entities.sentenced import sentencing_noun
from core.entities.written_article import first_name_word, quoted_clause
from core.entities.place_complements import foreign_conjunction_name, no_place_name
from core.entities.org_complements import (
    after_verb_particle, head_definiteness, nominative_plural, place_after_definite_head, pronoun_complement)
from core.entities.times_after_names import time_after_name
from core.entities.title_complements import _complement_end, known_bearer
from core.entities.longer_names import longer_name_after
from core.entities.org_fields import field_end
from core.entities.second import (
    _LONE_PROCLITICS,
    _country_before,
    _country_inside,
    _definite_adjective,
    _given_name_proclitic,
    _proclitic_cut,
)
from core.entities.tables import (
    MAX_ORG_TOKENS,
    _name_adjectives,
    _name_particles,
    variant_keys,
)
from core.lexicon import LexEntry, Lexicon, per_lexicon
from core.text import CLOSE_QUOTES, OPEN_QUOTES


# --- the rules -----------------------------------------------------------------------
# Fathatan: a word written with it is an indefinite adjective or noun ("إسبانياً"), no name.
_TANWEEN = "\u064b"


def _lexicon_spans(ctx: _Context, f: _Finder) -> None:
    toks, nt, phrases = ctx.toks, ctx.nt, f.phrases
    tanween = _TANWEEN in nt.original  # most articles write none: no word to slice
    pos = 0
    for i in sorted(ctx.starts(phrases)):
        if i < pos:
            continue
        m = _match_at(nt, toks, i, phrases)
        if m and ctx.free(i, m[1]) and not (tanween and _TANWEEN in nt.original[toks[m[1] - 1].start:toks[m[1] - 1].end]):
            e, j, dropped = m
            if dropped and j - i == 1 and ctx.given_name_then_name(i):
                continue  # "كلاوس إيبرمان" is no ك + لاوس
            if e.type == "ORG" and (_national_body_after(ctx, e, j) or longer_name_after(ctx, e, i, j, toks[i].norm[dropped:])):
                continue  # "مجلس الأمن القومي التركي": a state's council, no UN body; "صندوق النقد العربي"
            if j - i > 1 and e.type == "ORG" and _generic_head_before_name(ctx, f, e, i, j, dropped):
                i, dropped = i + 1, 0  # "تنظيم داعش": the name is داعش, the head says what it is
            s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
            if _in_web_address(nt.original, s, t):
                continue  # "pic.twitter.com/..."، "www.un.org": a link's host names no one
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))
            pos = j


def _in_web_address(text: str, s: int, t: int) -> bool:
    """A Latin word that is part of a host name, joined by a dot to Latin letters on either
    side ("twitter" in "pic.twitter.com/x"، "twitter.com/x"), which no name written in a
    sentence is; "CNN.وأضافت" (a missing space) and "رويترز/Reuters" are names."""
    if not text[s:t].isascii():
        return False
    return s > 1 and text[s - 1] == "." and _latin(text[s - 2]) or t + 1 < len(text) and text[t] == "." and _latin(text[t + 1])


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _generic_head_before_name(ctx: _Context, f: _Finder, e: LexEntry, i: int, j: int, dropped: int) -> bool:
    """Whether a lexicon match is a generic head (تنظيم، حركة، ميليشيات: the optional heads
    of org_heads.tsv) followed by another name of the same entry."""
    head = f.heads.by_two().get((ctx.toks[i].norm[dropped:], None))
    if not head or not head[0][1].optional:
        return False
    return " ".join(ctx.norms[i + 1:j]) in variant_keys(ctx.lex, e)


_OPEN_QUOTES = set('"\'' + OPEN_QUOTES)
_CLOSE_QUOTES = set('"\'' + CLOSE_QUOTES)
# The most words of a quoted name after an organisation head.
MAX_QUOTED_NAME = 5
# How often news must write a quoted word in ا, and its stem with the article, for it to
# be an adverb, no name ("فورا": 242 and الفور 312; "نوكيا" 14).
QUOTED_ADVERB_MIN = (100, 30)


def _quoted_names(ctx: _Context, f: _Finder) -> None:
    """An organisation head followed by a name in quotes: the name is the organisation
    ("صحيفة "اليوم السابع""، "قناة «المسيرة»"، "مؤسسة "كيد غالوب""), written without
    its head as the news names it again later. A quoted common adjective ("منظمة
    "إرهابية"") names nothing."""
    toks, norm = ctx.toks, ctx.nt.norm
    for i, m in ctx.matches(ctx.f.heads):
        if not m or not ctx.free(i, m[1]):
            continue
        head, k, _ = m
        if k >= len(toks) or norm[toks[k - 1].nend:toks[k].nstart].strip() not in _OPEN_QUOTES:
            continue  # only a space and an opening quote between the head and the name
        end = k + 1
        while end < len(toks) and end - k < MAX_QUOTED_NAME and _joined(ctx.nt, toks[end - 1], toks[end]):
            end += 1
        after = norm[toks[end - 1].nend:toks[end].nstart] if end < len(toks) else norm[toks[end - 1].nend:]
        if after.strip()[:1] not in _CLOSE_QUOTES or not ctx.free(k, end) or _quoted_adjective(ctx, k, end):
            continue
        s, t = _span_offsets(ctx.nt, toks, k, end, 0)
        ctx.claim(_Span(k, end, s, t, "org", name_norm=" ".join(ctx.norms[k:end]), org_kind=head.kind))


def _quoted_adjective(ctx: _Context, k: int, end: int) -> bool:
    """A single quoted word that is a common indefinite adjective ("إرهابية"، "تكفيرية"),
    or a quote opened by a frequent adverb: words the text stresses, no name."""
    w = ctx.norms[k]
    if w[-1:] == "ا" and not w.startswith("ال") and not ctx.stop(w) and ctx.counts.get(w, 0) >= QUOTED_ADVERB_MIN[0] \
            and ctx.counts.get("ال" + w[:-1], 0) >= QUOTED_ADVERB_MIN[1]:
        return True  # a frequent adverb opens the quote: "فورا ودون شروط"، "مجددا"
    if end - k > 1 or w.startswith("ال"):
        return quoted_clause(ctx, k, end)  # "الوزارة "لا نعلق على ذلك"": speech, no name
    return ctx.stop(w) or w.endswith(("يه", "يين", "يون")) or _adjectival(w) and ctx.counts.get(w, 0) >= 20


def _org_spans(ctx: _Context, f: _Finder) -> None:
    starts_heads = ctx.starts(f.heads)
    toks = ctx.toks
    pos = 0
    for i, m in ctx.matches(ctx.f.heads):
        if i < pos or not m or not ctx.free(i, m[1]) or after_verb_particle(ctx, i):
            continue  # "وقد تجمع": a verb
        head, j, dropped = m
        start_j = j
        if j < len(toks) and not ctx.punct_between(j - 1, j) and _inner_head_named(ctx, f, i, j, starts_heads):
            continue  # "قيادة القوات المسلحة": the organisation starts at the inner head
        last_ok, country = _org_phrase_end(ctx, f, i, j, starts_heads, head)
        end = start_j if _person_after_head(ctx, f, head.kind, start_j, last_ok) else last_ok
        if end == start_j and not head.optional and len(m[0].form.split()) < 2:
            continue
        generic = _generic_complement(ctx, m[0].form, start_j, end)  # "بلدية المنطقة"، "شبكة الإنترنت"
        if _one_lexicon_org(ctx, start_j, end):
            continue  # "حركة حماس"، "تنظيم داعش": the head describes a known organisation
        if _place_after_head(ctx, f, i, start_j):
            continue
        if end == start_j and end - i < 2:
            continue
        # drop lexicon spans now inside the organisation
        s, t = _span_offsets(ctx.nt, toks, i, end, dropped)
        first = first_name_word(ctx, i, dropped, m[0].form)  # "للجنة المركزية": اللجنة
        name_norm = " ".join([first] + [tk.norm for tk in toks[i + 1:end]])
        span = _Span(i, end, s, t, "org", country=country, name_norm=name_norm,
                     acts_for=country if head.acts_for_country else None, org_kind=head.kind)
        span.optional = head.optional  # type: ignore[attr-defined]
        span.generic_alone = head.generic_alone  # type: ignore[attr-defined]
        span.head_j = j  # type: ignore[attr-defined]
        if generic:
            span.generic = True  # type: ignore[attr-defined]  # its words are no one else's name either
        ctx.claim(span)
        pos = end


# Bodies named for the police or the army they serve or train ("اتحاد الشرطة"، "كلية
# الشرطة"، "مديرية الشرطة"): clubs, schools, committees and public bodies; an office or a
# command of the army is the army's own ("قيادة الجيش").
_SERVED_KINDS = frozenset(("security", "military"))
_SERVING_KINDS = frozenset(("league", "education", "organisation", "public_body"))


def _inner_head_named(ctx: _Context, f: _Finder, i: int, j: int, starts_heads: set[int]) -> bool:
    """Whether a head right after another starts a named organisation of its own ("قيادة
    [القوات المسلحة]"); the bare definite police or army, or with only a nationality
    adjective, is the field of a club, school or public body ("نادي الشرطة العراقي")."""
    m = _match_at(ctx.nt, ctx.toks, j, f.heads, clitics=False)
    if m is None:
        return False
    outer = _match_at(ctx.nt, ctx.toks, i, f.heads)
    if m[1] < len(ctx.toks) and not ctx.punct_between(j, m[1]) and _outer_adjective(ctx, i, j, m[1]):
        return False  # "جهاز الاستخبارات الروسي": the adjective is the outer head's
    if m[1] - j > 1 or not ctx.norms[j].startswith("ال") or m[0].optional or m[0].kind not in _SERVED_KINDS \
            or outer is None or outer[0].kind not in _SERVING_KINDS or outer[0].optional:
        return True
    end = _org_phrase_end(ctx, f, j, m[1], starts_heads, m[0])[0]
    return end > m[1] and not (ctx.adjective(m[1]) and ctx.adjective_end(m[1]) == end)


def _org_phrase_end(ctx: _Context, f: _Finder, i: int, j: int, starts_heads: set[int], head) -> tuple[int, str | None]:
    """How far the noun phrase after an organisation head (tokens i..j, the head entry
    `head`) reaches, and the country a name or adjective inside it gives: (end token, ISO
    code or None)."""
    toks = ctx.toks
    start_j = j
    # a definite head ("المجلس"، "مجلس النواب") takes only adjectives: "المجلس التقارير" is two phrases
    seen_definite, head_definite = head_definiteness(ctx, head, toks[i].norm)
    country = None
    last_ok = j  # end of the longest acceptable phrase so far
    k = j
    while k < len(toks) and k - i < MAX_ORG_TOKENS:
        if ctx.punct_between(k - 1, k):
            break
        w = toks[k].norm
        owner = ctx.owner[k]
        if owner is not None:
            if owner.kind != "lexicon" or owner.i != k or owner.start > toks[k].start or owner.entry.type == "PERSON" \
                    or k > start_j and seen_definite and owner.entry.kind == "sports_club" \
                    or place_after_definite_head(ctx, head, owner, k, start_j, head_definite):
                break  # "لجنة مشتركة بالرباط": a preposition ends the name; so do a person, a club, "المنظمة روسيا"
            # a country, place or organisation named inside the organisation's name
            e = owner.entry
            country = country or (e.id if e.type == "COUNTRY" else e.country)
            k = owner.j
            last_ok = k
            continue
        iso = ctx.adjective(k)
        if iso and w.startswith("ال") and not (k == start_j and _disagreeing_adjective(ctx, i, j, w)):
            country = country or iso
            k = ctx.adjective_end(k)
            last_ok = k
            if _field_after(ctx, i, k) and not time_after_name(ctx, k):
                seen_definite = True
                continue  # "الجمعية المصرية لحقوق الإنسان"، "الشركة السعودية للكهرباء"
            break  # a nationality adjective closes the name
        if (ctx.stop(w) or ctx.function_word(k) or w.isdigit() or _definite_number(ctx, w) or k > start_j and k in starts_heads and _match_at(ctx.nt, toks, k, f.heads)
                or _title_of_person(ctx, f, i, k) or k == start_j and (_disagreeing_adjective(ctx, i, j, w) or nominative_plural(ctx, w))):
            break
        if w.startswith("ال") and len(w) > 3 and ctx.common_noun(w):
            if seen_definite and (k > start_j or head_definite) and not _adjectival(w) and w not in _name_adjectives():
                break  # "وزارة الداخلية السائقين": a second definite noun starts a new phrase
            k += 1
            last_ok = k
            seen_definite = True
            continue
        # ل and a field ("الهيئة العامة للاستثمار"), or و and a second field ("وزارة الثقافة والإعلام")
        after_field = field_end(ctx, f, i, k, seen_definite and k > start_j)
        if after_field > k:
            k = last_ok = after_field
            continue
        if seen_definite and _prepositional_complement(ctx, i, k):
            k += 2  # "اللجنة الوطنية لحقوق الإنسان": ل and an idafa name the body's field
            last_ok = k
            continue
        if w[:1] in "بكو" and not w.startswith("ال") or seen_definite or ctx.verb_like(w) or _past_verb(ctx, w) \
                or ctx.accusative(w, alone=True) or pronoun_complement(ctx, k):
            # "برلمان استبعدت"، "شركة ارتفاعا": a verb or an accusative goes on with the clause
            break  # after a definite word only adjectives follow: the name is closed
        # an indefinite word is part of the name when a definite word or a name
        # follows it (idafa: حظر الأسلحة، لحقوق الإنسان، شورى حزب الله)
        if k + 1 < len(toks) and not ctx.punct_between(k, k + 1) and (
            toks[k + 1].norm.startswith("ال") or ctx.owner[k + 1] is not None
        ) and not ctx.stop(toks[k + 1].norm):
            k += 1
            continue
        # a foreign or proper name right after the head (وكالة إنترفاكس)
        if (k == start_j and not ctx.common_noun(w) and not ctx.common_word(w) and w[:1] not in "ولب"
                and not _indefinite_nisba(ctx, w) and ctx.counts.get(w + "ه", 0) <= ctx.counts.get(w, 0)  # "حاشد(ة)"
                and re.fullmatch(r"[\u0621-\u064a]{3,}", w)):
            k += 1
            last_ok = k
            continue
        break
    return last_ok, country


# Endings of definite adjectives that may follow the definite noun of a name: nisba
# (الدولية، الكيميائية، الإيرانيين), feminine (العامة), elative (العليا، الكبرى).
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "ه", "ا")


def _adjectival(w: str) -> bool:
    return w.endswith(_ADJECTIVE_ENDINGS)


def _place_after_head(ctx: _Context, f: _Finder, i: int, j: int) -> bool:
    """A head that also names a place ("مديرية" of a district, "جبهة" of a battle
    front) followed by a name rather than a field ("مديرية منبه" vs "مديرية الأمن") is
    the place: the place rule takes it, or the lexicon's place stays ("مديرية الدريهمي")."""
    m = _match_at(ctx.nt, ctx.toks, i, f.place_heads)
    if m is None or m[1] != j:
        return False
    owner = ctx.owner[j] if j < len(ctx.toks) else None
    if owner is not None and owner.kind == "lexicon" and owner.i == j and owner.entry is not None \
            and owner.entry.type == "PLACE" and not ctx.punct_between(j - 1, j):
        return True  # "مديرية الدريهمي": a district the lexicon knows, no directorate
    return _place_name_end(ctx, j, m[0]) > j


def _one_lexicon_org(ctx: _Context, j: int, end: int) -> bool:
    """Whether the words after a head start with an organisation the lexicon knows
    ("حركة حماس", "تنظيم داعش في سوريا"): the head describes it, the name is its own."""
    owner = ctx.owner[j] if j < end else None
    return (owner is not None and owner.kind == "lexicon" and owner.entry is not None
            and owner.entry.type == "ORG" and owner.i == j)


def _place_spans(ctx: _Context, f: _Finder) -> None:
    """"محافظة صعدة"، "مخيم اليرموك": a place head and the name after it, when no lexicon
    names the place (a known place keeps its own entity: "مدينة دوما" is Douma)."""
    toks = ctx.toks
    pos = 0
    for i in sorted(ctx.starts(f.place_heads)):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.place_heads)
        if not m or not ctx.free(i, m[1]) or m[1] >= len(toks) or ctx.punct_between(m[1] - 1, m[1]):
            continue
        head, j, dropped = m
        k = _place_name_end(ctx, j, head)
        if k == j or sentencing_noun(ctx.norms, i, head.kind, ctx.lex):  # "قضت بسجن صحفيي X": no prison
            continue
        first = i if head.with_head else j
        s, t = _span_offsets(ctx.nt, toks, first, k, dropped if head.with_head else 0)
        ctx.claim(_Span(first, k, s, t, "place", name_norm=" ".join(tk.norm for tk in toks[j:k]), org_kind=head.kind))
        pos = k


def _place_name_end(ctx: _Context, j: int, head: _PlaceHead) -> int:
    """End of the name after a place head: up to two name-like words; after a facility
    head ("مستشفى", "ساحة") one definite common noun is a name too ("مستشفى الشفاء"), an
    adjective is not ("المستشفى الميداني"). A frequent indefinite word ("ميناء رئيسيا",
    "ميناء تتوفر") is no name."""
    toks = ctx.toks
    k = j
    while k < len(toks) and k - j < 2 and ctx.owner[k] is None and not ctx.punct_between(k - 1, k):
        w = toks[k].norm
        if ctx.stop(w) or ctx.adjective(k) or w.isdigit() or ctx.function_word(k) or k > j and ctx.circumstantial(w) \
                or no_place_name(ctx, k, j, head.kind):  # "سجن المدافعين": imprisoning them
            break  # "قرية كذا مقتولا": a participle of how one died there is no part of the name
        if head.common_name and k == j and w.startswith("ال") and len(w) > 3 and not w.endswith(("ي", "يه")):
            return k + 1
        if head.kind in _NAMED_ONLY_DEFINITE and k == j and _district_name(ctx, k):
            k += 1  # "مديرية الخوخة"، "مديرية الزيدية": a name news never writes bare
            continue
        if ctx.common_word(w):
            break
        if ctx.common_noun(w) if w.startswith("ال") else (ctx.common_noun(w) or w[:1] in "وبل" and len(w) > 3
                                                          and not (k == j and foreign_conjunction_name(ctx, w))):
            break
        if not w.startswith("ال") and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= 30:
            break
        k += 1
    return k


# Place heads whose other reading takes a field as its complement ("مديرية الأمن"، the
# security directorate; "جبهة التحرير"): after them a definite word that news never
# writes without its article is a place's name ("مديرية الخوخة"، "جبهة الملاحيظ"), as a
# field is also written bare ("أمن"، "تربية"، "جريمة").
_NAMED_ONLY_DEFINITE = frozenset(("district", "front"))


def _person_spans(ctx: _Context, f: _Finder) -> None:
    starts_titles = ctx.starts(f.titles)
    toks = ctx.toks
    pos = 0
    for i in sorted(starts_titles.union(ctx.given_names())):
        if i < pos:
            continue
        m = _match_at(ctx.nt, toks, i, f.titles) if i in starts_titles else None
        if m and _hamza_against(ctx, i, m[0].form):
            m = None  # "أمام": no title "إمام"; a given name may still start here
        if m and ctx.free(i, m[1]):
            title, j, _ = m
            k, country = _complement_end(ctx, j, kin=" " not in title.form and title.form.endswith(("ه", "ها")))
            if known_bearer(ctx, j, k) or _place_of_role_next(ctx, j, k):
                pos = k
                continue
            if k < len(toks) and k > 0 and ctx.punct_between(k - 1, k):
                gap = ctx.nt.norm[toks[k - 1].nend:toks[k].nstart].strip()
                if gap not in ("،", ","):
                    pos = k
                    continue
            n = _name_tokens(ctx, k)
            if n == k + 1 and not _confirmed_single(ctx, k):
                n = k
            if n > k:
                dropped = _given_name_proclitic(ctx, k)
                s, t = _span_offsets(ctx.nt, toks, k, n, dropped)
                span = _Span(k, n, s, t, "person", country=country,
                             name_norm=" ".join([toks[k].norm[dropped:]] + [tk.norm for tk in toks[k + 1:n]]),
                             acts_for=country if title.represents_state else None)
                ctx.claim(span)
                pos = n
                continue
            pos = max(k, i + 1)
            continue
        # a known given name followed by a surname
        compound = ctx.compound_given(i)  # "عبد الله غل": the given name is two words, a surname follows
        if ctx.owner[i] is None and (compound or toks[i].norm in ctx.lex.given_names) and i + 1 < len(toks) \
                and not ctx.punct_between(i, i + 1):
            if ctx.function_word(i) and toks[i].norm not in _name_particles()[0]:
                continue  # "على" is no "علي": no name starts here (what _name_tokens would find)
            n = _name_tokens(ctx, i)
            if n - i >= 2 + compound:
                s, t = _span_offsets(ctx.nt, toks, i, n, 0)
                span = _Span(i, n, s, t, "person", name_norm=" ".join(tk.norm for tk in toks[i:n]))
                span.untitled = True  # type: ignore[attr-defined]  # found from the given name alone
                ctx.claim(span)
                pos = n


def _place_of_role_next(ctx: _Context, j: int, k: int) -> bool:
    """The complement ended on "في" ("المدعي العام في ..."): the word after it is the
    role's place, which no lexicon knows ("في شليزفيغ"، "في كوريتيبا"), no name; a name
    follows a known place ("السفير في لبنان جون سميث"), which the complement takes."""
    return k > j and ctx.norms[k - 1] == "في"


@per_lexicon
def _lone_adjective_forms(lex: Lexicon) -> frozenset[str]:
    """Every written form of a definite singular nationality adjective, bare or with و/ف
    ("الفرنسي", "والكندية"): the words _nationality_people looks at (kept per lexicon)."""
    out = set()
    for form in lex.adjectives:
        if form.startswith("ال") and not form.endswith(("يين", "يون", "ين")):
            out.update((form, "و" + form, "ف" + form))
    return frozenset(out)


def _nationality_people(ctx: _Context) -> None:
    """"فاز الفرنسي بيولي على ..."، "والكندي نيستور": a nationality adjective standing
    alone as a noun (after a pause, a particle, or with a conjunction written on it)
    names a person of that country when a name follows. After a noun the adjective
    describes that noun ("الشركة الفرنسية ألستوم"), so that case is left alone."""
    toks = ctx.toks
    owner = ctx.owner
    lone = ctx.words_in(_lone_adjective_forms(ctx.lex))
    if not lone:
        return
    for k in ctx.positions(lone):
        if k + 1 >= len(toks) or owner[k] is not None or ctx.punct_between(k, k + 1):
            continue
        named = owner[k + 1]
        if named is not None and (named.kind != "person" or named.i != k + 1 or named.country):
            continue
        iso = ctx.adjective(k)
        if not iso:
            continue
        w = toks[k].norm
        cut = 1 if w[:1] in "وف" and w[1:3] == "ال" else 0
        if w[cut:cut + 2] != "ال" or w.endswith(("يين", "يون", "ين")):
            continue  # a people ("الفرنسيون") is no person
        if not (cut or k == 0 or ctx.punct_between(k - 1, k) or ctx.stop(toks[k - 1].norm) or ctx.function_word(k - 1)):
            continue
        if cut and ctx.listed_adjective(k):
            continue  # "الجانبين المصري والأردني": the noun before the list, no man
        if named is not None:
            named.country = iso  # a given name and surname the rules found already
            continue
        first = toks[k + 1].norm
        dropped = _given_name_proclitic(ctx, k + 1)
        if first[:1] in "وفبلك" and first not in ctx.lex.given_names and not dropped:
            continue  # "الأمريكي وإيفاد ...": a conjunction or preposition, no name
        n = _name_tokens(ctx, k + 1)
        if n == k + 2 and not (first in ctx.lex.given_names or _confirmed_single(ctx, k + 1)):
            continue
        if n > k + 1:
            s, t = _span_offsets(ctx.nt, toks, k + 1, n, dropped)
            ctx.claim(_Span(k + 1, n, s, t, "person", country=iso,
                            name_norm=" ".join([toks[k + 1].norm[dropped:]] + [tk.norm for tk in toks[k + 2:n]])))


def _tagged_spans(ctx: _Context, tagged: list[tuple[int, int, str]]) -> None:
    """Names a statistical tagger proposed (token spans typed PER, ORG or LOC) where no
    rule claimed any of the words: the rules and lexicons win every conflict. A span
    that the lexicon resolves (a country, a known place) was claimed already; what is
    left is a person, an organisation or a place no table knows."""
    toks = ctx.toks
    for i, j, typ in tagged:
        if j <= i or j > len(toks) or not ctx.free(i, j):
            continue
        while i < j and (ctx.stop(toks[i].norm) or ctx.function_word(i) or ctx.verb_form(toks[i].norm)):
            i += 1  # "تشيتشياو" سيستقر: a verb is no part of a name
        while j > i and (ctx.stop(toks[j - 1].norm) or toks[j - 1].norm in _LONE_PROCLITICS  # "لـ"
                         or ctx.verb_form(toks[j - 1].norm, later=j - 1 > i)
                         or typ != "ORG" and _definite_adjective(ctx, j - 1)
                         and not (j - i == 3 and toks[i].norm in _KUNYA)):  # "أبو حمزة المصري"
            j -= 1
        if typ == "LOC" and j - i == 2 and toks[i].norm in _KUNYA and toks[i + 1].norm in ctx.lex.given_names \
                and not _in_place(ctx, i):
            typ = "PER"  # "فيدعى أبو إبراهيم": a kunya, no place ("أبو ظبي"، "منطقة أبو سليم")
        while typ != "ORG" and j > i + 1 and ctx.circumstantial(toks[j - 1].norm):
            j -= 1  # "لافروف مبتسما"؛ a place too: "توفي في قرية كذا مقتولا"
        if typ == "PER":
            while i < j and (_plural_people(ctx, toks[i].norm) or _dual_form(ctx, toks[i].norm)):
                i += 1  # "الناشطين البيئيين"، "وهم نائمون": a plural of people, no one's name
            while j > i and _plural_people(ctx, toks[j - 1].norm):
                j -= 1
            if j - i == 1 and (ctx.accusative(toks[i].norm, alone=True) or _rare_affixed(ctx, toks[i].norm)):
                continue  # "عزيزا أبيا كريما": an adjective in the accusative; "نرجح"
            j = _particle_end(ctx, i, j)
        if j <= i or common_words_only(ctx, i, j, typ):
            continue
        e = _ambiguous_entry(ctx, i, j, typ) if typ != "PER" else None
        if e is not None:
            m_dropped = _match_at(ctx.nt, toks, i, ctx.f.aliases)[2]
            s, t = _span_offsets(ctx.nt, toks, i, j, m_dropped)
            ctx.claim(_Span(i, j, s, t, "lexicon", entry=e, country=e.country, acts_for=e.acts_for))
            continue
        dropped = _proclitic_cut(ctx, i)
        s, t = _span_offsets(ctx.nt, toks, i, j, dropped)
        first = toks[i].norm[dropped:]
        name_norm = " ".join([first] + [tk.norm for tk in toks[i + 1:j]])
        kind = {"PER": "person", "ORG": "org", "LOC": "place"}[typ]
        country = _country_inside(ctx, i, j) or (_country_before(ctx, i) if typ == "PER" else None)
        span = _Span(i, j, s, t, kind, name_norm=name_norm, country=country)
        span.tagged = True  # type: ignore[attr-defined]
        ctx.claim(span)


def _particle_end(ctx: _Context, i: int, j: int) -> int:
    """No name ends on a particle (عبد، بن، أبو): the tagger's name that stops on one takes
    the free word after it ("أشرف عبد الباقي"), or else ends before it."""
    before = _name_particles()[0]
    if j <= i or ctx.toks[j - 1].norm not in before:
        return j
    if j < len(ctx.toks) and ctx.owner[j] is None and not ctx.punct_between(j - 1, j) \
            and not ctx.stop(ctx.norms[j]) and not ctx.function_word(j):
        return j + 1
    while j > i and ctx.toks[j - 1].norm in before:
        j -= 1
    return j
