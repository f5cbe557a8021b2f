"""Fixtures for sync tests: an office on SQLite or PostgreSQL served over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.office.server import OfficeServer
from app.office.service import Office, open_office
from tests.helpers.chain import seed_office
from tests.helpers.shop import SteppingClock

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@dataclass
class RunningOffice:
    office: Office
    server: OfficeServer
    card_ids: list[str]

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(now=START)


@pytest.fixture
def sqlite_office(tmp_path: Path) -> Iterator[RunningOffice]:
    office = open_office(tmp_path / "office.db")
    card_ids = seed_office(office, START)
    with OfficeServer(office) as server:
        yield RunningOffice(office, server, card_ids)
    office.close()


@pytest.fixture
def pg_office(pg_url: str) -> Iterator[RunningOffice]:
    office = open_office(pg_url)
    card_ids = seed_office(office, START)
    with OfficeServer(office) as server:
        yield RunningOffice(office, server, card_ids)
    office.close()
