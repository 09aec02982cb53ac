"""PostgreSQL for the store and page tests: a scratch schema per test on the server that
AKHBAR_TEST_PG_URL names (`.ci/run` starts one). Without it those tests skip, unless
AKHBAR_REQUIRE_PG=1 says that a server must be there (CI), and then they fail."""
from __future__ import annotations

import os
import secrets
from typing import Iterator

import pytest
import sqlalchemy as sa

ENV_URL = "AKHBAR_TEST_PG_URL"


def base_url() -> str:
    url = os.environ.get(ENV_URL)
    if not url:
        if os.environ.get("AKHBAR_REQUIRE_PG") == "1":
            pytest.fail(f"AKHBAR_REQUIRE_PG=1 but {ENV_URL} is not set")
        pytest.skip(f"set {ENV_URL} to a scratch PostgreSQL database to run this test on it")
    return url


def scratch_url() -> Iterator[str]:
    """A URL whose tables live in a new schema of their own (a new URL each time, so no
    cache keyed by URL hands a test another test's store); the schema is dropped after."""
    url = base_url()
    schema = "t_" + secrets.token_hex(6)
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as c:
            c.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()
