"""Names the first rules leave: the tagger's second opinion, grown names, aliases,
generic references and emoji flags."""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, repeat
from operator import and_

from core import prepared
from core.entities.context import _Context
from core.entities.name_edges import particle_goes_on
from core.entities.repeated_surnames import repeated_surname
from core.entities.finder import CANDIDATE_BIT, NAME_CANDIDATE_MAX, SERVANT, _Span, _span_offsets  # noqa: F401
from core.entities.tables import NO_PLACE_KINDS, _FLAG, _name_particles, _person_word_forms
from core.entities.word_endings import PLURAL_ENDINGS, pronoun_cut as _pronoun_cut  # noqa: F401 (read from here by other rules)
from core.text import clitic_variants, future_imperfect, normalize_for_match


def _named_inside(ctx: _Context, j: int, end: int, country_words: frozenset[int] = frozenset()) -> bool:
    """Whether the words after a generic head (الحكومة، السلطات، القوات) name something:
    a known organisation or place, a rare word (a foreign or proper name), or a span the
    tagger read as an organisation. "الحكومة العراقية", "السلطات المصرية" and "قوات الأمن"
    name nothing: they are bodies of a state, not named organisations; nor do the words of
    a country's name (``country_words``: "حكومة المملكة الأردنية الهاشمية")."""
    toks = ctx.toks
    for k in range(j, end):
        if k in country_words:
            continue
        owner = ctx.owner[k]
        if owner is not None and owner.kind == "lexicon" and owner.entry is not None:
            if owner.entry.type != "COUNTRY":
                return True
            continue
        w = toks[k].norm
        if ctx.adjective(k) or ctx.stop(w):
            continue
        bare = w[2:] if w.startswith("ال") else w
        if ctx.counts.get(w, 0) + ctx.counts.get(bare, 0) < 30 and len(bare) > 2:
            return True
    return j - 1 in ctx.tagged_org_words()


def _definite_adjective(ctx: _Context, k: int) -> bool:
    """A nationality adjective that describes the name before it ("ماكرون الفرنسي");
    an indefinite one is more often a name's own last word ("ويلبور روس")."""
    return ctx.norms[k].startswith("ال") and ctx.adjective(k) is not None


def _country_before(ctx: _Context, i: int, reach: int = 4) -> str | None:
    """The country a person's description just before the name gives ("الناشطة السعودية
    لجين الهذلول", "وزير خارجية إيران ..."): a nationality adjective or a country within
    a few words, in the same clause, with no other name in between."""
    k = i - 1
    while k >= 0 and i - k <= reach and not ctx.punct_between(k, k + 1):
        owner = ctx.owner[k]
        if owner is not None:
            if owner.kind == "lexicon" and owner.entry is not None and owner.entry.type == "COUNTRY":
                return owner.entry.id
            return None
        iso = ctx.adjective(k)
        if iso:
            return iso
        k -= 1
    return None


# A word seen this often in news (under any of its proclitic readings) and not a given
# name is a common word when the tagger does not read it as part of a name.
COMMON_WORD_MIN = 20


def _frequent(ctx: _Context, k: int, suffixed: bool = False) -> bool:
    """A frequent word of news under one of its readings; ``suffixed`` also reads it
    without an attached pronoun ("سلمه" → سلم, "مهارته" → مهارة): after a name the
    tagger ended, a verb or noun with a pronoun on it is no part of the name."""
    w = ctx.toks[k].norm
    if w in ctx.lex.given_names:
        return False
    stems = _readings(w)
    if suffixed:
        stems += [s for bare in _pronoun_cut(w) for s, _ in clitic_variants(bare)]
    return max(ctx.counts.get(stem, 0) for stem in stems) >= COMMON_WORD_MIN


def _open_windows(ctx: _Context) -> list[tuple[int, int]]:
    """Token ranges the tagger should read: two words either side of every free word
    rare enough to be an unknown name or written as a name where its normalised form is
    a stop word ("ألان"), of every person the rules found (for a second
    opinion) and of every organisation whose head alone is generic (to confirm a name)."""
    out: list[tuple[int, int]] = []
    owner = ctx.owner
    # the few candidates, in text order: read from the words' start masks, picked in C
    for k in compress(count(), map(and_, ctx.masks, repeat(CANDIDATE_BIT))):
        if owner[k] is None and not ctx.function_word(k):  # "على" written so is no "علي"
            out.append((k - 2, k + 3))
    for k in ctx.compound_starts():  # "عبد الفتاح" alone: no word of it is rare or a given name
        if owner[k] is None:
            out.append((k - 2, k + 4))
    named = ctx.named_stops()
    for k in ctx.positions(named) if named else ():  # "ألان" (Alan): no stop word "الآن"
        if owner[k] is None:
            out.append((k - 2, k + 3))
    for sp in ctx.spans():
        if sp.kind == "person" or sp.kind == "org" and getattr(sp, "optional", False) \
                or sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "PERSON" and _particle_beside(ctx, sp):
            out.append((sp.i - 2, sp.j + 2))
    return out


def _particle_beside(ctx: _Context, sp: _Span) -> bool:
    """A known person's name goes on past a particle ("محمد بن راشد آل مكتوم", "مكتوم
    بن محمد بن راشد"): only then does the tagger read around it."""
    before = _name_particles()[0]
    return sp.i > 0 and ctx.norms[sp.i - 1] in before or sp.j < len(ctx.norms) and ctx.norms[sp.j] in before


def _mark_generic(ctx: _Context) -> None:
    """An organisation found from a generic head (الحكومة، السلطات، القوات) is a named
    organisation only with a name inside it (_named_inside); one found from a head that
    is generic alone (القوات المسلحة، الأجهزة الأمنية) needs a name or a country
    ("القوات المسلحة الإيرانية")."""
    for sp in ctx.spans():
        if sp.kind == "lexicon" and sp.entry is not None and sp.entry.kind in NO_PLACE_KINDS:
            sp.generic = True  # type: ignore[attr-defined]
        elif sp.kind == "org" and getattr(sp, "generic_alone", False) and sp.country is None:
            sp.generic = not _named_inside(ctx, getattr(sp, "head_j", sp.j), sp.j)  # type: ignore[attr-defined]
        elif sp.kind == "org" and getattr(sp, "optional", False):
            inner = _countries_inside(ctx, sp)
            words = frozenset(k for c in inner for k in range(c.i, c.j))
            sp.generic = not (_named_inside(ctx, getattr(sp, "head_j", sp.j), sp.j, words)  # type: ignore[attr-defined]
                              or _field_inside(ctx, sp))
            if sp.generic:
                for c in inner:
                    ctx.claim(c)


def _field_inside(ctx: _Context, sp: _Span) -> bool:
    """A company, agency or institution with its field after ل and a nisba adjective
    ("الشركة السعودية للكهرباء"، "المركز الوطني للأرصاد") is named by it, as no state body
    is ("الحكومة العراقية"); ل right after the head ("الشركة للعمل") or before a known
    name ("البرنامج الكيماوي للقاعدة") is no field."""
    if sp.org_kind not in _FIELD_KINDS:
        return False
    norms, firsts = ctx.norms, ctx.f.phrases.by_first
    for k in range(getattr(sp, "head_j", sp.j) + 1, sp.j):  # a loop, not a generator: no closure cells
        if ctx.owner[k] is sp and norms[k][:1] == "ل" and not norms[k].startswith("ال") \
                and norms[k - 1].startswith("ال") and norms[k - 1].endswith(("ي", "يه")) \
                and "ال" + norms[k][2:] not in firsts and norms[k][1:] not in firsts:
            return True
    return False


_FIELD_KINDS = frozenset(("organisation", "public_body", "agency", "education", "company"))


def _countries_inside(ctx: _Context, sp: _Span) -> list[_Span]:
    """The countries named inside a state body ("حكومة المملكة العربية السعودية"): the text
    still names them when the body drops as no organisation. After a definite head the
    country's word is an adjective ("السلطات السعودية"), as is a name that is also an
    adjective's form ("قوات سورية")."""
    if any(stem.startswith("ال") for stem, _ in clitic_variants(ctx.norms[sp.i])):
        return []
    return [inner for inner in ctx.claimed
            if inner.kind == "lexicon" and inner.entry is not None and inner.entry.type == "COUNTRY"
            and sp.i < inner.i and inner.j <= sp.j and all(ctx.owner[k] is sp for k in range(inner.i, inner.j))
            and not (inner.j - inner.i == 1 and ctx.adjective(inner.i))]


def _second_opinion(ctx: _Context) -> None:
    """The tagger checks the people the title and given-name rules found: a name made
    only of frequent words that the tagger reads as no name at all is dropped ("رئيسة
    الوزراء وخطتها", "بوتن يتحمل"); words the rule took beyond the tagger's name are
    cut off from the first word that is no given name, frequent or not ("قال
    لافروف مبتسما", "أورتيغا مستعدا", "طالباني متضامنا": a rare word after the tagger's
    name is a verb or an adjective far more often than a family name it missed); free
    words the tagger reads as part of the name on either side are taken in ("زيد بن رعد الحسين",
    "الوليد بن طلال", "محمد بن عبد الرحمن آل ثاني": family names the rules stop at)."""
    people = [(a, b) for a, b, typ in ctx.tagged if typ == "PER"]
    for sp in ctx.spans():
        if sp.kind != "person" or getattr(sp, "alias", False):
            continue
        over = [(a, b) for a, b in people if a < sp.j and sp.i < b]
        if not over and any(typ == "ORG" and a <= sp.i and sp.j <= b for a, b, typ in ctx.tagged):
            _release(ctx, sp, sp.i, sp.j)  # "فريق أسيك": a rank before a team's name
            continue
        if not over:
            # no title stands before a given name followed only by common words ("علي
            # هامش", where a corpus writes "على" so): the given name alone is no evidence
            # a given name of two words ("ضيف الله") counts as one given name
            given = 2 if ctx.compound_given(sp.i) else 1
            first = sp.i + given if getattr(sp, "untitled", False) else sp.i + given - 1
            if first == sp.i + 1 and given == 2:
                continue  # "الوزير ضيف الله": a title and a given name, as "الوزير محمد"
            if all(_frequent(ctx, k, suffixed=True) for k in range(first, sp.j)):
                _release(ctx, sp, sp.i, sp.j)
            continue
        a, b = over[0][0], over[-1][1]
        i = a if a > sp.i and all(_frequent(ctx, k) for k in range(sp.i, a)) else sp.i
        j = b if b < sp.j and ctx.toks[b].norm not in ctx.lex.given_names and ctx.toks[b].norm != _FAMILY \
            and ctx.toks[b - 1].norm not in _name_particles()[0] and not _unknown_surname(ctx, b) \
            and not particle_goes_on(ctx, b, sp.j) \
            and not (b == a + 1 and repeated_surname(ctx, a, b)) else sp.j
        i, j = _grown(ctx, i, j, a, b)
        while j > i + 2 and ctx.accusative(ctx.toks[j - 1].norm):  # two words left: "ماركوس موتا"
            j -= 1  # "جاسم محمد مهدي فجرا": the tagger's name runs over an adverb
        if (i, j) != (sp.i, sp.j):
            _release(ctx, sp, sp.i, sp.j)
            dropped = _given_name_proclitic(ctx, i)
            s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
            name_norm = " ".join([ctx.toks[i].norm[dropped:]] + [tk.norm for tk in ctx.toks[i + 1:j]])
            ctx.claim(_Span(i, j, s, t, "person", country=sp.country, acts_for=sp.acts_for, name_norm=name_norm))


# A word the rule took after a given name that news writes fewer times than this, under
# every reading, is the family name the tagger left out ("مبارك بوصوفة").
UNKNOWN_SURNAME_MAX = 3


def _unknown_surname(ctx: _Context, k: int) -> bool:
    """The word at k, right after the tagger's name, is a family name the tagger missed,
    not a verb or an adjective after the name: a word news (almost) never writes under
    any reading, written as a foreign name is (``_foreign_form``: "بوصوفة"، "دانابالا"),
    with no accusative ending ("مبتسما"، "متضامنا"), no pronoun on a word of news
    ("استيلاءه"), and no inflection of a word news writes in another form
    (``_inflections``). A
    name the tagger never saw in training is the name it is least sure of; an adjective
    or a verb of that shape is rare in news only when it carries a pronoun or an ending."""
    from core.entities.name_words import _foreign_form  # a late import: name_words imports this module

    w = ctx.toks[k].norm
    if len(w) < 4 or not w.isalpha() or w.endswith("ا") or not _foreign_form(w) or ctx.verb_form(w):
        return False
    readings = _readings(w)
    if max(ctx.counts.get(r, 0) for r in readings) >= UNKNOWN_SURNAME_MAX:
        return False
    stems = readings + [bare for r in readings for bare in _pronoun_cut(r)]  # "بمولودته" → مولوده
    return not any(ctx.counts.get(form, 0) >= INFLECTED_MIN for r in stems for form in (r, *_inflections(r)))


# How often news must write another form of a rare word for the word to be that form's
# inflection (a dual, a plural, a noun without its ة or its pronoun).
INFLECTED_MIN = 5


def _inflections(r: str) -> list[str]:
    """Forms news writes of the same word when r is a common word inflected: with ة or
    the article ("تأشير" of تأشيرة), without a dual or plural ending ("يتابعان" of يتابع),
    a feminine dual as its singular ("رأسيتين" of رأسية)."""
    out = [r + "ه", "ال" + r]
    if len(r) > 5 and r.endswith(("ان", "ين", "ون", "ات")):
        out.append(r[:-2])
        if r[-3] == "ت":
            out.append(r[:-3] + "ه")
    return out


def _split_conjoined(ctx: _Context) -> None:
    """"سولانا ولاريجاني"، "بري والسنيورة": a name the tagger reads over two people joined
    by و is two names. It is cut before an inner word written with و whose stem is a
    given name or a word the article has on its own ("لاريجاني" after "علي لاريجاني");
    a name's own word that starts with و ("وينفري") has no such stem."""
    out = []
    for a, b, typ in ctx.tagged:
        cut = a
        if typ == "PER":
            for k in range(a + 1, min(b, len(ctx.norms))):
                w = ctx.norms[k]
                if w[:1] == "و" and len(w) > 3 and w not in ctx.lex.given_names \
                        and (w[1:] in ctx.lex.given_names or ctx.word_count(w[1:]) > 0):
                    out.append((cut, k, typ))
                    cut = k
        out.append((cut, b, typ))
    ctx.tagged = out


def _person_piece(sp: _Span) -> bool:
    return sp.kind == "person" or sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "PERSON"


def _joined_people(ctx: _Context) -> None:
    """One name the tagger reads whole where the rules found pieces of it: "محمد بن راشد
    آل مكتوم" (a known person and a family name the title rule took apart), "مكتوم بن
    محمد بن راشد آل مكتوم" (a son, named after the known father: a person of his own).
    Every word of the tagger's name is free or part of a person found inside it, in one
    clause, and a free word is a name word (no common word of news, or a particle such
    as بن، آل). When the name starts with a known person, that person's mention grows;
    otherwise the pieces give way to one person."""
    particles = _name_particles()[0] | {_FAMILY}
    for a, b, typ in ctx.tagged:
        while typ == "PER" and b - a > 1 and b <= len(ctx.toks) and ctx.circumstantial(ctx.norms[b - 1]):
            b -= 1  # "لافروف مبتسما": the tagger ran over how he spoke
        if typ != "PER" or b - a < 2 or b > len(ctx.toks) \
                or any(ctx.punct_between(k, k + 1) for k in range(a, b - 1)):
            continue
        pieces = list({id(o): o for o in ctx.owner[a:b] if o is not None}.values())
        if not pieces or not all(_person_piece(o) and a <= o.i and o.j <= b for o in pieces) \
                or len(pieces) == 1 and (pieces[0].i, pieces[0].j) == (a, b):
            continue
        if not all(ctx.owner[k] is not None or ctx.toks[k].norm in particles
                   or not ctx.function_word(k) and not ctx.stop(ctx.norms[k]) and not _frequent(ctx, k)
                   for k in range(a, b)):
            continue
        first = min(pieces, key=lambda o: o.i)
        for o in pieces:
            _release(ctx, o, o.i, o.j)
        if first.kind == "lexicon" and first.i == a:
            _, t = _span_offsets(ctx.nt, ctx.toks, a, b, 0)
            ctx.claim(_Span(a, b, first.start, t, "lexicon", entry=first.entry, country=first.country,
                            acts_for=first.acts_for))
            continue
        dropped = _given_name_proclitic(ctx, a) if first.i == a else _proclitic_cut(ctx, a)
        s, t = _span_offsets(ctx.nt, ctx.toks, a, b, dropped)
        name_norm = " ".join([ctx.toks[a].norm[dropped:]] + [tk.norm for tk in ctx.toks[a + 1:b]])
        keep = first if first.i == a else None
        ctx.claim(_Span(a, b, s, t, "person", name_norm=name_norm,
                        country=keep.country if keep else None, acts_for=keep.acts_for if keep else None))


_FAMILY = normalize_for_match("آل")


def _names_over_places(ctx: _Context) -> None:
    """"إسرائيل كاتس"، "جورجيا ميلوني"، "سلفادور دالي": a one-word country or place of the
    lexicon that the tagger reads as the first name of a person, followed by free words
    of the same name that are no common words, is that person's first name."""
    for a, b, typ in ctx.tagged:
        if typ != "PER" or b - a < 2 or a >= len(ctx.toks):
            continue
        sp = ctx.owner[a]
        if sp is None or sp.kind != "lexicon" or sp.entry is None or (sp.i, sp.j) != (a, a + 1) \
                or sp.entry.type not in ("COUNTRY", "PLACE") or sp.start != ctx.toks[a].start:
            continue
        if ctx.punct_between(a, a + 1) or _all_common(ctx, a + 1, b):
            continue
        rest = ctx.owner[a + 1]  # a title rule may have taken the country for a complement
        if rest is not None and (rest.kind != "person" or rest.i != a + 1):
            continue
        end = max(b, rest.j) if rest is not None else b
        if not all(ctx.owner[k] is None or ctx.owner[k] is rest for k in range(a + 1, end)):
            continue
        _release(ctx, sp, a, a + 1)
        if rest is not None:
            _release(ctx, rest, rest.i, rest.j)
        s, t = _span_offsets(ctx.nt, ctx.toks, a, end, 0)
        ctx.claim(_Span(a, end, s, t, "person", name_norm=" ".join(ctx.norms[a:end]),
                        country=rest.country if rest is not None else None,
                        acts_for=rest.acts_for if rest is not None else None))


def _clubs_over_places(ctx: _Context) -> None:
    """"دينامو كييف"، "ستيوا بوخارست"، "فيردر بريمن": a name the tagger reads as an
    organisation, made of words no table holds followed by a city of the lexicon, is a
    club or a company named after its city, no mention of the city. The words before
    the city are free (or a one-word person a rule guessed) and none is a common word
    of news; a country after a name describes it ("بنفيكا البرتغالي") and stays."""
    for a, b, typ in ctx.tagged:
        if typ != "ORG" or b - a < 2 or b > len(ctx.toks) \
                or any(ctx.punct_between(k, k + 1) for k in range(a, b - 1)):
            continue
        city = ctx.owner[b - 1]
        if city is None or city.kind != "lexicon" or city.entry is None or city.entry.type != "PLACE" \
                or (city.i, city.j) != (b - 1, b):
            continue
        before = {id(o): o for o in ctx.owner[a:b - 1] if o is not None}.values()
        if any(o.kind != "person" or o.j - o.i != 1 or not a <= o.i < b - 1 for o in before) \
                or any(_common_reading(ctx, ctx.norms[k]) or ctx.norms[k] in ctx.lex.given_names
                       for k in range(a, b - 1)):
            continue
        for o in list(before) + [city]:
            _release(ctx, o, o.i, o.j)
        dropped = _proclitic_cut(ctx, a)
        s, t = _span_offsets(ctx.nt, ctx.toks, a, b, dropped)
        name_norm = " ".join([ctx.toks[a].norm[dropped:]] + [tk.norm for tk in ctx.toks[a + 1:b]])
        span = _Span(a, b, s, t, "org", name_norm=name_norm, country=city.country)
        span.tagged = True  # type: ignore[attr-defined]
        ctx.claim(span)


# Proclitics written apart with a tatweel ("لـ"); other lone letters are initials ("ر.").
_LONE_PROCLITICS = frozenset("لبكوف")
# The most words a person's name grows to when the tagger reads more of it.
MAX_GROWN_NAME = 6


def _grown(ctx: _Context, i: int, j: int, a: int, b: int) -> tuple[int, int]:
    """[i, j) grown towards the tagger's name [a, b) over free words in the same clause
    that are no function words; a name ends on no particle (بن، عبد، أبو)."""
    before, _ = _name_particles()

    def takes(k: int) -> bool:  # a proclitic written apart ("لـ") is no name part
        w = ctx.toks[k].norm
        return ctx.owner[k] is None and w not in _LONE_PROCLITICS and not ctx.stop(w) and not ctx.function_word(k) \
            and not ctx.verb_form(w)

    while i > a and j - i < MAX_GROWN_NAME and takes(i - 1) and not ctx.punct_between(i - 1, i):
        i -= 1
    end = j
    while end < b and end - i < MAX_GROWN_NAME and takes(end) and not ctx.punct_between(end - 1, end):
        end += 1
    while end > j and ctx.toks[end - 1].norm in before:
        end -= 1
    return i, end


def _given_name_proclitic(ctx: _Context, i: int) -> int:
    """Letters of a proclitic written onto the given name that starts a name ("وسيف",
    "بميشيل"): only when the word itself is no given name and its stem is one."""
    w = ctx.toks[i].norm
    if ctx.whole_name(w):
        return 0
    nxt = ctx.norms[i + 1] if i + 1 < len(ctx.norms) else ""
    for stem, dropped in clitic_variants(w)[1:]:
        if _like_kept(ctx, w, dropped, ctx.counts.get(stem, 0)):
            continue
        if stem in ctx.lex.given_names or nxt and (f"{stem} {nxt}" in ctx.lex.given_names
                                                   or stem == SERVANT and nxt[:2] == "ال"):
            return dropped  # "لعبد الرحمن عزام": ل + a given name of two words
    return 0


def _release(ctx: _Context, sp: _Span, i: int, j: int) -> None:
    ctx.release(sp, i, j)


def _all_common(ctx: _Context, i: int, j: int, typ: str = "") -> bool:
    """Every word of the span is a common word of news under one of its proclitic
    readings, or a function word (a tagger's slip: "المسؤولين", "وأكد على ضرورة"). A
    person's name that ends on a definite word news never writes bare ends on a family
    name, however often news writes it ("طالب الدوسري": the article makes "الدوسري" look
    like a noun; not the second word of a given name: "عبد الفتاح")."""
    if typ == "PER" and j - i > 1 and _definite_only(ctx, ctx.toks[j - 1].norm) \
            and not {ctx.toks[j - 2].norm, ctx.toks[j - 2].norm[1:]} & _name_particles()[0]:  # "وعبد"
        return False
    return all(_common_reading(ctx, tk.norm) for tk in ctx.toks[i:j])


# A definite word whose bare form news writes fewer times than this is a family name.
DEFINITE_ONLY_BARE_MAX = 2


def _definite_only(ctx: _Context, w: str) -> bool:
    """A definite word, no plural or dual, that news never writes without its article nor
    with a second one, and no nationality adjective ("الدوسري", not "الخارجية")."""
    return w.startswith("ال") and len(w) > 4 and not w.endswith(PLURAL_ENDINGS) \
        and ctx.counts.get(w[2:], 0) < DEFINITE_ONLY_BARE_MAX and "ال" + w not in ctx.counts \
        and not ctx.stop(w) and not ctx.lex.adjective_of(w)


def _common_reading(ctx: _Context, w: str) -> bool:
    if w in ctx.lex.given_names:
        return False
    return any(ctx.stop(stem) or ctx.common_word(stem) or ctx.common_noun(stem) and stem not in ctx.lex.given_names
               for stem in _readings(w))


def _readings(w: str) -> list[str]:
    """What a word may be with its proclitics cut, its future prefix cut ("سيرفع" →
    يرفع) or its accusative alif cut ("ملفا" → ملف, "هاتفيا" → هاتفي)."""
    out = [stem for stem, _ in clitic_variants(w)]
    verb = future_imperfect(w)
    if verb:
        out.append(verb)
    if len(w) > 3 and w.endswith("ا"):
        out.append(w[:-1])
    return out


def _proclitic_cut(ctx: _Context, i: int) -> int:
    """Letters of an attached proclitic at the start of a tagged span ("وماكرون")."""
    w = ctx.toks[i].norm
    if ctx.whole_name(w):
        return 0  # "ليون" (Lyon, Leon) is no ل + "يون"
    best, best_n = 0, ctx.counts.get(w, 0)
    for stem, dropped in clitic_variants(w)[1:]:
        n = ctx.counts.get(stem, 0)
        if _like_kept(ctx, w, dropped, n):
            continue  # "كايل لوري" is no ك + "ايل": "like" is rare before a name
        if stem in ctx.lex.given_names:
            return dropped  # "بميشيل": ب + a given name
        if n > best_n:
            best, best_n = dropped, n
    return best


# How many times more often news must write a word without ك ("like") than with it for
# that ك to be cut off a name: "كترامب" is ك + ترامب, "كايل" (Kyle) no ك + "ايل",
# "كريما" (generous) no ك + "ريما".
LIKE_RATIO = 10


def _like_kept(ctx: _Context, w: str, dropped: int, n: int) -> bool:
    return "ك" in w[:dropped] and n < LIKE_RATIO * (ctx.counts.get(w, 0) + 1)


def _country_inside(ctx: _Context, i: int, j: int) -> str | None:
    """The country a nationality adjective inside a tagged span names."""
    for k in range(i, j):
        iso = ctx.adjective(k)
        if iso:
            return iso
    return None


def _person_words(ctx: _Context) -> None:
    """"كوربين"، "خاشقجي" alone: a free word that news uses as a person's name on its
    own (person_words.tsv, learnt from the tagger's names in news) is that person,
    when it is not the first word of a longer name the rules or the tagger found."""
    forms, keys = _person_word_forms()
    found = ctx.words_in(keys)
    if not found:
        return
    for k in ctx.positions(found):
        if ctx.owner[k] is not None or ctx.function_word(k):
            continue
        w = ctx.norms[k]
        word, dropped = forms[w]
        if dropped and (ctx.whole_name(w) or ctx.counts.get(w, 0) > ctx.counts.get(word, 0) or ctx.common_noun(w)
                        or _like_kept(ctx, w, dropped, ctx.counts.get(word, 0))):
            continue  # "ليون" the city is no ل + "يون", "ورود" (arrival) no و + "رود"
        s, t = _span_offsets(ctx.nt, ctx.toks, k, k + 1, dropped)
        ctx.claim(_Span(k, k + 1, s, t, "person", name_norm=word))


def _generic_spans(ctx: _Context) -> None:
    """"المملكة" alone stands for the kingdom the article talks about most."""
    monarchies: dict[str, int] = {}  # kingdom → words naming it
    for sp in ctx.spans():
        if sp.kind == "lexicon" and sp.entry is not None and sp.entry.monarchy:
            words = sum(1 for k in range(sp.i, sp.j) if ctx.owner[k] is sp)
            monarchies[sp.entry.id] = monarchies.get(sp.entry.id, 0) + words
    if not monarchies:
        return
    forms = ctx.f.generic_forms()
    for i in ctx.positions(ctx.words_in(forms)):
        tok = ctx.toks[i]
        if ctx.owner[i] is not None:
            continue
        for stem, dropped in clitic_variants(tok.norm):
            how = ctx.lex.generic_refs.get(stem)
            if how == "monarchy" and monarchies:
                iso = max(monarchies, key=lambda k: (monarchies[k], k))
                e = ctx.lex.by_id.get(iso)
                if e is None:
                    break
                s, t = _span_offsets(ctx.nt, ctx.toks, i, i + 1, dropped)
                ctx.claim(_Span(i, i + 1, s, t, "generic", entry=e, country=iso, acts_for=iso))
                break


@prepared.table()
def _iso3_by_iso2() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → alpha-3 of every country pycountry knows, kept in the prepared
    image: importing pycountry and loading its database for the first flag of a process
    cost 12 ms, paid before a batch's workers fork (the warm-up article has a flag)."""
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _iso2_to_3(iso2: str) -> str | None:
    """The alpha-3 code of a flag's two regional-indicator letters (upper case)."""
    return _iso3_by_iso2().get(iso2)


def _flag_mentions(text: str) -> list[tuple[str, int, int]]:
    """(ISO3, start, end) of each emoji flag. A flag is two regional-indicator letters,
    characters beyond the 16-bit range, which UTF-16 writes as two units each: a text
    whose UTF-16 form is two bytes a character has none (nearly every article), and
    encoding it is ten times quicker than the pattern's scan of every character."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return []
    out = []
    for m in _FLAG.finditer(text):
        iso2 = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())
        iso3 = _iso2_to_3(iso2)
        if iso3:
            out.append((iso3, m.start(), m.end()))
    return out
