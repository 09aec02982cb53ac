"""A store's summary tables checked against their rebuild from the stored articles: the
batch keeps them up to date as it writes, so a rebuild must change nothing."""
import sqlalchemy as sa

from core.store import actor_summary, entity_summary


def assert_summaries_kept(store) -> None:
    """The summaries are not empty and equal what a rebuild makes of the articles."""
    def summaries():
        with store.engine.connect() as c:
            return [sorted(tuple(r) for r in c.execute(sa.select(t))) for t in (entity_summary, actor_summary)]

    kept = summaries()
    assert kept[0] and kept[1]
    store.rebuild_summaries()
    assert summaries() == kept
