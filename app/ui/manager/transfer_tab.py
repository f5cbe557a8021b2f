"""The Import / export tab: products and members as CSV, with a progress bar; a bad file is refused whole, each bad
row named by its line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.csv_rows import ImportRefused, RowError
from app.services.csv_import import ImportResult
from app.ui.formatting import ltr
from app.ui.manager.bridge import ManagerBridge, Progress
from app.ui.phrases import say
from app.ui.theme import roomy_labels, show_message

PRODUCTS, MEMBERS = "products", "members"
SHOWN_ERRORS = 200


class TransferTab(QWidget):
    """``errors`` are the bad rows of the last refused import; ``result`` the last import that went in."""

    def __init__(self, bridge: ManagerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferTab")
        self._bridge = bridge
        self.errors: tuple[RowError, ...] = ()
        self.result: ImportResult | None = None
        self.exported: Path | None = None
        self._busy = False

        title = QLabel(self.tr("Import and export CSV"), self)
        title.setProperty("role", "title")
        self.kind = QComboBox(self)
        self.kind.setObjectName("transferKind")
        self.kind.addItem(self.tr("Products"), PRODUCTS)
        self.kind.addItem(self.tr("Members"), MEMBERS)
        self.path = QLineEdit(self)
        self.path.setObjectName("transferPath")
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.setPlaceholderText(self.tr("/path/to/file.csv"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("File"), path_row)
        roomy_labels(form)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("tone", "go")
        self.import_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.import_button.clicked.connect(self.start_import)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.clicked.connect(self.start_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("transferProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("transferMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.problems = QListWidget(self)
        self.problems.setObjectName("transferProblems")
        self.problems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        hint = QLabel(
            self.tr(
                "The file is checked whole first: if any row is wrong, nothing is imported and every bad row is listed."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        self._progress = Progress(self)
        self._progress.changed.connect(self._on_progress_changed)

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("CSV file"), self.path.text(), "CSV (*.csv)")
        if name:
            self.path.setText(name)

    def _on_progress_changed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _message(self, text: str, tone: str) -> None:
        show_message(self.message, text, tone)

    def _begin(self, text: str) -> bool:
        if self._busy:
            return False
        if not self.path.text().strip():
            self._message(self.tr("Choose the file first."), "problem")
            return False
        self._busy = True
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.problems.clear()
        self.progress.setRange(0, 0)
        self._message(text, "notice")
        return True

    def _end(self) -> None:
        self._busy = False
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 1)

    def start_import(self) -> None:
        if not self._begin(self.tr("Checking the file…")):
            return
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        services, by, report = self._bridge.services, self._bridge.manager.id, self._progress.report

        def work() -> ImportResult:
            text = path.read_text(encoding="utf-8-sig")
            if kind == PRODUCTS:
                return services.catalog_import.run(text, by=by, progress=report)
            families = services.families()
            return services.member_import.run(
                text, by=by, family=families[0] if families else "main", issue_cards=True, progress=report
            )

        def imported(result: ImportResult) -> None:
            self._end()
            self.progress.setValue(1)
            self.result = result
            self.errors = ()
            self._message(
                self.tr("{rows} rows imported: {created} new, {updated} updated.").format(
                    rows=result.rows, created=result.created, updated=result.updated
                ),
                "notice",
            )

        self._bridge.run_raw(work, imported, self._on_import_failed)

    def _on_import_failed(self, error: BaseException, text: str) -> None:
        self._end()
        self.progress.setValue(0)
        if isinstance(error, ImportRefused):
            self.errors = error.errors
            self._message(
                self.tr("Nothing was imported: {count} bad row(s) of {rows}. Correct them and import again.").format(
                    count=len(error.errors), rows=error.params.get("rows", 0)
                ),
                "problem",
            )
            for row in error.errors[:SHOWN_ERRORS]:
                self.problems.addItem(self.row_text(row))
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            self._message(self.tr("The file cannot be read: {reason}").format(reason=reason), "problem")
        else:
            self._message(text, "problem")

    def row_text(self, row: RowError) -> str:
        """A bad row in the screen's language. The column is named by its header as typed in the file (the
        manager looks for it there), kept left to right inside a right-to-left sentence."""
        reason = say(row.why)
        if not row.column:
            return self.tr("Line {line}: {reason}").format(line=row.line, reason=reason)
        column = ltr(row.column) if self.isRightToLeft() else row.column
        return self.tr("Line {line}: {column} {reason}").format(line=row.line, column=column, reason=reason)

    def start_export(self) -> None:
        if not self._begin(self.tr("Exporting…")):
            return
        path = Path(self.path.text().strip())
        kind = self.kind.currentData()
        export, report = self._bridge.services.export, self._progress.report

        def work() -> Path:
            text = export.products(report) if kind == PRODUCTS else export.members(report)
            partial = path.with_name(path.name + ".part")
            partial.write_text(text, encoding="utf-8")
            partial.replace(path)
            return path

        def exported(written: Path) -> None:
            self._end()
            self.progress.setValue(1)
            self.exported = written
            self._message(self.tr("Exported to {path}.").format(path=str(written)), "notice")

        self._bridge.run_raw(work, exported, self._on_import_failed)
