"""scripts/cv_kept_roles.py --seed: another deal of the same articles into folds, the same
on every run, so that a change's gain can be checked on a second fold assignment."""
from pathlib import Path

from core.crossval import split_folds
from script_modules import load

cv_kept_roles = load("scripts/cv_kept_roles.py")

PATHS = [Path(f"gold/article-{n}.json") for n in range(20)]


def test_a_seed_deals_the_same_articles_into_other_folds_the_same_way_each_run():
    got = cv_kept_roles.salted_split(1)(PATHS, 5)
    assert sorted(p for f in got for p in f) == sorted(PATHS)
    assert [len(f) for f in got] == [4] * 5
    assert got == cv_kept_roles.salted_split(1)(PATHS, 5)
    assert got != split_folds(PATHS, 5) and got != cv_kept_roles.salted_split(2)(PATHS, 5)
