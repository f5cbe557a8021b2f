"""Pytest plugin: one throwaway PostgreSQL cluster per test process, and a fresh migrated database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from app.office.pgcluster import ThrowawayCluster
from app.store.db import open_engine
from app.store.migrate import upgrade

TEMPLATE = "kupa_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    """initdb + pg_ctl start on 127.0.0.1 (each xdist worker gets its own), stopped and removed at the end."""
    with ThrowawayCluster() as cluster:
        engine = open_engine(cluster.create_database(TEMPLATE))
        upgrade(engine)
        engine.dispose()
        yield cluster


@pytest.fixture
def pg_empty_url(pg_cluster: ThrowawayCluster) -> str:
    """A new database with no tables at all."""
    return pg_cluster.create_database(f"empty_{next(_numbers)}")


@pytest.fixture
def pg_url(pg_cluster: ThrowawayCluster) -> str:
    """A new database at the newest schema (copied from a migrated template)."""
    return pg_cluster.create_database(f"office_{next(_numbers)}", template=TEMPLATE)
