"""The manager's services on a test shop, with the card folder in the test's temporary directory."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import Till
from app.services.manager import ManagerServices


def manager_services(till: Till, folder: Path, encoder: str | None = None) -> ManagerServices:
    return ManagerServices.build(
        till.uow, till.context, till.clock, till.hlc, till.auth, till.loyalty, card_folder=folder, encoder=encoder
    )
