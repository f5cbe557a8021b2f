"""The manager's data screens at the real till: CSV import refused whole with the line named, then accepted;
export; a program edited with its mistakes named, previewed and saved as a new version; the KPIs; the NPS question."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.domain.loyalty import presets
from app.store.models import NpsAnswerRow, ProductRow
from app.sync.keys import new_private_key, public_key
from app.sync.link import save_link
from app.ui.dialogs.nps import NpsDialog
from app.ui.dialogs.payment import PaymentDialog
from app.ui.window import TillWindow
from app.ui.wiring import TillDeps
from tests.gui.driver import TillDriver, open_window, typed_deps
from tests.gui.manager_driver import idle, open_tools
from tests.helpers.shop import DemoShop, build_shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


def products(shop: DemoShop) -> int:
    with shop.till.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ProductRow)) or 0)


def test_a_bad_csv_row_is_named_by_its_line_and_nothing_is_imported(
    till: TillDriver, shop: DemoShop, tmp_path: Path
) -> None:
    before = products(shop)
    bad = tmp_path / "products.csv"
    bad.write_text(
        "sku,name,price,tax_rate\nTEA1,Green tea,9.90,18\nTEA2,Black tea,nine,18\nTEA3,White tea,12.00,18\n",
        encoding="utf-8",
    )
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.transfer)
    transfer = tools.transfer
    transfer.path.setText(str(bad))
    transfer.import_button.click()
    till.wait(lambda: transfer.errors != ())
    assert "Nothing was imported: 1 bad row(s) of 3" in transfer.message.text()
    assert transfer.problems.count() == 1 and transfer.problems.item(0).text().startswith("Line 3: price")
    assert products(shop) == before

    bad.write_text(bad.read_text(encoding="utf-8").replace("nine", "9.00"), encoding="utf-8")
    transfer.import_button.click()
    till.wait(lambda: transfer.result is not None)
    assert "3 rows imported: 3 new" in transfer.message.text()
    assert transfer.progress.value() == transfer.progress.maximum()
    assert products(shop) == before + 3

    out = tmp_path / "members.csv"
    transfer.kind.setCurrentIndex(1)
    transfer.path.setText(str(out))
    transfer.export_button.click()
    till.wait(lambda: transfer.exported == out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("name,phone") and any(line.startswith("Noa Levi,") for line in lines)


def test_a_program_edit_is_checked_previewed_and_saved_as_a_new_version(till: TillDriver, shop: DemoShop) -> None:
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.programs)
    programs = tools.programs
    till.wait(lambda: programs.list.count() > 0 and programs.preview_result is not None)
    row = next(r for r, v in enumerate(programs.versions) if v.program.KIND == "bonus")
    programs.list.setCurrentRow(row)
    form = programs.editor
    assert form.kind.text() == "Kind: bonus" and "earn_rate_bp" in form.fields

    form.set_value("earn_rate_bp", "-5")
    programs.check_now()
    assert "earn_rate_bp" in programs.check.text() and not programs.save.isEnabled()
    assert programs.preview.text() == "The example shows once the program can work."  # not the last good one
    assert programs.preview_result is None
    form.set_value("earn_rate_bp", "1200")
    nested = form.nested.toPlainText()
    form.nested.setPlainText(nested.replace("{", "{,", 1))
    programs.check_now()
    assert programs.check.text().startswith("Lists and scopes, line 1") and not programs.save.isEnabled()
    form.nested.setPlainText(nested)

    programs.basket.setText("250.00")
    idle(till, tools)
    programs.preview_result = None
    programs.check_now()
    assert programs.save.isEnabled()
    till.wait(lambda: programs.preview_result is not None)
    assert "A ₪250.00 basket for a member with no tier gives" in programs.preview.text()
    assert "30 points earned" in programs.preview.text()  # 12% of 250.00
    program_id, version = programs.versions[row].program.id, programs.versions[row].versions
    till.key(Qt.Key.Key_F12, tools)
    till.wait(lambda: "saved as version" in programs.check.text())
    idle(till, tools)
    assert f"saved as version {version + 1}" in programs.check.text()
    saved = next(v for v in programs.versions if v.program.id == program_id)
    assert saved.versions == version + 1 and saved.program.to_dict()["earn_rate_bp"] == 1200
    with shop.till.uow() as uow:
        assert [p.version for p in uow.programs.history(program_id)][-1] == version + 1


def test_the_kpi_screen_shows_the_figures_and_exports_csv(till: TillDriver, shop: DemoShop, tmp_path: Path) -> None:
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.kpis)
    kpis = tools.kpis
    till.wait(lambda: kpis.report is not None)
    assert kpis.trend.chart().series() and len(kpis.report.months) == 12  # type: ignore[union-attr]
    assert kpis.figures["nps"].text().endswith("(0 answers)")
    kpis.export_to(tmp_path / "kpis.csv")
    till.wait((tmp_path / "kpis.csv").exists)
    idle(till, tools)
    assert "redemption_rate" in (tmp_path / "kpis.csv").read_text(encoding="utf-8")


def test_after_a_member_sale_the_cashier_records_the_customers_score_by_key(
    qtbot: QtBot, shop: DemoShop, tmp_path: Path, window: TillWindow
) -> None:
    window.close()
    deps: TillDeps = typed_deps(shop.till, ask_nps=True)
    asking = open_window(qtbot, deps)
    till = TillDriver(qtbot, asking)
    till.start_selling()
    till.scan("7290000000015")
    till.scan(shop.card_number)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_Return, payment.amount)
    nps = till.dialog(NpsDialog)
    till.enter("11", nps.field)
    assert "0 to 10" in nps.message.text()
    nps.field.clear()
    till.enter("9", nps.field)
    till.no_dialog()
    assert nps.answer == 9
    with shop.till.uow() as uow:
        [answer] = uow.session.scalars(select(NpsAnswerRow)).all()
        assert answer.score == 9 and answer.channel == "till" and answer.sale_id is not None

    till.scan("7290000000015")
    till.scan(shop.card_number)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_Return, payment.amount)
    skipped = till.dialog(NpsDialog)
    till.key(Qt.Key.Key_Escape, skipped.field)
    till.no_dialog()
    with shop.till.uow() as uow:
        assert len(uow.session.scalars(select(NpsAnswerRow)).all()) == 1
    asking.close()


def test_a_till_that_may_not_publish_says_so_above_its_programs(till: TillDriver, shop: DemoShop) -> None:
    key = new_private_key()
    save_link(
        shop.till.uow,
        office_url=None,
        token=None,
        private_key=key,
        office_public_key=public_key(new_private_key()),
        now=shop.till.clock(),
        publish_programs=False,
    )
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.programs)
    programs = tools.programs
    till.wait(lambda: programs.list.count() > 0)
    idle(till, tools)
    assert programs.kept.isVisible()
    assert "programs saved here work on this till only" in programs.kept.text()
    if shots := os.environ.get("KUPA_SHOTS"):
        tools.grab().save(str(Path(shots) / "manager-programs-kept.png"))


def test_a_till_with_no_office_shows_no_such_note(till: TillDriver, shop: DemoShop) -> None:
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.programs)
    till.wait(lambda: tools.programs.list.count() > 0)
    idle(till, tools)
    assert not tools.programs.kept.isVisible()
