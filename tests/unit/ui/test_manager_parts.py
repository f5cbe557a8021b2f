"""Small parts of the manager screens: typed points, the audit details shown, the lazy member list."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.audit_trail import details_text
from app.store.repositories.member_search import CardBrief, MemberHit
from app.ui.manager.member_dialogs import parse_points
from app.ui.manager.member_list import PAGE, MemberHitModel


def hit(n: int) -> MemberHit:
    card = CardBrief(f"c{n}", f"04000000{n:05d}", "active", "member", "main")
    return MemberHit(f"m{n}", f"Member {n}", None, None, date(1990, 1, 1), False, (card,))


def test_points_are_typed_as_whole_or_hundredths_with_a_sign() -> None:
    assert parse_points("12") == 1200
    assert parse_points("-0.5") == -50
    assert parse_points("+3,25") == 325
    assert parse_points(" 1 000 ") == 100000
    for wrong in ("", "abc", "1.234", "--1", "1e3"):
        assert parse_points(wrong) is None


def test_audit_details_leave_out_personal_fields_and_empty_values() -> None:
    shown = details_text({"card": "•••• 0015", "phone": "050", "amount": 2500, "fields": ["name", "email"], "x": ""})
    assert shown == "card •••• 0015 · amount 2500 · fields name, email"
    assert details_text(None) == ""


def test_the_member_list_asks_for_more_rows_only_when_the_last_answer_was_full(qtbot: QtBot) -> None:
    model = MemberHitModel()
    asked: list[int] = []
    model.more_wanted = asked.append
    model.set_hits([hit(n) for n in range(PAGE)], limit=PAGE)
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert asked == [2 * PAGE]
    assert not model.canFetchMore()  # one request at a time
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_hits([hit(n) for n in range(PAGE + 7)], limit=2 * PAGE)
    assert inserted == [(PAGE, PAGE + 6)]  # the rows shown stay; the new ones are appended
    assert model.rowCount() == PAGE + 7 and not model.canFetchMore()
    model.set_hits([hit(99)], limit=PAGE)  # a different search replaces the list
    assert model.rowCount() == 1 and model.hit(0) == hit(99)
