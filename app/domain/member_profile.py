"""A member's profile as a manager types it: checked field by field, with the field named when it is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError
from app.domain.phrase import Phrase, phrase

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{4,32}$")


# The fields of a profile as the person at the screen calls them (the keys are the CSV columns too).
FIELD_WORDS: dict[str, Phrase] = {
    "name": phrase("Fields", "name"),
    "phone": phrase("Fields", "phone"),
    "email": phrase("Fields", "e-mail"),
    "birthday": phrase("Fields", "birthday"),
}


def longer_than(longest: int) -> Phrase:
    """The reason for a text over its limit, shared by the profile and the CSV rows so it is translated once."""
    return phrase("Errors", "is longer than {longest} characters", longest=longest)


def implausible_birthday() -> Phrase:
    """The reason for a birthday outside 1900-2100, shared by the profile and the CSV rows."""
    return phrase("Errors", "is not a plausible date of birth")


class InvalidMember(DomainError):
    """A profile field the manager must correct. ``field`` is its key ("phone"), ``reason`` a phrase that
    follows the field's name ("must be given"): the screen says both in its language, logs read English.
    The reason never repeats the value typed, which is personal data."""

    def __init__(self, field: str, reason: Phrase) -> None:
        super().__init__(
            phrase("Errors", "{field} {reason}", field=FIELD_WORDS.get(field, field), reason=reason),
            field=field,
            reason=reason,
        )


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
            raise InvalidMember("name", phrase("Errors", "must be given"))
        if len(name) > 200:
            raise InvalidMember("name", longer_than(200))
        object.__setattr__(self, "name", name)
        phone = (self.phone or "").strip() or None
        if phone is not None and not PHONE.match(phone):
            raise InvalidMember(
                "phone", phrase("Errors", "must be digits, spaces or dashes, with an optional + in front")
            )
        object.__setattr__(self, "phone", phone)
        email = (self.email or "").strip() or None
        if email is not None and (len(email) > 200 or not EMAIL.match(email)):
            raise InvalidMember("email", phrase("Errors", "is not a valid address"))
        object.__setattr__(self, "email", email)
        if self.birthday is not None and not 1900 <= self.birthday.year <= 2100:
            raise InvalidMember("birthday", implausible_birthday())

    def __repr__(self) -> str:
        return "MemberProfile(...)"

    def changes_from(self, other: MemberProfile) -> dict[str, object]:
        """The fields whose value differs from ``other`` (what an edit changes)."""
        fields = ("name", "phone", "email", "birthday", "consent")
        return {name: getattr(self, name) for name in fields if getattr(self, name) != getattr(other, name)}
