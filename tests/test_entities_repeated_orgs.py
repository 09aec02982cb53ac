"""An organisation found once is the same organisation where its words recur free."""

import core.entities as entities
from core import analyze

TEXT = ('وقال الرئيس التنفيذي لشركة "كلاود بلاي" إن الاشتراكات تضاعفت. '
        'كما تتنافس "كلاود بلاي" على السوق في الرياض.')


def org_mentions(text):
    return [[m.text for m in e.mentions] for e in analyze(text).entities if e.type == "ORG"]


def test_a_company_named_again_between_quotes_is_the_company_found_before():
    assert ["كلاود بلاي", "كلاود بلاي"] in org_mentions(TEXT)


def test_without_the_rule_the_second_mention_is_lost(monkeypatch):
    monkeypatch.setattr(entities, "_repeated_orgs", lambda ctx: None)
    assert ["كلاود بلاي"] in org_mentions(TEXT)
