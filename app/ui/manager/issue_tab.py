"""The Issue card tab: a new number for a new or existing member, the welcome bonus, the printed card shown,
and the magstripe written when the till has an encoder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.member_profile import InvalidMember
from app.services.card_issue import IssuedCard
from app.services.card_output import PrintedCard
from app.store.repositories.member_search import MemberHit
from app.ui.formatting import ShopFormat, ltr
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.member_list import MemberPicker
from app.ui.manager.profile_form import ProfileForm
from app.ui.messages import describe
from app.ui.theme import roomy_labels, show_message
from hardware.errors import HardwareError

PREVIEW_WIDTH = 520


class IssueTab(QWidget):
    """``issued`` and ``printed`` hold the last card made here."""

    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueTab")
        self._bridge = bridge
        self._fmt = fmt
        self.issued: IssuedCard | None = None
        self.printed: PrintedCard | None = None
        self.existing: MemberHit | None = None
        self._busy = False

        title = QLabel(self.tr("Issue a card"), self)
        title.setProperty("role", "title")
        self.new_member = QRadioButton(self.tr("New member"), self)
        self.new_member.setObjectName("issueNewMember")
        self.old_member = QRadioButton(self.tr("Existing member"), self)
        self.old_member.setObjectName("issueExistingMember")
        self.new_member.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_member)
        group.addButton(self.old_member)
        who = QHBoxLayout()
        who.addWidget(self.new_member)
        who.addWidget(self.old_member)
        who.addStretch(1)
        self.profile = ProfileForm(self)
        self.picker = MemberPicker(bridge, self)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.who_stack = QStackedWidget(self)
        self.who_stack.addWidget(self.profile)
        self.who_stack.addWidget(self.picker)
        self.new_member.toggled.connect(self._on_new_member_toggled)

        self.family = QComboBox(self)
        self.family.setObjectName("issueFamily")
        self.number = QLineEdit(self)
        self.number.setObjectName("issueNumber")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.tr("Card programme"), self.family)
        form.addRow(self.tr("Card number"), self.number)
        # Under the field, not inside it: in Georgian or Albanian the sentence is wider than the field and a
        # placeholder would be cut short.
        number_hint = QLabel(self.tr("Empty: the next number; or scan a pre-printed card"), self)
        number_hint.setObjectName("issueNumberHint")
        number_hint.setProperty("role", "hint")
        number_hint.setWordWrap(True)
        form.addRow("", number_hint)
        roomy_labels(form)

        self.issue = QPushButton(self.tr("Issue and print (F12)"), self)
        self.issue.setObjectName("issueButton")
        self.issue.setProperty("tone", "go")
        self.issue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.issue.clicked.connect(self.issue_card)
        self.encode = QPushButton(self.tr("Write the magstripe"), self)
        self.encode.setObjectName("encodeButton")
        self.encode.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.encode.setEnabled(False)
        self.encode.clicked.connect(self.encode_card)
        self.message = QLabel(self)
        self.message.setObjectName("issueMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.preview = QLabel(self)
        self.preview.setObjectName("cardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, 330)
        self.preview.setText(self.tr("The printed card appears here."))
        self.preview.setProperty("role", "hint")
        self.result = QLabel(self)
        self.result.setObjectName("issueResult")
        self.result.setProperty("role", "figure")
        self.result.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(who)
        left.addWidget(self.who_stack, 1)
        left.addLayout(form)
        buttons = QHBoxLayout()
        # The main act takes what room is left; writing the magstripe keeps the width of its words.
        buttons.addWidget(self.issue, 1)
        buttons.addWidget(self.encode, 0)
        left.addLayout(buttons)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.result)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(left, 55)
        root.addLayout(right, 45)

    def load(self) -> None:
        """Fill the programme list (the families of the shop's programs)."""
        services = self._bridge.services

        def show(families: list[str]) -> None:
            current = self.family.currentText()
            self.family.clear()
            self.family.addItems(families)
            if current in families:
                self.family.setCurrentText(current)

        self._bridge.run(services.families, show, self._problem)

    def _on_new_member_toggled(self, new: bool) -> None:
        self.who_stack.setCurrentWidget(self.profile if new else self.picker)
        (self.profile.name if new else self.picker.field).setFocus()

    def _on_picker_chosen(self, hit: MemberHit) -> None:
        self.existing = hit
        self._notice(self.tr("The card goes to {name}.").format(name=hit.name))

    def _problem(self, text: str) -> None:
        self._message(text, "problem")

    def _notice(self, text: str) -> None:
        self._message(text, "notice")

    def _message(self, text: str, tone: str) -> None:
        show_message(self.message, text, tone)

    def enter_pressed(self) -> None:
        if self.old_member.isChecked() and self.picker.field.hasFocus():
            self.picker.open_selected()

    def accept_scan(self, text: str) -> bool:
        """A pre-printed card scanned: its number is the one to issue."""
        self.number.setText(text.strip())
        return True

    def issue_card(self) -> None:
        if self._busy:
            return
        family = self.family.currentText()
        if not family:
            self._problem(self.tr("The shop has no card programme yet: add one under Programs."))
            return
        issuer, by, number = self._bridge.services.issuer, self._bridge.manager.id, self.number.text().strip() or None
        if self.new_member.isChecked():
            try:
                profile = self.profile.profile()
            except InvalidMember as error:
                self._problem(describe(error))
                return

            def work() -> IssuedCard:
                return issuer.issue(family=family, issued_by=by, profile=profile, number=number)
        else:
            chosen = self.existing
            if chosen is None:
                self._problem(self.tr("Find the member first, then press Enter to choose them."))
                return

            def work() -> IssuedCard:
                return issuer.issue(family=family, issued_by=by, member_id=chosen.member_id, number=number)

        output = self._bridge.services.output

        def issue_and_print() -> tuple[IssuedCard, PrintedCard | None, str]:
            issued = work()
            try:
                return issued, output.print_card(issued.card.number, issued.member.name), ""
            except (OSError, HardwareError) as error:  # the card exists; only its picture failed
                return issued, None, str(error)

        self._busy = True
        self.issue.setEnabled(False)
        self._notice(self.tr("Issuing…"))
        self._bridge.run(issue_and_print, self._on_issued, self._on_refused)

    def _on_issued(self, result: tuple[IssuedCard, PrintedCard | None, str]) -> None:
        issued, printed, print_problem = result
        self._busy = False
        self.issue.setEnabled(True)
        self.issued, self.printed = issued, printed
        self.encode.setEnabled(True)
        self.result.setText(
            self.tr("Card {number} issued to {name}. Welcome bonus: {points} points.").format(
                number=ltr(issued.card.number), name=issued.member.name, points=self._fmt.points(issued.welcome_points)
            )
        )
        if printed is not None:
            self.show_preview(printed.png)
            self._notice(self.tr("Printed to {png} and {pdf}.").format(png=printed.png.name, pdf=printed.pdf.name))
        else:
            self._problem(self.tr("The card was issued but not printed: {reason}").format(reason=print_problem))
        self.number.clear()
        self.profile.show_member(None)
        self.existing = None

    def _on_refused(self, text: str) -> None:
        self._busy = False
        self.issue.setEnabled(True)
        self._problem(text)

    def show_preview(self, png: Path) -> None:
        picture = QPixmap(str(png))
        self.preview.setPixmap(
            picture.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
            if not picture.isNull()
            else QPixmap()
        )

    def encode_card(self) -> None:
        issued = self.issued
        output = self._bridge.services.output
        if issued is None:
            return
        if output.encoder is None:
            self._problem(self.tr("No card encoder is set up on this till: the card works by its barcode."))
            return
        self.encode.setEnabled(False)
        self._notice(self.tr("Swipe the card through the encoder now…"))
        number, name = issued.card.number, issued.member.name

        def done(_none: None) -> None:
            self.encode.setEnabled(True)
            self._notice(self.tr("Magstripe written and read back correctly."))

        def refused(text: str) -> None:
            self.encode.setEnabled(True)
            self._problem(text)

        self._bridge.run(lambda: output.encode(number, name), done, refused)
