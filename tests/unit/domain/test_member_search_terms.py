"""Names fold for search (case, accents, Hebrew points); phones are kept so that their end is searchable."""

from __future__ import annotations

import pytest

from app.domain.member_profile import InvalidMember, MemberProfile
from app.domain.search_terms import fold, name_words, phone_key, phone_query


def test_name_words_are_folded_and_split_on_anything_but_letters_and_digits() -> None:
    assert name_words("  Noa  LEVI-Cohen, Zoë ") == ["noa", "levi", "cohen", "zoe"]
    assert name_words("שָׁלוֹם כהן") == ["שלום", "כהן"]
    assert name_words("Anna anna") == ["anna"]
    assert fold("ÉCOLE") == "ecole"


def test_a_phone_typed_in_local_form_finds_the_one_stored_in_international_form() -> None:
    stored = phone_key("+972 50-123 4567")
    assert stored is not None
    assert stored.startswith(phone_query("050-1234567"))
    assert stored.startswith(phone_query("4567"))
    assert phone_key(None) is None and phone_key("  ") is None


def test_a_member_profile_is_tidied_and_checked_field_by_field() -> None:
    profile = MemberProfile("  Noa   Levi ", " 050-1234567 ", "", None, True)
    assert (profile.name, profile.phone, profile.email) == ("Noa Levi", "050-1234567", None)
    assert "050" not in repr(profile)
    for kwargs, field in (
        ({"name": " "}, "name"),
        ({"name": "A", "phone": "call me"}, "phone"),
        ({"name": "A", "email": "a@b"}, "email"),
    ):
        with pytest.raises(InvalidMember) as refused:
            MemberProfile(**kwargs)  # type: ignore[arg-type]
        assert refused.value.params["field"] == field
    assert MemberProfile("A", "1234").changes_from(MemberProfile("A", "5678")) == {"phone": "1234"}
