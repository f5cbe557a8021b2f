"""The KPI report: the headline figures for the last twelve months and a month-by-month series, as data or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from app.domain.kpis import NO_TIER, KpiFigures, Kpis, MonthFigures, compute, percent_text, tier_distribution
from app.domain.loyalty import BonusProgram, Program, SpendBasis, TierLadder, points_worth
from app.domain.loyalty.calendar import month_index, month_start
from app.domain.loyalty.explain import minor_text, points
from app.domain.money import Money
from app.services.context import Clock, TillContext
from app.store.repositories.kpis import KpiRepository
from app.store.uow import UnitOfWorkFactory

MONTHS = 12


@dataclass(frozen=True, slots=True)
class KpiReportData:
    """Headline KPIs over [start, end) and one ``MonthFigures`` per month (oldest first), for one scope."""

    scope: str
    currency: str
    start: datetime
    end: datetime
    kpis: Kpis
    months: tuple[MonthFigures, ...]


def month_starts(now: datetime, timezone: str, count: int) -> list[datetime]:
    """The first instants (UTC) of the last ``count`` months in the shop's zone, and of the month after them."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    index = local.year * 12 + local.month - 1 - (count - 1)
    return [datetime(i // 12, i % 12 + 1, 1, tzinfo=zone).astimezone(UTC) for i in range(index, index + count + 1)]


def year_before(moment: datetime, timezone: str, years: int = 1) -> datetime:
    local = moment.astimezone(ZoneInfo(timezone))
    day = min(local.day, 28) if (local.month, local.day) == (2, 29) else local.day
    return local.replace(year=local.year - years, day=day).astimezone(UTC)


def build_report(
    repo: KpiRepository,
    *,
    currency: str,
    timezone: str,
    programs: Sequence[Program],
    store_id: str | None,
    now: datetime,
    scope: str,
    months: int = MONTHS,
) -> KpiReportData:
    """Gather the figures from ``repo`` and compute every KPI (the same code at a till and at the office)."""
    end = now
    start = year_before(end, timezone)
    earlier = year_before(end, timezone, 2)
    receipts = repo.receipts(start, end, store_id)
    active, purchases = repo.active(start, end, store_id)
    before, kept = repo.retained((earlier, start), (start, end), store_id)
    accrued, redeemed = repo.points(currency, start, end, store_id)
    live = sorted((p for p in programs if p.is_live(now)), key=lambda p: p.id)
    bonus = next((p for p in live if isinstance(p, BonusProgram) and p.currency == currency), None)
    tiers: dict[str, dict[str, int]] = {}
    for ladder in (p for p in live if isinstance(p, TierLadder) and p.currency == currency):
        since = None
        if ladder.basis is SpendBasis.ROLLING:
            first = month_start(month_index(now) - ladder.window_months + 1)
            since = datetime(first.year, first.month, 1, tzinfo=UTC)
        spends, cards = repo.spends(ladder.family, currency, since)
        thresholds = [(t.name, t.threshold_minor) for t in ladder.tiers]
        tiers[ladder.name] = _distribution(spends, cards, thresholds)
    figures = KpiFigures(
        currency=currency,
        scores=repo.scores(start, end, store_id),
        purchases_per_member=tuple(repo.purchases_per_member(start, end, store_id)),
        member_receipts=receipts.member_count,
        member_sales_total=receipts.member_total,
        other_receipts=receipts.other_count,
        other_sales_total=receipts.other_total,
        members=repo.members(store_id),
        active_members=active,
        active_year_before=before,
        still_active=kept,
        member_purchases_year=purchases,
        points_accrued=accrued,
        points_redeemed=redeemed,
        outstanding_points=repo.outstanding_points(currency, now),
        point_value=points_worth(bonus, 100) if bonus is not None else None,
        tiers=tiers,
    )
    bounds = month_starts(now, timezone, months)
    series = []
    zone = ZoneInfo(timezone)
    for first, after in pairwise(bounds):
        month_receipts = repo.receipts(first, after, store_id)
        month_accrued, month_redeemed = repo.points(currency, first, after, store_id)
        series.append(
            MonthFigures(
                month=f"{first.astimezone(zone):%Y-%m}",
                currency=currency,
                member_receipts=month_receipts.member_count,
                member_sales_total=month_receipts.member_total,
                other_receipts=month_receipts.other_count,
                other_sales_total=month_receipts.other_total,
                points_accrued=month_accrued,
                points_redeemed=month_redeemed,
                scores=repo.scores(first, after, store_id),
                new_members=repo.new_members(first, after, store_id),
            )
        )
    return KpiReportData(scope, currency, start, end, compute(figures), tuple(series))


def _distribution(spends: list[int], cards: int, thresholds: list[tuple[str, int]]) -> dict[str, int]:
    """Cards with no qualifying spend at all have no ledger rows; they stand below the first tier."""
    counts = tier_distribution(spends, thresholds)
    counts[NO_TIER] += max(0, cards - len(spends))
    return counts


def _money(value: Money | None) -> str:
    return "" if value is None else minor_text(value.minor, value.currency)


def report_csv(report: KpiReportData) -> str:
    """The report as CSV: one row per month, then the headline KPIs as name/value rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "month",
            "member_receipts",
            "other_receipts",
            "participation",
            "average_member_receipt",
            "average_other_receipt",
            "points_accrued",
            "points_redeemed",
            "redemption_rate",
            "nps_answers",
            "nps",
            "new_members",
        ]
    )
    for month in report.months:
        writer.writerow(
            [
                month.month,
                month.member_receipts,
                month.other_receipts,
                percent_text(month.participation),
                _money(month.average_member_receipt),
                _money(month.average_other_receipt),
                points(month.points_accrued),
                points(month.points_redeemed),
                percent_text(month.redemption_rate),
                month.scores.answers,
                "" if month.scores.score is None else percent_text(month.scores.score / 100).rstrip("%"),
                month.new_members,
            ]
        )
    kpis = report.kpis
    writer.writerow([])
    writer.writerow(["kpi", "value"])
    rows: list[tuple[str, str]] = [
        ("scope", report.scope),
        ("from", report.start.isoformat()),
        ("to", report.end.isoformat()),
        ("nps", "" if kpis.nps.score is None else percent_text(kpis.nps.score / 100).rstrip("%")),
        ("nps_answers", str(kpis.nps.answers)),
        ("repeat_purchase_rate", percent_text(kpis.repeat_rate)),
        ("active_members", percent_text(kpis.active_share)),
        ("participation", percent_text(kpis.participation)),
        ("redemption_rate", percent_text(kpis.redemption_rate)),
        ("redemption_alert", "yes" if kpis.redemption_alert else "no"),
        ("average_member_receipt", _money(kpis.average_member_receipt)),
        ("average_other_receipt", _money(kpis.average_other_receipt)),
        ("customer_lifetime_value", _money(kpis.lifetime_value)),
        ("churn", percent_text(kpis.churn)),
        ("outstanding_points", points(kpis.outstanding_points)),
        ("points_liability", _money(kpis.points_liability)),
    ]
    for ladder, counts in sorted(kpis.tiers.items()):
        rows += [(f"tier:{ladder}:{name or 'none'}", str(count)) for name, count in counts.items()]
    writer.writerows(rows)
    return out.getvalue()


class KpiReport:
    """The till's KPIs for its own store."""

    def __init__(
        self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, programs: Callable[[], Sequence[Program]]
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._programs = programs

    def build(self, months: int = MONTHS) -> KpiReportData:
        with self._uow() as uow:
            return build_report(
                uow.kpis,
                currency=self._context.currency,
                timezone=self._context.timezone,
                programs=self._programs(),
                store_id=self._context.store_id,
                now=self._clock(),
                scope=self._context.store_code,
                months=months,
            )
