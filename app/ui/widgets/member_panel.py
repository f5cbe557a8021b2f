"""The member panel: who the card belongs to, tier and progress, balances, the rules applied, or why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.loyalty_views import MemberView
from app.ui.formatting import ShopFormat, ltr
from app.ui.phrases import say


class MemberPanel(QFrame):
    """Shows a ``MemberView``; a refused card shows a red banner above (the sale goes on without that card)."""

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberPanel")
        self.setProperty("role", "panel")
        self._fmt = fmt
        self._member: MemberView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)

        self.banner = QFrame(self)
        self.banner.setObjectName("cardBanner")
        self.banner.setProperty("role", "banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("cardBannerText")
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text)
        layout.addWidget(self.banner)

        self.hint = QLabel(self.tr("No member card.\nScan, swipe or type the card number."), self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(4)
        top = QHBoxLayout()
        self.name = QLabel(self.details)
        self.name.setObjectName("memberName")
        self.name.setProperty("role", "memberName")
        self.birthday = QLabel(self.tr("Birthday today"), self.details)
        self.birthday.setObjectName("memberBirthday")
        self.birthday.setProperty("role", "badge")
        top.addWidget(self.name, 1)
        top.addWidget(self.birthday, 0, Qt.AlignmentFlag.AlignTop)
        details.addLayout(top)
        self.card = QLabel(self.details)
        self.card.setProperty("role", "hint")
        details.addWidget(self.card)
        tier_row = QHBoxLayout()
        self.tier = QLabel(self.details)
        self.tier.setObjectName("memberTier")
        self.tier.setProperty("role", "badge")
        self.to_next = QLabel(self.details)
        self.to_next.setObjectName("memberToNext")
        self.to_next.setProperty("role", "hint")
        self.to_next.setWordWrap(True)
        tier_row.addWidget(self.tier, 0)
        tier_row.addWidget(self.to_next, 1)
        details.addLayout(tier_row)
        self.balances = QLabel(self.details)
        self.balances.setObjectName("memberBalances")
        self.balances.setProperty("role", "figure")
        self.balances.setWordWrap(True)
        details.addWidget(self.balances)
        self.redeem = QLabel(self.details)
        self.redeem.setObjectName("memberRedeem")
        self.redeem.setProperty("role", "hint")
        self.redeem.setWordWrap(True)
        details.addWidget(self.redeem)
        self.stale = QLabel(self.tr("Balance as of last sync"), self.details)
        self.stale.setObjectName("memberStale")
        self.stale.setProperty("role", "stale")
        details.addWidget(self.stale, 0, Qt.AlignmentFlag.AlignLeading)
        self.rules = QLabel(self.details)
        self.rules.setObjectName("memberRules")
        self.rules.setWordWrap(True)
        self.rules.setProperty("role", "hint")
        details.addWidget(self.rules)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_member(None)
        self.clear_banner()

    @property
    def member(self) -> MemberView | None:
        return self._member

    def show_refused(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    def clear_banner(self) -> None:
        self.banner_text.clear()
        self.banner.hide()

    def show_member(self, member: MemberView | None) -> None:
        self._member = member
        self.hint.setVisible(member is None)
        self.details.setVisible(member is not None)
        if member is None:
            return
        self.clear_banner()
        fmt = self._fmt
        self.name.setText(member.member_name or self.tr("Member"))
        self.card.setText(self.tr("Card {number}").format(number=ltr(member.card_masked)))
        self.birthday.setVisible(member.birthday_today)
        self.tier.setText(member.tier or "")
        self.tier.setVisible(member.tier is not None)
        if member.next_tier is not None and member.to_next_tier is not None:
            self.to_next.setText(
                self.tr("{amount} more to {tier}").format(amount=fmt.money(member.to_next_tier), tier=member.next_tier)
            )
        else:
            self.to_next.setText(say(member.tier_progress, fmt) if member.tier_progress else "")
        self.to_next.setVisible(bool(self.to_next.text()))
        parts = [self.tr("{points} points").format(points=fmt.points(member.points))]
        if member.pending_points:
            parts.append(self.tr("{points} pending").format(points=fmt.points(member.pending_points)))
        if member.gift_balance is not None:
            parts.append(self.tr("gift {amount}").format(amount=fmt.money(member.gift_balance)))
        if member.points_preview:
            parts.append(self.tr("this sale earns {points}").format(points=fmt.points(member.points_preview)))
        self.balances.setText(" · ".join(parts))
        value = member.max_redeemable_value
        if value is not None and value.is_positive:
            self.redeem.setText(self.tr("Points can pay up to {amount} of this sale").format(amount=fmt.money(value)))
        else:
            self.redeem.setText(say(member.redemption_reason, fmt) if member.redemption_reason else "")
        self.redeem.setVisible(bool(self.redeem.text()))
        self.stale.setVisible(not member.balance_confirmed)
        self.rules.setText("\n".join(f"• {say(text, fmt)}" for text in member.explanations))
        self.rules.setVisible(bool(member.explanations))
