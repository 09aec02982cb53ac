"""The events of a made-up sentence as (type, actors) pairs: what most event tests
compare, read on one fixed publication date so that dated readings do not drift."""
from core import analyze

DATE = "2024-01-01"


def events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, DATE).events]
