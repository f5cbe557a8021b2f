"""The manager screens' words for stored codes: card statuses, ledger entry kinds, audit actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ManagerWords", text)


def card_status(status: str) -> str:
    names = {"active": _t("active"), "blocked": _t("blocked"), "replaced": _t("replaced")}
    return names.get(status, status)


def entry_kind(kind: str) -> str:
    names = {
        "earn": _t("earned"),
        "redeem": _t("spent"),
        "expire": _t("expired"),
        "adjust": _t("adjusted"),
        "reverse": _t("returned"),
        "welcome": _t("welcome bonus"),
        "birthday": _t("birthday bonus"),
        "issue": _t("issued"),
        "topup": _t("topped up"),
        "transfer": _t("moved"),
        "spend": _t("spent"),
        "count": _t("counted"),
    }
    return names.get(kind, kind)


def audit_action(action: str) -> str:
    names = {
        "card.issued": _t("card issued"),
        "card.replaced": _t("card replaced"),
        "card.blocked": _t("card blocked"),
        "card.unblocked": _t("card unblocked"),
        "member.edited": _t("member edited"),
        "member.merged": _t("members merged"),
        "points.adjusted": _t("points adjusted"),
        "program.saved": _t("program saved"),
        "catalog.imported": _t("products imported"),
        "members.imported": _t("members imported"),
        "manager.opened": _t("manager tools opened"),
    }
    return names.get(action, action)
