"""A program as a form: one row per plain setting (a box for yes/no), and its lists and scopes as JSON below."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.theme import roomy_labels

HIDDEN = ("kind", "schema", "version")
WHOLE = re.compile(r"^-?\d+$")


class BadNested(ValueError):
    """The lists-and-scopes text is not JSON; ``line`` is where it breaks."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


class ProgramForm(QWidget):
    """``changed`` on every edit; ``data()`` gives the program's fields as the editor checks them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: dict[str, Any] = {}
        self.fields: dict[str, QLineEdit | QCheckBox] = {}
        self.setStyleSheet("QLineEdit { font-size: 18px; min-height: 28px; padding: 2px 8px; }")
        self._rows = QFormLayout()
        self._rows.setVerticalSpacing(4)
        self.kind = QLabel(self)
        self.kind.setProperty("role", "subtitle")
        caption = QLabel(self.tr("Lists and scopes (tiers, multipliers, promotions, which goods) as JSON"), self)
        caption.setProperty("role", "hint")
        caption.setWordWrap(True)
        self.nested = QPlainTextEdit(self)
        self.nested.setObjectName("programNested")
        self.nested.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPixelSize(14)
        self.nested.setFont(mono)
        self.nested.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addLayout(self._rows)
        layout.addWidget(caption)
        layout.addWidget(self.nested, 1)

    @property
    def is_empty(self) -> bool:
        """No program or template has been put in the form yet."""
        return not self._template

    def show_program(self, data: dict[str, Any]) -> None:
        self._template = dict(data)
        while self._rows.rowCount():
            self._rows.removeRow(0)
        self.fields = {}
        nested: dict[str, Any] = {}
        self.kind.setText(self.tr("Kind: {kind}").format(kind=data.get("kind", "")))
        for key, value in data.items():
            if key in HIDDEN:
                continue
            if isinstance(value, list | dict):
                nested[key] = value
                continue
            field: QLineEdit | QCheckBox
            if isinstance(value, bool):
                field = QCheckBox(self)
                field.setChecked(value)
                field.toggled.connect(self.changed)
            else:
                field = QLineEdit("" if value is None else str(value), self)
                field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                field.textChanged.connect(self.changed)
            field.setObjectName(f"program_{key}")
            self._rows.addRow(key, field)
            self.fields[key] = field
        roomy_labels(self._rows)
        self.nested.blockSignals(True)
        self.nested.setPlainText(json.dumps(nested, indent=2, ensure_ascii=False) if nested else "")
        self.nested.blockSignals(False)
        self.changed.emit()

    def set_value(self, key: str, text: str) -> None:
        field = self.fields[key]
        if isinstance(field, QCheckBox):
            field.setChecked(text.lower() in ("1", "true", "yes"))
        else:
            field.setText(text)

    def data(self) -> dict[str, Any]:
        """Raises BadNested when the lists-and-scopes text is not JSON."""
        result = {key: self._template[key] for key in HIDDEN if key in self._template}
        for key, field in self.fields.items():
            if isinstance(field, QCheckBox):
                result[key] = field.isChecked()
                continue
            text = field.text().strip()
            before = self._template.get(key)
            if not text and (before is None or not isinstance(before, str)):
                result[key] = None
            elif isinstance(before, int) or (before is None and WHOLE.match(text)):
                result[key] = int(text) if WHOLE.match(text) else text
            else:
                result[key] = text
        source = self.nested.toPlainText().strip()
        if source:
            try:
                nested = json.loads(source)
            except json.JSONDecodeError as error:
                raise BadNested(error.lineno, error.msg) from error
            if not isinstance(nested, dict):
                raise BadNested(1, "the lists and scopes are a set of named values in { }")
            result.update(nested)
        order = list(self._template)
        return dict(sorted(result.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
