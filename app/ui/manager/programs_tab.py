"""The Programs tab: the shop's loyalty programs, each edited as data with its mistakes named as you type, a live
example ("a 250.00 basket for a Gold member gives …"), and every save a new version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, InvalidAmount
from app.domain.loyalty import Program, TierLadder
from app.domain.money import Money
from app.domain.program_preview import PreviewCase, ProgramPreview
from app.services.program_editor import ProgramVersions
from app.ui.formatting import ShopFormat
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.program_form import BadNested, ProgramForm
from app.ui.messages import describe
from app.ui.theme import restyle, roomy_labels

CHECK_PAUSE_MS = 300


def program_data(program: Program) -> dict[str, Any]:
    return {k: v for k, v in program.to_dict().items() if k != "version"}


class ProgramsTab(QWidget):
    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programsTab")
        self._bridge = bridge
        self._fmt = fmt
        self.versions: list[ProgramVersions] = []
        self.templates: list[Program] = []
        self.draft: dict[str, Any] | None = None
        self.preview_result: ProgramPreview | None = None
        self._after_load = ""

        title = QLabel(self.tr("Loyalty programs"), self)
        title.setProperty("role", "title")
        self.kept = QLabel(
            self.tr(
                "The head office does not let this till publish programs to the other shops: programs saved here "
                "work on this till only. They are sent once the office allows it."
            ),
            self,
        )
        self.kept.setObjectName("programsKept")
        self.kept.setProperty("role", "message")
        self.kept.setProperty("tone", "notice")
        self.kept.setWordWrap(True)
        self.kept.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("programList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.template = QComboBox(self)
        self.template.setObjectName("programTemplate")
        new = QPushButton(self.tr("New from template"), self)
        new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        new.clicked.connect(self.new_from_template)

        self.editor = ProgramForm(self)
        self.editor.setObjectName("programEditor")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.check = QLabel(self)
        self.check.setObjectName("programCheck")
        self.check.setProperty("role", "message")
        self.check.setWordWrap(True)
        self.basket = QLineEdit(self._fmt.plain_amount(Money(25000, fmt.currency)), self)
        self.basket.setObjectName("previewBasket")
        self.basket.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tier = QComboBox(self)
        self.tier.setObjectName("previewTier")
        self.preview = QLabel(self)
        self.preview.setObjectName("programPreview")
        self.preview.setProperty("role", "figure")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.save = QPushButton(self.tr("Save as a new version (F12)"), self)
        self.save.setObjectName("saveProgram")
        self.save.setProperty("tone", "go")
        self.save.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save.clicked.connect(self.save_program)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.kept)
        left.addWidget(self.list, 1)
        left.addWidget(self.template)
        left.addWidget(new)
        example = QFormLayout()
        example.addRow(self.tr("Example basket"), self.basket)
        example.addRow(self.tr("Member's tier"), self.tier)
        roomy_labels(example)
        right_side = QVBoxLayout()
        right_side.addLayout(example)
        right_side.addWidget(self.preview, 1)
        right_side.addWidget(self.save)
        editor_column = QVBoxLayout()
        editor_column.addWidget(scroll, 1)
        editor_column.addWidget(self.check)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(left, 24)
        root.addLayout(editor_column, 44)
        root.addLayout(right_side, 32)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_PAUSE_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.changed.connect(self._timer.start)
        self.basket.textChanged.connect(self._timer.start)
        self.tier.currentIndexChanged.connect(self._timer.start)

    def load(self, select: str | None = None) -> None:
        editor = self._bridge.services.programs

        def work() -> tuple[list[ProgramVersions], list[Program], bool]:
            return editor.programs(), editor.templates(), editor.stay_here()

        def show(found: tuple[list[ProgramVersions], list[Program], bool]) -> None:
            wanted = select or self._current_id()
            self.versions, self.templates, stay = found
            self.kept.setVisible(stay)
            self.list.blockSignals(True)
            self.list.clear()
            for entry in self.versions:
                text = self.tr("{name}\n{kind} · version {version}").format(
                    name=entry.program.name, kind=entry.program.KIND, version=entry.versions
                )
                self.list.addItem(QListWidgetItem(text))
            self.list.blockSignals(False)
            self.template.clear()
            self.template.addItems([f"{t.name} ({t.KIND})" for t in self.templates])
            ladders = [v.program for v in self.versions if isinstance(v.program, TierLadder)]
            tiers = sorted({t.name for ladder in ladders for t in ladder.tiers})
            current_tier = self.tier.currentData()
            self.tier.clear()
            self.tier.addItem(self.tr("no tier"), None)
            for name in tiers:
                self.tier.addItem(name, name)
            if current_tier in tiers:
                self.tier.setCurrentIndex(tiers.index(current_tier) + 1)
            ids = [v.program.id for v in self.versions]
            row = ids.index(wanted) if wanted in ids else 0
            if self.versions:
                self.list.setCurrentRow(row)
                self._on_list_current_row_changed(row)
            if self._after_load:
                self._show_check(self._after_load, "notice")
                self._after_load = ""

        self._bridge.run(work, show, self._problem)

    def _current_id(self) -> str | None:
        row = self.list.currentRow()
        return self.versions[row].program.id if 0 <= row < len(self.versions) else None

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.editor.show_program(program_data(self.versions[row].program))
            self.check_now()

    def new_from_template(self) -> None:
        row = self.template.currentIndex()
        if 0 <= row < len(self.templates):
            self.list.clearSelection()
            self.editor.show_program(program_data(self.templates[row]))
            self.check_now()

    def _cannot_work(self) -> None:
        """No save and no example while the form does not hold a working program (an older example would mislead)."""
        self.save.setEnabled(False)
        self.preview_result = None
        self.preview.setText(self.tr("The example shows once the program can work."))

    def _problem(self, text: str) -> None:
        self._show_check(text, "problem")

    def _show_check(self, text: str, tone: str) -> None:
        self.check.setText(text)
        self.check.setProperty("tone", tone)
        restyle(self.check)

    def check_now(self) -> None:
        """Validate the text as the manager types; when it is a working program, show its example."""
        self._timer.stop()
        self.draft = None
        if self.editor.is_empty:
            self._show_check(self.tr("Choose a program on the list, or a template and New from template."), "notice")
            self._cannot_work()
            return
        try:
            data = self.editor.data()
        except BadNested as error:
            self._problem(
                self.tr("Lists and scopes, line {line}: {reason}").format(line=error.line, reason=error.reason)
            )
            self._cannot_work()
            return
        editor = self._bridge.services.programs
        try:
            program = editor.check(data)
        except DomainError as error:
            self._problem(describe(error))
            self._cannot_work()
            return
        self.draft = data
        self.save.setEnabled(True)
        self._show_check(self.tr("{name}: the program can work.").format(name=program.name), "notice")
        try:
            basket = Money.parse(self.basket.text().replace(self._fmt.locale.decimalPoint(), "."), self._fmt.currency)
        except (InvalidAmount, ValueError):
            self.preview.setText(self.tr("Type an example basket amount."))
            return
        tier = self.tier.currentData()
        case = PreviewCase(basket=basket, tier=tier if isinstance(tier, str) else None)
        self._bridge.run(lambda: editor.preview(data, case), lambda p: self._show_preview(case, p), self._problem)

    def _show_preview(self, case: PreviewCase, result: ProgramPreview) -> None:
        self.preview_result = result
        who = self.tr("a {tier} member").format(tier=case.tier) if case.tier else self.tr("a member with no tier")
        lines = [
            self.tr("A {basket} basket for {who} gives:").format(basket=self._fmt.money(case.basket), who=who),
            self.tr("discount {discount}, to pay {to_pay}").format(
                discount=self._fmt.money(result.discount), to_pay=self._fmt.money(result.to_pay)
            ),
            self.tr("{points} points earned").format(points=self._fmt.points(result.points_earned)),
        ]
        lines += [f"• {text}" for text in result.explanations]
        self.preview.setText("\n".join(lines))

    def save_program(self) -> None:
        self.check_now()
        data = self.draft
        if data is None:
            return
        editor, by = self._bridge.services.programs, self._bridge.manager.id
        self.save.setEnabled(False)

        def saved(program: Program) -> None:
            self._after_load = self.tr("{name} saved as version {version}.").format(
                name=program.name, version=program.version
            )
            self.load(select=program.id)

        self._bridge.run(lambda: editor.save(data, by=by), saved, self._problem)
