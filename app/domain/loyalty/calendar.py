"""Calendar arithmetic for loyalty rules: aware datetimes, whole months, month buckets, shop-local time."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def require_aware(moment: datetime, what: str = "time") -> datetime:
    """Return ``moment`` if it carries a timezone; the domain never guesses one.

    Raises:
        ValueError: a naive datetime was passed.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")
    return moment


def add_months(moment: datetime, months: int) -> datetime:
    """The same wall time ``months`` calendar months later, on the last day of a shorter month if needed."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month0 = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month0 + 1)[1])
    return moment.replace(year=year, month=month0 + 1, day=day)


def add_days(moment: datetime, days: int) -> datetime:
    return moment + timedelta(days=days)


def month_index(moment: datetime) -> int:
    """Months since year 0 of the UTC month the moment falls in (spend is bucketed by UTC month)."""
    utc = moment.astimezone(UTC)
    return utc.year * 12 + utc.month - 1


def month_key(index: int) -> str:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


def month_from_key(key: str) -> int:
    year, month = key.split("-")
    return int(year) * 12 + int(month) - 1


def month_start(index: int) -> date:
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, 1)


@cache
def zone(name: str) -> tzinfo:
    """The IANA timezone a program's wall-clock rules (hours, weekdays, birthdays) are read in.

    Raises:
        ValueError: the name is not a known timezone.
    """
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown timezone {name!r}") from error


def local(moment: datetime, timezone: str) -> datetime:
    return require_aware(moment).astimezone(zone(timezone))


def local_midnight(day: date, timezone: str) -> datetime:
    """The UTC instant at which ``day`` starts in the shop's timezone."""
    return datetime(day.year, day.month, day.day, tzinfo=zone(timezone)).astimezone(UTC)


def birthday_in(year: int, birthday: date) -> date:
    """The birthday's date in ``year`` (29 February is kept on 28 February in other years)."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birthday.replace(year=year)


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else require_aware(moment).astimezone(UTC).isoformat()


def parse_iso(text: str | None) -> datetime | None:
    if text is None:
        return None
    return require_aware(datetime.fromisoformat(text)).astimezone(UTC)


def parse_required(text: str) -> datetime:
    return require_aware(datetime.fromisoformat(text)).astimezone(UTC)
