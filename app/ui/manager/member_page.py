"""One member's page: profile, cards and their status, balances and tier, the ledger explained, sales, and acts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.member_profile import InvalidMember
from app.domain.members import Card, CardStatus
from app.services.card_replace import ReplacedCard
from app.services.member_file import CardFile, MemberFile
from app.services.member_merge import Merged
from app.services.point_adjust import Adjusted
from app.ui.formatting import ShopFormat, ltr
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.member_dialogs import AdjustDialog, MergeDialog, ReasonDialog
from app.ui.manager.profile_form import ProfileForm
from app.ui.manager.tables import cell, table
from app.ui.manager.words import card_status, entry_kind
from app.ui.messages import describe
from app.ui.phrases import say
from app.ui.theme import show_message


class MemberPage(QWidget):
    """``back`` when the manager leaves the page; every act reloads the member's file afterwards."""

    back = Signal()

    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberPage")
        self._bridge = bridge
        self._fmt = fmt
        self.file: MemberFile | None = None
        self.sub: QDialog | None = None
        self.replaced: ReplacedCard | None = None
        self._prefer: str | None = None

        self.title = QLabel(self)
        self.title.setObjectName("memberTitle")
        self.title.setProperty("role", "title")
        self.since = QLabel(self)
        self.since.setProperty("role", "hint")
        self.profile = ProfileForm(self)
        self.save = self._button(self.tr("Save profile"), "saveProfile", self.save_profile, tone="go")

        self.cards = table(self, "memberCards", [self.tr("Card"), self.tr("Status"), self.tr("Points")], 0)
        self.cards.setMaximumHeight(150)
        # A lost card and its replacement are the usual pair: both rows stay in sight however short the screen.
        rows = 2 * self.cards.verticalHeader().defaultSectionSize()
        self.cards.setMinimumHeight(
            self.cards.horizontalHeader().sizeHint().height() + rows + 2 * self.cards.frameWidth() + 6
        )
        self.balance = QLabel(self)
        self.balance.setObjectName("memberBalance")
        self.balance.setProperty("role", "figure")
        self.balance.setWordWrap(True)
        self.tier = QLabel(self)
        self.tier.setObjectName("memberTier")
        self.tier.setWordWrap(True)
        self.tier_bar = QProgressBar(self)
        self.tier_bar.setTextVisible(False)
        self.tier_bar.setMaximumHeight(18)

        self.ledger = table(
            self,
            "memberLedger",
            [self.tr("When"), self.tr("What"), self.tr("Why"), self.tr("Points"), self.tr("Balance")],
            2,
        )
        self.sales = table(
            self, "memberSales", [self.tr("When"), self.tr("Receipt"), self.tr("Total"), self.tr("Discount")], 1
        )
        self.why = QLabel(self)
        self.why.setObjectName("memberWhy")
        self.why.setProperty("role", "hint")
        self.why.setWordWrap(True)
        ledger_tab = QWidget(self)
        ledger_layout = QVBoxLayout(ledger_tab)
        ledger_layout.setContentsMargins(0, 4, 0, 0)
        ledger_layout.addWidget(self.why)
        ledger_layout.addWidget(self.ledger, 1)
        self.history = QTabWidget(self)
        self.history.addTab(ledger_tab, self.tr("Points, line by line"))
        self.history.addTab(self.sales, self.tr("Sales"))

        self.message = QLabel(self)
        self.message.setObjectName("memberMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.acts = {
            "back": self._button(self.tr("Back (Esc)"), "memberBack", self.back.emit),
            "adjust": self._button(self.tr("Adjust points"), "adjustPoints", self.adjust_points),
            "block": self._button(self.tr("Block card"), "blockCard", self.toggle_block, tone="stop"),
            "replace": self._button(self.tr("Replace lost card"), "replaceCard", self.replace_card),
            "merge": self._button(self.tr("Merge with…"), "mergeMember", self.merge_member),
        }

        left = QVBoxLayout()
        left.addWidget(self.profile)
        left.addWidget(self.save)
        left.addWidget(self.cards)
        left.addWidget(self.balance)
        left.addWidget(self.tier)
        left.addWidget(self.tier_bar)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.history, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 40)
        middle.addLayout(right, 60)
        buttons = QGridLayout()
        for column, button in enumerate(self.acts.values()):
            buttons.addWidget(button, 0, column)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.since)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(heading)
        root.addWidget(self.message)
        root.addLayout(middle, 1)
        root.addLayout(buttons)
        self.cards.itemSelectionChanged.connect(self._on_cards_selection_changed)

    def _button(self, text: str, name: str, slot: Callable[[], None], *, tone: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if tone:
            button.setProperty("tone", tone)
        button.clicked.connect(slot)
        return button

    # -- loading ---------------------------------------------------------------------------------------------

    def open_member(self, member_id: str, notice: str = "") -> None:
        files = self._bridge.services.files
        self._bridge.run(lambda: files.load(member_id), lambda f: self.show_file(f, notice), self.show_problem)

    def reload(self, notice: str = "") -> None:
        if self.file is not None:
            self.open_member(self.file.member.id, notice)

    def show_file(self, file: MemberFile, notice: str = "") -> None:
        keep = self.selected_card() if self.file is not None and self.file.member.id == file.member.id else None
        self.file = file
        member = file.member
        self.title.setText(member.name)
        self.since.setText(self.tr("Member since {date}").format(date=self._fmt.date_time(file.created_at)[:-6]))
        self.profile.show_member(member)
        self.cards.setRowCount(len(file.cards))
        for row, card_file in enumerate(file.cards):
            card = card_file.card
            cell(self.cards, row, 0, ltr(card.number))
            cell(self.cards, row, 1, card_status(card.status.value))
            cell(self.cards, row, 2, self._fmt.points(card_file.points.available), number=True)
        ids = [c.card.id for c in file.cards]
        active = [c.card.id for c in file.cards if c.card.status is CardStatus.ACTIVE]
        wanted = keep.id if keep is not None and keep.id in ids else (active[0] if active else None)
        if self._prefer in ids:
            wanted, self._prefer = self._prefer, None
        select = ids.index(wanted) if wanted is not None else 0
        if file.cards:
            self.cards.selectRow(select)
        self._show_card(file.cards[select] if file.cards else None)
        self.sales.setRowCount(len(file.sales))
        for row, sale in enumerate(file.sales):
            cell(self.sales, row, 0, self._fmt.date_time(sale.completed_at))
            cell(self.sales, row, 1, ltr(sale.number))
            cell(self.sales, row, 2, self._fmt.amount(sale.total), number=True)
            cell(self.sales, row, 3, self._fmt.amount(sale.discount) if sale.discount.minor else "", number=True)
        self.show_notice(notice)

    def selected_card(self) -> Card | None:
        if self.file is None:
            return None
        row = self.cards.currentRow()
        return self.file.cards[row].card if 0 <= row < len(self.file.cards) else None

    def _on_cards_selection_changed(self) -> None:
        card = self.selected_card()
        if self.file is not None and card is not None:
            self._show_card(self.file.card(card.id))

    def _show_card(self, card_file: CardFile | None) -> None:
        for name in ("adjust", "block", "replace"):
            self.acts[name].setEnabled(card_file is not None)
        if card_file is None:
            self.balance.setText(self.tr("No card yet: issue one from the Issue card tab."))
            self.tier.setText("")
            self.tier_bar.hide()
            self.ledger.setRowCount(0)
            self.why.setText("")
            return
        card, points = card_file.card, card_file.points
        status = card.status
        blocked = status is CardStatus.BLOCKED
        self.acts["block"].setText(self.tr("Unblock card") if blocked else self.tr("Block card"))
        self.acts["block"].setEnabled(status is not CardStatus.REPLACED)
        self.acts["replace"].setEnabled(status is not CardStatus.REPLACED)
        self.acts["adjust"].setEnabled(status is CardStatus.ACTIVE)
        lines = [self.tr("Points: {points}").format(points=self._fmt.points(points.available))]
        if points.pending:
            lines.append(self.tr("pending {points}").format(points=self._fmt.points(points.pending)))
        if card_file.gift is not None:
            lines.append(self.tr("gift balance {amount}").format(amount=self._fmt.money(card_file.gift)))
        self.balance.setText(" · ".join(lines))
        tier = card_file.tiers[0] if card_file.tiers else None
        if tier is None:
            self.tier.setText("")
            self.tier_bar.hide()
        else:
            self.tier.setText(f"{say(tier.explanation, self._fmt)}\n{say(tier.progress, self._fmt)}")
            self.tier_bar.show()
            if tier.to_next is None or tier.next_tier is None:
                self.tier_bar.setRange(0, 1)
                self.tier_bar.setValue(1)
            else:
                self.tier_bar.setRange(0, max(1, tier.next_tier.threshold_minor))
                self.tier_bar.setValue(tier.next_tier.threshold_minor - tier.to_next.minor)
        self.why.setText(
            self.tr(
                "Why {total} points: the lines below add up to it (available {available}, pending {pending}, "
                "expired {expired})."
            ).format(
                total=self._fmt.points(points.total),
                available=self._fmt.points(points.available),
                pending=self._fmt.points(points.pending),
                expired=self._fmt.points(points.expired),
            )
        )
        entries = list(reversed(card_file.entries))
        self.ledger.setRowCount(len(entries))
        for row, view in enumerate(entries):
            line = view.line
            why = line.reason
            if view.sale_number:
                why = self.tr("receipt {number}").format(number=ltr(view.sale_number)) + (f" · {why}" if why else "")
            if view.by:
                why += (" · " if why else "") + self.tr("by {name}").format(name=view.by)
            cell(self.ledger, row, 0, self._fmt.date_time(line.at))
            cell(self.ledger, row, 1, entry_kind(line.kind.value))
            cell(self.ledger, row, 2, why)
            cell(self.ledger, row, 3, self._fmt.points(line.amount), number=True)
            cell(self.ledger, row, 4, self._fmt.points(line.running), number=True)

    # -- messages --------------------------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        self._message(text, "problem")

    def show_notice(self, text: str) -> None:
        self._message(text, "notice")

    def _message(self, text: str, tone: str) -> None:
        show_message(self.message, text, tone)

    # -- acts ------------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        self.sub = dialog

        def done(result: int) -> None:
            if self.sub is dialog:
                self.sub = None
            finished(result)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def save_profile(self) -> None:
        if self.file is None:
            return
        try:
            profile = self.profile.profile()
        except InvalidMember as error:
            self.show_problem(describe(error))
            return
        editor, member_id, by = self._bridge.services.editor, self.file.member.id, self._bridge.manager.id

        def saved(changed: list[str]) -> None:
            self.reload(self.tr("Profile saved.") if changed else self.tr("Nothing changed."))

        self._bridge.run(lambda: editor.edit(member_id, profile, by=by), saved, self.show_problem)

    def adjust_points(self) -> None:
        card = self.selected_card()
        if card is None or card.status is not CardStatus.ACTIVE:
            return
        dialog = AdjustDialog(self._bridge, card, self)

        def finished(result: int) -> None:
            adjusted: Adjusted | None = dialog.adjusted
            if result and adjusted is not None:
                self.reload(
                    self.tr("{amount} points adjusted, approved by {name}; balance {balance}.").format(
                        amount=self._fmt.points(adjusted.amount),
                        name=adjusted.approver.name,
                        balance=self._fmt.points(adjusted.balance),
                    )
                )

        self._open(dialog, finished)

    def toggle_block(self) -> None:
        card = self.selected_card()
        if card is None:
            return
        blocker, by = self._bridge.services.blocker, self._bridge.manager.id
        if card.status is CardStatus.BLOCKED:
            self._bridge.run(
                lambda: blocker.unblock(card.id, by=by),
                lambda _c: self.reload(self.tr("Card unblocked.")),
                self.show_problem,
            )
            return
        dialog = ReasonDialog(self.tr("Block card {card}").format(card=ltr(card.number)), self.tr("Why?"), self)

        def finished(result: int) -> None:
            if result:
                reason = dialog.reason
                self._bridge.run(
                    lambda: blocker.block(card.id, reason=reason, by=by),
                    lambda _c: self.reload(self.tr("Card blocked: it can neither earn nor spend.")),
                    self.show_problem,
                )

        self._open(dialog, finished)

    def replace_card(self) -> None:
        card = self.selected_card()
        if card is None:
            return
        dialog = ReasonDialog(
            self.tr("Replace card {card}").format(card=ltr(card.number)),
            self.tr("Why is it replaced (lost, stolen, damaged)? The balance moves to the new card."),
            self,
        )
        replacer, by = self._bridge.services.replacer, self._bridge.manager.id

        def finished(result: int) -> None:
            if not result:
                return
            reason = dialog.reason

            def replaced(done: ReplacedCard) -> None:
                self.replaced = done
                self._prefer = done.new.id
                self.reload(
                    self.tr("New card {new} issued with {points} points; card {old} can no longer be used.").format(
                        new=ltr(done.new.number), points=self._fmt.points(done.points_moved), old=ltr(done.old.number)
                    )
                )

            self._bridge.run(lambda: replacer.replace(card.number, reason=reason, by=by), replaced, self.show_problem)

        self._open(dialog, finished)

    def merge_member(self) -> None:
        file = self.file
        if file is None:
            return
        dialog = MergeDialog(self._bridge, file.member.name, file.member.id, self)
        merger, by = self._bridge.services.merger, self._bridge.manager.id

        def finished(result: int) -> None:
            other = dialog.other
            if not result or other is None:
                return

            def merged(done: Merged) -> None:
                self.reload(
                    self.tr("{name} merged here: {cards} card(s) moved.").format(
                        name=other.name, cards=done.cards_moved
                    )
                )

            self._bridge.run(lambda: merger.merge(file.member.id, other.member_id, by=by), merged, self.show_problem)

        self._open(dialog, finished)
