"""The manager screens' words for stored codes: card statuses, ledger entry kinds, audit actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def card_status(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("ManagerWords", "active"),
        "blocked": QCoreApplication.translate("ManagerWords", "blocked"),
        "replaced": QCoreApplication.translate("ManagerWords", "replaced"),
    }
    return names.get(status, status)


def entry_kind(kind: str) -> str:
    names = {
        "earn": QCoreApplication.translate("ManagerWords", "earned"),
        "redeem": QCoreApplication.translate("ManagerWords", "spent"),
        "expire": QCoreApplication.translate("ManagerWords", "expired"),
        "adjust": QCoreApplication.translate("ManagerWords", "adjusted"),
        "reverse": QCoreApplication.translate("ManagerWords", "returned"),
        "welcome": QCoreApplication.translate("ManagerWords", "welcome bonus"),
        "birthday": QCoreApplication.translate("ManagerWords", "birthday bonus"),
        "issue": QCoreApplication.translate("ManagerWords", "issued"),
        "topup": QCoreApplication.translate("ManagerWords", "topped up"),
        "transfer": QCoreApplication.translate("ManagerWords", "moved"),
        "spend": QCoreApplication.translate("ManagerWords", "spent"),
        "count": QCoreApplication.translate("ManagerWords", "counted"),
    }
    return names.get(kind, kind)


def audit_action(action: str) -> str:
    names = {
        "card.issued": QCoreApplication.translate("ManagerWords", "card issued"),
        "card.replaced": QCoreApplication.translate("ManagerWords", "card replaced"),
        "card.blocked": QCoreApplication.translate("ManagerWords", "card blocked"),
        "card.unblocked": QCoreApplication.translate("ManagerWords", "card unblocked"),
        "member.edited": QCoreApplication.translate("ManagerWords", "member edited"),
        "member.merged": QCoreApplication.translate("ManagerWords", "members merged"),
        "points.adjusted": QCoreApplication.translate("ManagerWords", "points adjusted"),
        "program.saved": QCoreApplication.translate("ManagerWords", "program saved"),
        "catalog.imported": QCoreApplication.translate("ManagerWords", "products imported"),
        "members.imported": QCoreApplication.translate("ManagerWords", "members imported"),
        "manager.opened": QCoreApplication.translate("ManagerWords", "manager tools opened"),
    }
    return names.get(action, action)
