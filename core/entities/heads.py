"""What the words after an organisation head say about it: a person's office rather than
a body ("مكتب النائب"), or the field a committee is named for ("لحقوق الإنسان")."""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Finder, _match_at, _Span, _span_offsets
from core.entities.second import _FIELD_KINDS
from core.entities.tables import _descriptive_adjectives, _name_particles, _read_column
from core.lexicon import LexEntry
from core.text import clitic_variants, normalize_for_match, without_lam


# The office of a head of state or government speaks for the state ("مكتب رئيس الوزراء"):
# a body of its own, unlike the office of a deputy or an adviser.
_LEADER_KINDS = frozenset(("head_of_state", "head_of_government"))


def _person_after_head(ctx: _Context, f: _Finder, kind: str, j: int, end: int) -> bool:
    """"مكتب النائب"، "رئاسة محمد": the head's complement is only a title or a given name,
    the office or presidency of a person, not a named organisation (the head alone may
    still be one: "الحرس الوطني العقيد"); a body named after someone names him in full
    ("جامعة الملك سعود"، "معهد ماكس بلانك")."""
    m = _match_at(ctx.nt, ctx.toks, j, f.titles) if j < end else None
    if m is not None and m[1] == end:
        return m[0].kind not in _LEADER_KINDS
    if j >= end or ctx.toks[j].norm not in ctx.lex.given_names:
        return False
    # the presidency or administration of a person whatever his name's length ("رئاسة محمد
    # علي"); an institute or school may bear a full name
    if kind == "government":
        return True
    if end != j + 1 or end == len(ctx.toks) or ctx.punct_between(j, end):
        return end == j + 1
    nxt = ctx.toks[end].norm
    before, after = _name_particles()
    return not ctx.name_like(end, first=False) and nxt not in before and nxt not in after


_COMPLEMENT_KINDS = frozenset(("organisation", "public_body", "agency", "education"))


def _prepositional_complement(ctx: _Context, i: int, k: int) -> bool:
    """ل, an indefinite noun and a definite one after a named body's definite words ("اللجنة
    الوطنية لحقوق الإنسان"، "المفوضية العليا لشؤون اللاجئين") name its field. Only for
    committees, agencies, institutes and the like: after a ministry or an army the same
    words are whom it spoke to ("الخارجية لوسائل الإعلام")."""
    toks = ctx.toks
    if k + 1 >= len(toks) or ctx.punct_between(k, k + 1) or ctx.owner[k] or ctx.owner[k + 1]:
        return False
    w, nxt = toks[k].norm, toks[k + 1].norm
    if not (w.startswith("ل") and not w.startswith("لل") and len(w) > 3 and nxt.startswith("ال")):
        return False
    m = _match_at(ctx.nt, toks, i, ctx.f.heads)
    return (m is not None and m[0].kind in _COMPLEMENT_KINDS and ctx.common_noun(w[1:])
            and ctx.common_noun(nxt) and not ctx.stop(nxt))


def _title_of_person(ctx: _Context, f: _Finder, i: int, k: int) -> bool:
    """A title at word k opens the person named right after it ("شرطة دبي الفريق ضاحي
    خلفان"، "جامعة القاهرة الدكتور محمد"): the body's name ended before the title, even
    where the title is also a common noun ("الفريق": a team). Not right after a government
    head: "إدارة الرئيس السابق أوباما" is the administration, the state of its day."""
    m = _match_at(ctx.nt, ctx.toks, k, f.titles) if k in ctx.starts(f.titles) else None
    if m is None or m[1] >= len(ctx.toks) or ctx.punct_between(m[1] - 1, m[1]):
        return False
    head = _match_at(ctx.nt, ctx.toks, i, f.heads)
    if head is not None and head[1] == k and head[0].kind == "government":
        return False
    owner = ctx.owner[m[1]]
    if owner is None:  # people are claimed after bodies: a given name starts one
        return ctx.toks[m[1]].norm in ctx.lex.given_names
    return owner.kind == "person" or owner.entry is not None and owner.entry.type == "PERSON"


# How often news must write a word ending in ي with the article and with the feminine
# ending for it to read as a nisba adjective: "طوعي" (الطوعي، طوعية), not "سوني".
NISBA_FORMS_MIN = 3


def _indefinite_nisba(ctx: _Context, w: str) -> bool:
    """An indefinite nisba adjective ("اتحاد طوعي"، "مجلس حكومي"): after an indefinite
    head it describes, it names nothing."""
    return (len(w) > 3 and w.endswith("ي") and ctx.counts.get("ال" + w, 0) >= NISBA_FORMS_MIN
            and ctx.counts.get(w + "ه", 0) >= NISBA_FORMS_MIN)


# How often news must write a word's stem with the plural ending وا for the word in ت to
# read as a past verb ("استبعدت" beside "استبعدوا"); a foreign name in ت has no such
# form ("بيروت"، "فيات").
PAST_PLURAL_MIN = 3


def _past_verb(ctx: _Context, w: str) -> bool:
    """A past verb in the feminine after an indefinite head ("برلمان استبعدت منه
    المعارضة"، "حكومة شكلت"): the head's clause goes on with its verb, no name."""
    return (len(w) > 3 and w.endswith("ت") and not w.startswith("ال") and w not in ctx.lex.given_names
            and ctx.counts.get(w[:-1] + "وا", 0) >= PAST_PLURAL_MIN)


# Kinds of place heads that name a settlement or an administrative area ("مدينة"، "منطقة"):
# with the article and no name they refer back to a place; not "القضاء" (the judiciary),
# "المقاطعة" (a boycott), "الجبهة" or "الجزيرة", which are fields or names as well.
_SETTLEMENT_KINDS = frozenset(("region", "city", "town", "village"))
_NOT_SETTLEMENT = frozenset(("مقاطعه",))


@prepared.table()  # imaged: first asked after the warm-up article
def _settlement_heads() -> frozenset[str]:
    return frozenset(normalize_for_match(form) for form, kind in _read_column("place_heads.tsv", "form", "kind")
                     if kind in _SETTLEMENT_KINDS) - _NOT_SETTLEMENT


# Heads whose lone definite complement is a common thing, never a name: "شبكة الإنترنت"،
# "شبكة الكهرباء" are networks of wires; a media network is named by a proper name
# ("شبكة سي إن إن") or one the lexicon knows.
_INFRASTRUCTURE_HEADS = frozenset((normalize_for_match("شبكة"),))


def _generic_complement(ctx: _Context, head_form: str, j: int, end: int) -> bool:
    """Whether the only word after a head is no name: the definite form of an
    administrative place head ("بلدية المنطقة"، "محكمة المدينة"، "مجلس المحافظة": the
    body of a place the text named before, no named body), or a common noun after a
    network head ("شبكة الإنترنت")."""
    if end != j + 1 or ctx.owner[j] is not None:
        return False
    w = ctx.toks[j].norm
    if w.startswith("ال") and w[2:] in _settlement_heads():
        return True
    return normalize_for_match(head_form) in _INFRASTRUCTURE_HEADS and w.startswith("ال") and ctx.common_noun(w)


def _definite_number(ctx: _Context, w: str) -> bool:
    """A definite cardinal number ("أعضاء المجلس الخمسة عشر"): it counts the members of
    a body, it is no word of its name."""
    return w.startswith("ال") and w[2:] in _numbers()


@prepared.table()  # imaged: first asked after the warm-up article
def _numbers() -> frozenset[str]:
    """The cardinal numbers of the stop words, normalised."""
    return frozenset(normalize_for_match(w) for w, kind in _read_column("stopwords.tsv", "word", "kind")
                     if kind == "number")


# Heads whose bare form before a name makes the name the body's own ("شركة بيكر هيوز",
# "أكاديمية أوليفر"): the name of a company or a school is often a person's. Not an
# agency's heads: "مكتب بينيت" is the office of a person.
NAMING_HEAD_KINDS = frozenset(("company", "education"))


def _people_after_heads(ctx: _Context) -> None:
    """A person read right after the bare head of a company or a school is
    the body's name: the head and the name become the organisation. A head with the
    article ("الشركة") or a pause between says something else of the person."""
    toks = ctx.toks
    for h, m in ctx.matches(ctx.f.heads):
        if m is None or m[0].kind not in NAMING_HEAD_KINDS or m[1] >= len(toks) or not ctx.free(h, m[1]):
            continue
        head, k, dropped = m
        sp = ctx.owner[k]
        if sp is None or sp.kind != "person" or sp.i != k or ctx.punct_between(k - 1, k) \
                or any(stem.startswith("ال") for stem, _ in clitic_variants(toks[k - 1].norm)):
            continue
        ctx.release(sp, sp.i, sp.j)
        s, t = _span_offsets(ctx.nt, toks, h, sp.j, dropped)
        name_norm = " ".join([toks[h].norm[dropped:]] + ctx.norms[h + 1:sp.j])
        ctx.claim(_Span(h, sp.j, s, t, "org", name_norm=name_norm, org_kind=head.kind))


# Adjectives that make an international body's words a state's own ("مجلس الأمن القومي"،
# "مجلس الأمن الوطني"): national security, no longer the Security Council.
_NATIONAL = frozenset(normalize_for_match(w) for w in ("القومي", "الوطني", "القومية", "الوطنية"))
_INTERNATIONAL_KINDS = frozenset(("un_body", "intl_org"))


def _national_body_after(ctx: _Context, e: LexEntry, j: int) -> bool:
    """Whether an international body's name runs on into "national" ("مجلس الأمن القومي
    التركي"): the words name a state's body, which the organisation rules read."""
    return (e.kind in _INTERNATIONAL_KINDS and j < len(ctx.toks) and ctx.norms[j] in _NATIONAL
            and not ctx.punct_between(j - 1, j))


def _field_after(ctx: _Context, i: int, k: int) -> bool:
    """ل and a field after a body's nationality adjective name the field, as after its
    other definite words, for committees, agencies, companies and the like (not after a
    ministry, an army or an embassy: "السفارة الأمريكية للاحتجاج"); "للمرة" is a time."""
    if k >= len(ctx.toks) or ctx.punct_between(k - 1, k) or ctx.owner[k] is not None:
        return False
    w = ctx.norms[k]
    if w.startswith("لل") and len(w) > 4 and w not in _TIMES_OF:
        m = _match_at(ctx.nt, ctx.toks, i, ctx.f.heads)
        return m is not None and m[0].kind in _FIELD_KINDS and ctx.common_noun(without_lam(w))
    return _prepositional_complement(ctx, i, k)


_TIMES_OF = frozenset(("للمره",))  # "للمرة الثانية": for the second time, no field


# Org heads written without ة that are broken plurals: they take a feminine adjective
# ("الفصائل المسلحة") as a feminine singular head does.
_PLURAL_HEADS = frozenset(normalize_for_match(w) for w in (
    "الجمارك", "فصائل", "الفصائل", "كتائب", "الكتائب", "سرايا"))


def _disagreeing_adjective(ctx: _Context, i: int, j: int, w: str, inner: bool = False) -> bool:
    """Whether the definite word ``w`` right after a one-word definite head (token i, up
    to j) cannot describe it: a feminine word after a masculine singular head ("خطط
    البنك التنموية" are the bank's plans, and "البنك" no bank named "التنموية"; "لم يسمّ
    المرصد الجهة"; "صحيفة التيار المغربية": the paper is Moroccan), a masculine plural
    nisba after any singular head ("تتهم المحكمة الصحفيين"), a masculine singular nisba
    after a feminine head ("ضابط المخابرات الروسي"، "موقع الوزارة الرسمي": the officer,
    the site). A definite head takes no noun in construct, so the word is an adjective of
    another noun or the verb's object; after an indefinite head it may be the name
    ("تلفزيون العربية"). A masculine nationality after a feminine head is read so only for
    a head right after another (``inner``: "جهاز الاستخبارات الروسي" is the service, named
    by the outer head); after any other noun ("ضابط المخابرات الروسي") the words still name
    the state's service the news means."""
    if j - i != 1 or not w.startswith("ال") or len(w) < 5:
        return False
    head = next((stem for stem, _ in clitic_variants(ctx.norms[i]) if ctx.f.heads.by_two().get((stem, None))),
                ctx.norms[i])
    if not head.startswith("ال"):
        return False
    if head.endswith(("ه", "ات")) and _masculine_nisba(ctx, j, w) and (inner or ctx.adjective(j) is None):
        return True
    plural = w.endswith(("يين", "يون"))
    if not plural and not w.endswith("ه"):
        return False
    if head in _PLURAL_HEADS or head.endswith(("ات", "ين", "ون", "ان")):
        return False
    return plural or not head.endswith(("ه", "ا", "ي"))


def _masculine_nisba(ctx: _Context, k: int, w: str) -> bool:
    """A definite masculine singular nisba ("الروسي"، "الرسمي") at token k: news writes its
    feminine ("الروسية") too, so the word is an adjective that takes the gender of its
    noun. A word written with ى is a feminine elative ("الأولى"، "الكبرى")."""
    return w.endswith("ي") and not w.endswith("يي") and ctx.counts.get(w + "ه", 0) >= NISBA_FORMS_MIN \
        and not ctx.surface(k).endswith("ى") and not ctx.ya_for_maqsura()


def _outer_adjective(ctx: _Context, i: int, j: int, k: int) -> bool:
    """A nisba at k that disagrees with the inner head at j and agrees with the outer head
    at i ("جهاز الاستخبارات الروسي"، "لجنة الحزب المركزية"): it describes the outer head,
    whose name the inner head's words complete. Not a word that tells a body's role or
    state ("حزب المعارضة الرئيسي": the main opposition party, any one)."""
    w = ctx.norms[k]
    if not w.endswith(("ي", "يه")) or w in _descriptive_adjectives() \
            or not _disagreeing_adjective(ctx, j, k, w, inner=True):
        return False
    return ctx.norms[i].endswith(("ه", "ات")) == w.endswith("يه")
