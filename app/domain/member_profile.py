"""A member's profile as a manager types it: checked field by field, with the field named when it is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{4,32}$")


class InvalidMember(DomainError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field} {reason}", field=field, reason=reason)


@dataclass(frozen=True, slots=True)
class MemberProfile:
    """Name, phone, e-mail, birthday and consent to messages. Personal data: never logged."""

    name: str
    phone: str | None = None
    email: str | None = None
    birthday: date | None = None
    consent: bool = False

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise InvalidMember("name", "must be given")
        if len(name) > 200:
            raise InvalidMember("name", "is longer than 200 characters")
        object.__setattr__(self, "name", name)
        phone = (self.phone or "").strip() or None
        if phone is not None and not PHONE.match(phone):
            raise InvalidMember("phone", "must be digits, spaces or dashes, with an optional + in front")
        object.__setattr__(self, "phone", phone)
        email = (self.email or "").strip() or None
        if email is not None and (len(email) > 200 or not EMAIL.match(email)):
            raise InvalidMember("email", "is not an e-mail address")
        object.__setattr__(self, "email", email)
        if self.birthday is not None and not 1900 <= self.birthday.year <= 2100:
            raise InvalidMember("birthday", "is not a plausible date of birth")

    def __repr__(self) -> str:
        return "MemberProfile(...)"

    def changes_from(self, other: MemberProfile) -> dict[str, object]:
        """The fields whose value differs from ``other`` (what an edit changes)."""
        fields = ("name", "phone", "email", "birthday", "consent")
        return {name: getattr(self, name) for name in fields if getattr(self, name) != getattr(other, name)}
