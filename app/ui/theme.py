"""The till's look: large type and touch targets, high contrast, one stylesheet for every screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget

INK = "#111418"
PAPER = "#f3f4f6"
PANEL = "#ffffff"
LINE = "#5b6270"
ACCENT = "#174ea6"
GO = "#0b6e35"
STOP = "#a4161a"
WARN = "#ffd23f"

STYLESHEET = f"""
QWidget {{ color: {INK}; font-size: 18px; }}
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {PAPER}; }}
QLabel[role="title"] {{ font-size: 28px; font-weight: 700; }}
QLabel[role="subtitle"] {{ font-size: 20px; color: #2b313b; }}
QLabel[role="hint"] {{ font-size: 16px; color: #3a414d; }}
QLabel[role="error"] {{ font-size: 18px; font-weight: 600; color: {STOP}; }}
QLabel[role="message"] {{ font-size: 18px; font-weight: 600; padding: 6px 10px; border-radius: 6px; }}
QLabel[role="message"][tone="problem"] {{ background: #fde2e1; color: {STOP}; border: 2px solid {STOP}; }}
QLabel[role="message"][tone="notice"] {{ background: #e3ecfb; color: {ACCENT}; border: 2px solid {ACCENT}; }}
QLineEdit {{
    background: {PANEL}; border: 2px solid {LINE}; border-radius: 6px; padding: 6px 10px;
    font-size: 24px; min-height: 40px; selection-background-color: {ACCENT};
}}
QLineEdit:focus {{ border: 3px solid {ACCENT}; }}
QLineEdit#scanField {{ font-size: 28px; min-height: 48px; }}
QPushButton, QToolButton {{
    background: {PANEL}; border: 2px solid {LINE}; border-radius: 8px; padding: 4px 10px;
    min-height: 52px; min-width: 64px; font-size: 18px; font-weight: 600;
}}
QPushButton:pressed, QToolButton:pressed {{ background: #d7dbe2; }}
QPushButton:disabled, QToolButton:disabled {{ color: #8a909a; border-color: #b9bec7; background: #eceef1; }}
QPushButton[tone="go"] {{ background: {GO}; color: white; border-color: #06451f; }}
QPushButton[tone="go"]:disabled {{ background: #9dbfa9; color: #eef5f0; }}
QPushButton[tone="stop"] {{ background: {STOP}; color: white; border-color: #6b0e11; }}
QPushButton[tone="accent"] {{ background: {ACCENT}; color: white; border-color: #0d2f66; }}
QPushButton:checked {{ background: {ACCENT}; color: white; border-color: #0d2f66; }}
QPushButton[role="key"] {{ font-size: 26px; min-height: 60px; min-width: 72px; }}
QPushButton[fit="tight"] {{ font-size: 15px; padding: 2px 4px; }}
QPushButton#closeTools {{ min-height: 28px; font-size: 16px; padding: 0 10px; }}
QTableView {{
    background: {PANEL}; border: 2px solid {LINE}; border-radius: 6px; font-size: 20px;
    gridline-color: #d5d9e0; selection-background-color: {ACCENT}; selection-color: white;
    alternate-background-color: #f5f7fa;
}}
QHeaderView::section {{
    background: #2b313b; color: white; font-size: 16px; font-weight: 700; padding: 6px 8px; border: none;
}}
QTabBar::tab {{
    min-height: 40px; min-width: 90px; padding: 4px 16px; font-size: 18px; font-weight: 600;
    background: #e3e6eb; border: 2px solid {LINE}; border-bottom: none; border-radius: 6px 6px 0 0; margin: 0 2px;
}}
QTabBar::tab:selected {{ background: {ACCENT}; color: white; border-color: #0d2f66; }}
QListWidget {{ background: {PANEL}; border: 2px solid {LINE}; border-radius: 6px; font-size: 20px; }}
QListWidget::item {{ min-height: 44px; padding: 4px 8px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: white; }}
QFrame[role="panel"] {{ background: {PANEL}; border: 2px solid {LINE}; border-radius: 8px; }}
QFrame[role="panel"] QLabel {{ background: transparent; }}
QFrame[role="banner"] {{ background: {STOP}; border-radius: 8px; }}
QFrame[role="banner"] QLabel {{ color: white; font-size: 19px; font-weight: 700; background: transparent; }}
QLabel[role="badge"] {{
    background: {WARN}; color: {INK}; font-weight: 700; border-radius: 6px; padding: 2px 8px; font-size: 16px;
}}
QLabel[role="stale"] {{ background: #ffe8a3; color: #5c4400; border-radius: 6px; padding: 2px 8px; font-size: 15px; }}
QLabel[role="toPayCaption"] {{ font-size: 22px; font-weight: 700; }}
QLabel[role="toPay"] {{ font-size: 46px; font-weight: 800; }}
QLabel[role="figure"] {{ font-size: 20px; }}
QLabel[role="formLabel"] {{ padding: 0 4px; }}
QLabel[role="memberName"] {{ font-size: 24px; font-weight: 700; }}
QProgressBar {{
    border: 2px solid {LINE}; border-radius: 6px; background: #e6e9ee; height: 18px; text-align: center;
    font-size: 14px;
}}
QProgressBar::chunk {{ background: {GO}; border-radius: 4px; }}
QStatusBar {{ background: #20252d; }}
QStatusBar QLabel {{ color: white; font-size: 16px; padding: 2px 10px; }}
QStatusBar QLabel[state="bad"] {{ color: #ffb4ab; font-weight: 700; }}
QStatusBar QLabel[state="warn"] {{ color: {WARN}; font-weight: 700; }}
QStatusBar QLabel[state="good"] {{ color: #9be3b0; }}
QStatusBar::item {{ border: none; }}
QScrollBar:vertical {{ width: 26px; }}
"""


def apply(app: QApplication) -> None:
    """Install the stylesheet and a palette with the same colours (for widgets styles do not reach)."""
    font = QFont(app.font())
    font.setPixelSize(18)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def show_message(label: QLabel, text: str, tone: str) -> None:
    """A page's message line: the text in its tone (problem, notice …), hidden when there is nothing to say."""
    label.setText(text)
    label.setProperty("tone", tone)
    label.setVisible(bool(text))
    restyle(label)


def roomy_labels(form: QFormLayout) -> None:
    """Room either side of a form's labels: in some fonts a glyph reaches past its advance, and a label sized
    to its advance alone then loses its last stroke against the field beside it."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.property("role") != "formLabel":
            label.setProperty("role", "formLabel")
            restyle(label)


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property (role, tone, state) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
