"""CSV import and export, the program editor with its versions, NPS answers and survey codes, on a real till."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.csv_rows import ImportRefused
from app.domain.loyalty import Account, Coupon, TierLadder, presets
from app.domain.loyalty.errors import InvalidProgram
from app.domain.member_errors import AnswerRefused
from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.program_preview import PreviewCase
from app.domain.survey import InvalidSurveyCode, survey_code
from app.domain.tender import Payment, TenderKind
from app.services.manager import ManagerServices
from app.services.receipts import receipt_for
from app.store.models import MemberRow, NpsAnswerRow, ProductRow
from app.ui.formatting import ShopFormat
from app.ui.phrases import say
from app.ui.translations import Catalogue
from tests.helpers.manager import manager_services
from tests.helpers.shop import DemoShop, build_shop

PRODUCTS = (
    "sku,name,price,tax_rate,category,unit,barcodes\n"
    "MILK1,Milk 1L (new price),7.20,18,,pc,7290000000015\n"
    "TEA,Green tea,14.90,18,drinks,pc,7290000000046\n"
    "NUTS,Nuts by weight,79.90,18,,kg,\n"
)


def translated_everywhere(reason: Phrase) -> bool:
    """The editor's own refusals (a kind changed, a coupon code taken) are said in each of the till's languages."""
    english = str(reason)
    return all(
        say(reason, ShopFormat(language, "ILS", "UTC"), translate=Catalogue(language).translate) != english
        for language in ("he", "ka", "sq")
    )


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


@pytest.fixture
def manager(shop: DemoShop, tmp_path: Path) -> ManagerServices:
    return manager_services(shop.till, tmp_path / "cards")


def count(shop: DemoShop, model: type) -> int:
    with shop.till.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def sell(shop: DemoShop, card: str | None = None) -> str:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "9780000000002")
    if card:
        checkout.scan(sale, card)
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due))
    return checkout.complete(sale).record.id


def test_products_import_updates_known_skus_and_adds_new_ones(shop: DemoShop, manager: ManagerServices) -> None:
    seen: list[tuple[int, int]] = []
    result = manager.catalog_import.run(PRODUCTS, by=shop.manager_id, progress=lambda d, t: seen.append((d, t)))
    assert (result.rows, result.created, result.updated) == (3, 2, 1)
    assert seen[-1] == (6, 6) and all(d <= t for d, t in seen)
    with shop.till.uow() as uow:
        milk = uow.catalog.by_barcode("7290000000015")
        tea = uow.catalog.by_barcode("7290000000046")
        assert milk is not None and milk.name == "Milk 1L (new price)" and milk.price == Money(720, "ILS")
        assert tea is not None and tea.category == "drinks"
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    assert shop.till.checkout.scan(sale, "7290000000046").line is not None


def test_a_bad_products_file_is_refused_whole_with_line_numbers(shop: DemoShop, manager: ManagerServices) -> None:
    before = count(shop, ProductRow)
    bad = PRODUCTS + "JAM,Jam,abc,18,,pc,\nBUN,Bun,3,18,bakery,pc,\nPEN,Pen,3,18,,pc,7290000000022\n"
    with pytest.raises(ImportRefused) as refused:
        manager.catalog_import.run(bad, by=shop.manager_id)
    assert [(e.line, e.column) for e in refused.value.errors] == [(5, "price")]
    assert count(shop, ProductRow) == before
    # once each row reads well, the database is asked: an unknown category, a barcode of another product
    with pytest.raises(ImportRefused) as refused:
        manager.catalog_import.run(bad.replace("abc", "4.50"), by=shop.manager_id)
    assert [(e.line, e.column) for e in refused.value.errors] == [(6, "category"), (7, "barcodes")]
    assert count(shop, ProductRow) == before
    with shop.till.uow() as uow:
        milk = uow.catalog.by_barcode("7290000000015")
        assert milk is not None and milk.name == "Milk 1L"


def test_members_import_with_old_cards_opening_points_and_new_cards(shop: DemoShop, manager: ManagerServices) -> None:
    text = (
        "name,phone,email,birthday,consent,card,points\n"
        "Old Card Holder,050-1112222,,1970-01-01,yes,99887766,120\n"
        "New Member,,,,,,\n"
    )
    result = manager.member_import.run(text, by=shop.manager_id, family=presets.RED_CUBE, issue_cards=True)
    assert result.created == 2
    holder = manager.search("holder")[0]
    assert holder.cards[0].number == "99887766"
    with shop.till.uow() as uow:
        state = uow.ledger.projection(holder.cards[0].id)
    assert state.balance(Account.points("ILS"), shop.clock.now).available == 12000
    fresh = manager.search("new member")[0]
    assert fresh.cards[0].number == shop.till.context.numbering.number(3)
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    assert shop.till.checkout.scan(sale, "99887766").member is not None


def test_a_members_file_with_a_used_card_number_imports_nobody(shop: DemoShop, manager: ManagerServices) -> None:
    before = count(shop, MemberRow)
    text = f"name,card\nFirst,12345678\nSecond,{shop.card_number}\n"
    with pytest.raises(ImportRefused) as refused:
        manager.member_import.run(text, by=shop.manager_id, family=presets.RED_CUBE)
    assert [(e.line, e.column) for e in refused.value.errors] == [(3, "card")]
    assert count(shop, MemberRow) == before


def test_export_then_import_into_another_shop_gives_the_same_catalog(
    shop: DemoShop, manager: ManagerServices, tmp_path: Path
) -> None:
    exported = manager.export.products()
    other = build_shop(tmp_path / "other.db")
    try:
        with other.till.uow() as uow:
            before = {p.sku: p for p in (uow.catalog.by_sku(s) for s in ("MILK1", "BOOK", "CHEESE")) if p}
        result = manager_services(other.till, tmp_path / "c2").catalog_import.run(exported, by=other.manager_id)
        assert result.updated == 6 and result.created == 0
        with other.till.uow() as uow:
            after = {sku: uow.catalog.by_sku(sku) for sku in before}
        for sku, product in before.items():
            found = after[sku]
            assert found is not None
            assert (found.name, found.price, found.tax_rate_bp, found.unit, found.plu) == (
                product.name,
                product.price,
                product.tax_rate_bp,
                product.unit,
                product.plu,
            )
    finally:
        other.till.close()
    members = manager.export.members().splitlines()
    assert members[0] == "name,phone,email,birthday,consent,card,family,points"
    assert members[1].startswith("Noa Levi,+972500000000,,1990-05-17,no,0400000000015,red-cube")


def test_saving_a_program_makes_a_new_version_that_the_next_sale_records(
    shop: DemoShop, manager: ManagerServices
) -> None:
    ladder = next(v.program for v in manager.programs.programs() if isinstance(v.program, TierLadder))
    data = ladder.to_dict()
    data["tiers"][1]["percent_bp"] = 800
    preview = manager.programs.preview(data, PreviewCase(Money(25000, "ILS"), tier="Gold"))
    assert preview.discount == Money(2000, "ILS")
    saved = manager.programs.save(data, by=shop.manager_id)
    assert saved.version == 2 and [p.version for p in manager.programs.history(ladder.id)] == [1, 2]
    bonus = presets.red_cube_bonus("ILS").to_dict()
    bonus["earn_rate_bp"] = 2000
    manager.programs.save(bonus, by=shop.manager_id)
    sale_id = sell(shop, shop.card_number)
    with shop.till.uow() as uow:
        record = uow.sales.get(sale_id)
    assert record is not None and record.program_versions["red-cube-bonus-ils"] == 2
    with pytest.raises(InvalidProgram) as refused:
        manager.programs.save({**bonus, "earn_rate_bp": 20_000}, by=shop.manager_id)
    assert refused.value.params["field"] == "earn_rate_bp"
    with pytest.raises(InvalidProgram) as other_kind:
        manager.programs.save({**presets.discount_card_10().to_dict(), "id": ladder.id}, by=shop.manager_id)
    assert str(other_kind.value) == "Discount card: kind must stay tiers (save it under a new id)"
    assert translated_everywhere(other_kind.value.params["reason"])


def test_a_coupon_made_in_the_editor_gets_its_uses_and_works_at_the_till(
    shop: DemoShop, manager: ManagerServices
) -> None:
    template = next(p for p in manager.programs.templates() if isinstance(p, Coupon))
    manager.programs.save({**template.to_dict(), "code": "WELCOME5", "max_uses": 2}, by=shop.manager_id)
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    shop.till.checkout.scan(sale, "9780000000002")
    assert "WELCOME5" in str(shop.till.checkout.present_coupon(sale, "welcome5"))
    with pytest.raises(InvalidProgram) as taken:
        manager.programs.save({**template.to_dict(), "id": "other", "code": "WELCOME5"}, by=shop.manager_id)
    assert str(taken.value) == "Spring coupon: code WELCOME5 is used by Spring coupon"
    assert translated_everywhere(taken.value.params["reason"])


def test_nps_answers_for_a_sale_and_with_the_receipt_survey_code(shop: DemoShop, manager: ManagerServices) -> None:
    first, second = sell(shop), sell(shop)
    manager.nps.for_sale(first, 9, by=shop.cashier_id)
    with pytest.raises(AnswerRefused):
        manager.nps.for_sale(first, 3, by=shop.cashier_id)
    with pytest.raises(AnswerRefused):
        manager.nps.for_sale(second, 11, by=shop.cashier_id)
    receipt = receipt_for(shop.till.uow, shop.till.context, second)
    assert receipt.survey_code is not None and receipt.survey_code.startswith(receipt.number)
    with pytest.raises(InvalidSurveyCode):
        manager.nps.with_code(receipt.number + "-AAAA", 7, by=None)
    manager.nps.with_code(receipt.survey_code.lower(), 7, by=None)
    with pytest.raises(AnswerRefused):
        manager.nps.with_code(receipt.survey_code, 10, by=None)
    # a code from another till of the chain is kept as typed; the office ties it to the sale
    manager.nps.with_code(survey_code("S2-T7-000001", "another-sale"), 10, by=None)
    with shop.till.uow() as uow:
        rows = {row.score: row for row in uow.session.scalars(select(NpsAnswerRow))}
        assert (rows[9].sale_id, rows[9].channel) == (first, "till")
        assert (rows[7].sale_id, rows[7].survey_code) == (second, receipt.survey_code)
        assert rows[10].sale_id is None and rows[10].survey_code is not None
        assert len(uow.outbox.pending()) >= 3
