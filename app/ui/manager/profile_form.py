"""A member's profile as a form: name, phone, e-mail, birthday and consent to messages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from app.domain.member_profile import InvalidMember, MemberProfile
from app.domain.members import Member
from app.domain.phrase import phrase
from app.ui.theme import roomy_labels


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("profilePhone")
        self.email = QLineEdit(self)
        self.email.setObjectName("profileEmail")
        self.birthday = QLineEdit(self)
        self.birthday.setObjectName("profileBirthday")
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD"))
        for field in (self.phone, self.email, self.birthday):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.consent = QCheckBox(self.tr("Agrees to receive messages"), self)
        self.consent.setObjectName("profileConsent")
        layout = QFormLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addRow(self.tr("Name"), self.name)
        layout.addRow(self.tr("Phone"), self.phone)
        layout.addRow(self.tr("E-mail"), self.email)
        layout.addRow(self.tr("Birthday"), self.birthday)
        layout.addRow("", self.consent)
        roomy_labels(layout)

    def show_member(self, member: Member | None) -> None:
        self.name.setText(member.name if member else "")
        self.phone.setText((member.phone or "") if member else "")
        self.email.setText((member.email or "") if member else "")
        self.birthday.setText(member.birthday.isoformat() if member and member.birthday else "")
        self.consent.setChecked(bool(member and member.consent))

    def profile(self) -> MemberProfile:
        """Raises InvalidMember naming the field to correct."""
        text = self.birthday.text().strip()
        try:
            birthday = date.fromisoformat(text) if text else None
        except ValueError as error:
            raise InvalidMember(
                "birthday", phrase("Errors", "must be a date like {example}", example="1990-05-17")
            ) from error
        return MemberProfile(
            name=self.name.text(),
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            birthday=birthday,
            consent=self.consent.isChecked(),
        )
