"""The mark of sides a construction states outright.

Below the word-order rules (core.events.roles) and the rules that add such pairs
(withdrawals, backed, passives, coordinated, asked_speaker), so that each imports it at
its top: roles itself imports some of those modules for their rules.
"""
from __future__ import annotations


class Stated(list):
    """Sides a construction states outright (a clash "بين X وY"): the rules' reading
    stands, the role model does not weigh it."""
