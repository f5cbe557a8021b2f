"""The offline spend policy: how many points a till may let a card spend while the office has not confirmed it.

A card counts as confirmed while the till's last complete pull from the office (or the card's own
``card_state.confirmed_at``) is within the window. Past it, what this till lets the card spend is capped per
card, and what it lets unconfirmed cards spend is capped per local day. Two tills that both
let a card spend offline can overdraw it by at most the cap each; the office reports what it finds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select

from app.domain.loyalty import POINT_SCALE, Account, EntryKind
from app.store.base import table_of
from app.store.models import CardStateRow, LedgerEntryRow, SettingRow, TillLinkRow
from app.store.plain_sql import fetch_one, placeholder, result_processors
from app.store.uow import UnitOfWorkFactory

SETTING = "sync.offline_spend"
SPENDING = (EntryKind.REDEEM.value, EntryKind.ADJUST.value)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SpendRules:
    """``card_cap`` and ``till_daily_budget`` are in the account's unit (hundredths of a point for points)."""

    window: timedelta = timedelta(hours=24)
    card_cap: int = 100 * POINT_SCALE
    till_daily_budget: int = 1000 * POINT_SCALE

    @classmethod
    def from_setting(cls, value: Mapping[str, Any] | None) -> SpendRules:
        defaults = cls()
        if not value:
            return defaults
        return cls(
            window=timedelta(minutes=int(value.get("window_minutes", defaults.window.total_seconds() // 60))),
            card_cap=int(value.get("card_cap", defaults.card_cap)),
            till_daily_budget=int(value.get("till_daily_budget", defaults.till_daily_budget)),
        )


class OfflineSpendPolicy:
    """Asked by checkout before a card spends points: ``limit`` is the extra ceiling, or None for no ceiling."""

    def __init__(self, uow: UnitOfWorkFactory, *, till_id: str, currency: str, timezone: str) -> None:
        self._uow = uow
        self._till_id = till_id
        self._account = str(Account.points(currency))
        self._zone = ZoneInfo(timezone)

    def limit(self, card_id: str, now: datetime, account: str | None = None) -> int | None:
        """How much more the card may spend here now (never below zero); None while it is confirmed."""
        with self._uow() as work:
            return self.limit_in(work.session.connection(), card_id, now, account or self._account)

    def limit_in(self, connection: Connection, card_id: str, now: datetime, account: str) -> int | None:
        facts = self._facts(connection, card_id)
        if facts is None:
            # A till that belongs to no chain keeps the only ledger there is: nothing is unconfirmed.
            return None
        link_confirmed, card_confirmed, setting = facts
        rules = SpendRules.from_setting(setting)
        stamps = [t for t in (link_confirmed, card_confirmed) if t]
        confirmed = max(stamps) if stamps else None
        if confirmed is not None and now - confirmed <= rules.window:
            return None
        # Spending counts from the moment the card stopped being confirmed (spends before were checked
        # against a confirmed balance).
        unconfirmed_since = confirmed + rules.window if confirmed is not None else EPOCH
        card_spent = self._spent(connection, account, unconfirmed_since, card_id)
        day_start = datetime.combine(now.astimezone(self._zone).date(), time(), self._zone).astimezone(UTC)
        till_unconfirmed = link_confirmed + rules.window if link_confirmed else EPOCH
        till_spent = self._spent(connection, account, max(day_start, till_unconfirmed))
        return max(0, min(rules.card_cap - card_spent, rules.till_daily_budget - till_spent))

    def _facts(self, connection: Connection, card_id: str) -> tuple[datetime | None, datetime | None, Any] | None:
        """(the till's last confirmation, the card's, the policy setting), or None for a till of no chain.

        One plain query: it runs on every card scan and every sale with a card.
        """
        mark = placeholder(connection.dialect)
        row = fetch_one(
            connection,
            f"SELECT l.confirmed_at, (SELECT s.confirmed_at FROM card_state s WHERE s.card_id = {mark}),"
            f" (SELECT v.value FROM setting v WHERE v.key = {mark}) FROM sync_link l WHERE l.till_id = {mark}",
            (card_id, SETTING, self._till_id),
        )
        if row is None:
            return None
        dialect = connection.dialect
        (link_time,) = result_processors(dialect, table_of(TillLinkRow), ("confirmed_at",))
        (card_time,) = result_processors(dialect, table_of(CardStateRow), ("confirmed_at",))
        (value,) = result_processors(dialect, table_of(SettingRow), ("value",))

        def convert(process: Any, raw: Any) -> Any:
            return raw if process is None or raw is None else process(raw)

        return convert(link_time, row[0]), convert(card_time, row[1]), convert(value, row[2])

    def _spent(self, connection: Connection, account: str, since: datetime, card_id: str | None = None) -> int:
        query = select(func.coalesce(func.sum(LedgerEntryRow.amount), 0)).where(
            LedgerEntryRow.till_id == self._till_id,
            LedgerEntryRow.account == account,
            LedgerEntryRow.kind.in_(SPENDING),
            LedgerEntryRow.amount < 0,
            LedgerEntryRow.created_at > since,
        )
        if card_id is not None:
            query = query.where(LedgerEntryRow.card_id == card_id)
        return -int(connection.scalar(query) or 0)
