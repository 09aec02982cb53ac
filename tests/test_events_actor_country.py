"""The country of a side among an article's entities (core.events.implied.actor_country),
the one look-up the attack rules (struck, unclaimed, agentless) ask, and the country an
entity names as where something is (country_named: implied, unnamed, struck)."""
from core.events.implied import actor_country, country_named
from core.model import Entity


def _entities() -> list[Entity]:
    return [
        Entity("EGY", "COUNTRY", "Egypt", "مصر", "EGY", actor="EGY"),
        Entity("person-samir-haddad", "PERSON", "Samir Haddad", "سمير حداد", "LBN", actor="party-of-cedars"),
        Entity("party-of-cedars", "ORG", "Party of Cedars", "حزب الأرز", None, actor="party-of-cedars"),
        Entity("town-of-wells", "PLACE", "Wells", "الآبار", "JOR"),
    ]


def test_a_state_is_its_own_country_named_or_not():
    assert actor_country("EGY", _entities()) == "EGY"
    assert actor_country("TUN", _entities()) == "TUN"


def test_a_side_has_the_country_of_the_entity_that_is_it():
    """The party has no country of its own here: none, whatever its official's. A place is
    its country's; an unknown side has none."""
    assert actor_country("party-of-cedars", _entities()) is None
    assert actor_country("town-of-wells", _entities()) == "JOR"
    assert actor_country("person-samir-haddad", _entities()) == "LBN"
    assert actor_country("unknown-side", _entities()) is None
    assert actor_country(None, _entities()) is None


def test_a_victim_acting_through_an_entity_has_that_entitys_country():
    """unclaimed's victim: named through its official, the party is where he is from."""
    assert actor_country("party-of-cedars", _entities(), acting=True) == "LBN"
    assert actor_country("town-of-wells", _entities(), acting=True) == "JOR"
    assert actor_country("unknown-side", _entities(), acting=True) is None


def test_an_alliance_chaired_by_a_national_of_a_state_does_not_strike_in_it():
    """struck: the attacker's country is its own, never its chairman's (made-up name)."""
    import core

    a = core.analyze("وقال رئيس مفوضية الاتحاد الأفريقي التشادي سالم عبدون إن البعثة ستبقى. "
                     "وشن الاتحاد الأفريقي هجوما الليلة الماضية.")
    assert [(e.id, e.country) for e in a.entities] == [("african-union", None), ("per-salm-bdwn", "TCD")]
    assert a.events == []


def test_a_country_and_a_place_name_where_a_group_and_a_person_do_not():
    """A country names itself, a place its country; a group and a person name no where,
    whatever their own country."""
    assert [country_named(e) for e in _entities()] == ["EGY", None, None, "JOR"]


def test_an_attack_on_a_states_forces_is_placed_in_it_only_where_the_article_names_it():
    """agentless: a target state the article names as a country places the attack there;
    one it names only through its forces ("قوات النظام") places it nowhere."""
    from core.events.agentless import _own_country

    assert _own_country(("EGY", 3), _entities()) == ("EGY", None)
    assert _own_country(("SYR", 3), _entities()) is None
    assert _own_country(("party-of-cedars", 3), _entities()) is None
    assert _own_country(("town-of-wells", 3), _entities()) == ("JOR", None)
    assert _own_country(None, _entities()) is None
