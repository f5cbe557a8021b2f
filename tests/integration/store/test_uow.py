"""The unit of work makes its repositories on first use, each on the unit's own session."""

from __future__ import annotations

from pathlib import Path

from app.store.db import open_engine, session_factory
from app.store.migrate import upgrade
from app.store.uow import UnitOfWorkFactory


def test_a_unit_entered_again_works_on_its_new_session(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "uow.db")
    upgrade(engine)
    factory = UnitOfWorkFactory(session_factory(engine))
    unit = factory(write=True)
    with unit:
        first = unit.settings
        assert unit.settings is first
    with unit:
        assert unit.settings is not first
        unit.settings.set("till.note", {"kept": True})
        unit.commit()
    with factory() as work:
        assert work.settings.get("till.note") == {"kept": True}
    engine.dispose()
