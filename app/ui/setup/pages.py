"""The setup wizard's pages: shop, printer, readers, head office and the first manager."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.first_run import CURRENCIES, TIMEZONES, OfficeKind, PrinterKind, ReaderKind
from app.ui.translations import LANGUAGES


class SetupPage(QWizardPage):
    """A page whose texts are set in ``retranslate`` (again when the language changes) with a problem line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = QLabel(self)
        self.problem.setObjectName("setupProblem")
        self.problem.setProperty("role", "message")
        self.problem.setProperty("tone", "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def retranslate(self) -> None:
        raise NotImplementedError


def suggest(field: QLineEdit, choices: list[str]) -> None:
    """Offer ``choices`` (serial ports found now) as the field is typed in; any other text still goes."""
    completer = QCompleter(choices, field)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    field.setCompleter(completer)


def _ltr_field(parent: QWidget) -> QLineEdit:
    """Addresses, ports and PINs read left to right in every language."""
    field = QLineEdit(parent)
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return field


class Choices(QWidget):
    """Radio buttons for the values of an enum, stacked; ``changed`` carries the chosen value."""

    changed = Signal(str)

    def __init__(self, values: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value in values:
            button = QRadioButton(self)
            button.setObjectName(f"choice_{value}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[value] = button
            button.toggled.connect(self._on_button_toggled)
        self.buttons[values[0]].setChecked(True)

    def _on_button_toggled(self, on: bool) -> None:
        if on:
            self.changed.emit(self.value())

    def value(self) -> str:
        return next(value for value, button in self.buttons.items() if button.isChecked())

    def choose(self, value: str) -> None:
        self.buttons[value].setChecked(True)


class ShopPage(SetupPage):
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("shopName")
        self.language = QComboBox(self)
        self.language.setObjectName("shopLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.currency = QComboBox(self)
        self.currency.setObjectName("shopCurrency")
        self.currency.addItems(list(CURRENCIES))
        self.timezone = QComboBox(self)
        self.timezone.setObjectName("shopTimezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(list(TIMEZONES))
        self.timezone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout(self)
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self._labels, (self.name, self.language, self.currency, self.timezone)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.problem)
        self.language.currentIndexChanged.connect(lambda _: self.language_chosen.emit(self.chosen_language()))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("The name printed on every receipt, the language of the till and its money."))
        texts = (self.tr("Shop na&me"), self.tr("&Language"), self.tr("&Currency"), self.tr("&Time zone"))
        for label, text in zip(self._labels, texts):
            label.setText(text)


class PrinterPage(SetupPage):
    HINTS = {
        PrinterKind.NETWORK: "192.168.1.50:9100",
        PrinterKind.SERIAL: "/dev/ttyUSB0",
        PrinterKind.USB: "04b8:0e15",
        PrinterKind.FILE: "/dev/usb/lp0",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = Choices(tuple(k.value for k in PrinterKind), self)
        self.address = _ltr_field(self)
        self.address.setObjectName("printerAddress")
        self.paper = QComboBox(self)
        self.paper.setObjectName("printerPaper")
        self.paper.addItem("80 mm", 80)
        self.paper.addItem("58 mm", 58)
        self._address_label, self._paper_label = QLabel(self), QLabel(self)
        self._address_label.setBuddy(self.address)
        self._paper_label.setBuddy(self.paper)
        form = QFormLayout(self)
        form.addRow(self.kind)
        form.addRow(self._address_label, self.address)
        form.addRow(self._paper_label, self.paper)
        form.addRow(self.problem)
        self.kind.changed.connect(self._on_kind_changed)
        self._on_kind_changed(self.kind.value())

    def _on_kind_changed(self, value: str) -> None:
        kind = PrinterKind(value)
        used = kind is not PrinterKind.NONE
        for widget in (self.address, self.paper, self._address_label, self._paper_label):
            widget.setEnabled(used)
        self.address.setPlaceholderText(self.HINTS.get(kind, ""))
        self.show_problem("")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receipt printer"))
        self.setSubTitle(self.tr("How the till reaches its ESC/POS receipt printer."))
        texts = {
            PrinterKind.NONE: self.tr("N&o printer"),
            PrinterKind.NETWORK: self.tr("Ne&twork (host or host:port)"),
            PrinterKind.SERIAL: self.tr("Se&rial port"),
            PrinterKind.USB: self.tr("&USB (vendor:product id)"),
            PrinterKind.FILE: self.tr("Printer &device file"),
        }
        for kind, text in texts.items():
            self.kind.buttons[kind.value].setText(text)
        self._address_label.setText(self.tr("&Address"))
        self._paper_label.setText(self.tr("&Paper width"))
        self.paper.setItemText(0, self.tr("80 mm"))
        self.paper.setItemText(1, self.tr("58 mm"))


class ReadersPage(SetupPage):
    HINTS = {ReaderKind.SERIAL: "/dev/ttyACM0", ReaderKind.CAMERA: "0"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        order = (ReaderKind.WEDGE, ReaderKind.SERIAL, ReaderKind.CAMERA, ReaderKind.NONE)
        self.kind = Choices(tuple(k.value for k in order), self)
        self.address = _ltr_field(self)
        self.address.setObjectName("readerAddress")
        self._address_label = QLabel(self)
        self._address_label.setBuddy(self.address)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setProperty("role", "hint")
        form = QFormLayout(self)
        form.addRow(self.kind)
        form.addRow(self._address_label, self.address)
        form.addRow(self._note)
        form.addRow(self.problem)
        self.kind.changed.connect(self._on_kind_changed)
        self._on_kind_changed(self.kind.value())

    def _on_kind_changed(self, value: str) -> None:
        kind = ReaderKind(value)
        used = kind in self.HINTS
        self.address.setEnabled(used)
        self._address_label.setEnabled(used)
        self.address.setPlaceholderText(self.HINTS.get(kind, ""))
        self.show_problem("")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Scanners and card readers"))
        self.setSubTitle(self.tr("Where barcodes and member cards come from."))
        texts = {
            ReaderKind.WEDGE: self.tr("&Keyboard wedge (the scanner types like a keyboard)"),
            ReaderKind.SERIAL: self.tr("Se&rial port (USB-CDC scanner or card reader)"),
            ReaderKind.CAMERA: self.tr("&Camera (its number: 0 is the first)"),
            ReaderKind.NONE: self.tr("N&one: codes are typed"),
        }
        for kind, text in texts.items():
            self.kind.buttons[kind.value].setText(text)
        self._address_label.setText(self.tr("&Port or camera"))
        self._note.setText(
            self.tr("Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.")
        )


class OfficePage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = Choices(tuple(k.value for k in OfficeKind), self)
        self.url = _ltr_field(self)
        self.url.setObjectName("officeUrl")
        self.url.setPlaceholderText("https://office.example:8600")
        self.code = _ltr_field(self)
        self.code.setObjectName("officeCode")
        self._url_label, self._code_label = QLabel(self), QLabel(self)
        self._url_label.setBuddy(self.url)
        self._code_label.setBuddy(self.code)
        form = QFormLayout(self)
        form.addRow(self.kind)
        form.addRow(self._url_label, self.url)
        form.addRow(self._code_label, self.code)
        form.addRow(self.problem)
        self.kind.changed.connect(self._on_kind_changed)
        self._on_kind_changed(self.kind.value())

    def _on_kind_changed(self, value: str) -> None:
        online = OfficeKind(value) is OfficeKind.ONLINE
        for widget in (self.url, self.code, self._url_label, self._code_label):
            widget.setEnabled(online)
        self.show_problem("")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Head office"))
        self.setSubTitle(self.tr("The till sells without it; sales, cards and points travel when it is reachable."))
        texts = {
            OfficeKind.NONE: self.tr("No &head office: this till stands alone"),
            OfficeKind.ONLINE: self.tr("&Online: register with a one-time code from the office"),
            OfficeKind.BUNDLE: self.tr("&USB bundles: carry signed files to the office and back"),
        }
        for kind, text in texts.items():
            self.kind.buttons[kind.value].setText(text)
        self._url_label.setText(self.tr("Office &address"))
        self._code_label.setText(self.tr("One-time &code"))


class ManagerPage(SetupPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("managerName")
        self.pin = _ltr_field(self)
        self.pin.setObjectName("managerPin")
        self.again = _ltr_field(self)
        self.again.setObjectName("managerPinAgain")
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._labels = [QLabel(self) for _ in range(3)]
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setProperty("role", "hint")
        form = QFormLayout(self)
        for label, field in zip(self._labels, (self.name, self.pin, self.again)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self._note)
        form.addRow(self.problem)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(self.tr("The manager approves returns and voids and adds the other staff."))
        texts = (self.tr("Na&me"), self.tr("&PIN (4 to 12 digits)"), self.tr("PIN &again"))
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self._note.setText(self.tr("The till opens at the login screen when the setup is done."))
