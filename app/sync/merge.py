"""Merging member profiles edited at several tills: last writer wins per field, by hybrid logical clock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Profile fields that merge one by one; identity and bookkeeping columns are handled apart.
MEMBER_FIELDS = ("name", "phone", "email", "birthday", "consent", "store_id", "merged_into_id")
# A card moves to another member only when two members are merged; its number and issue time never change.
CARD_FIELDS = ("status", "blocked_reason", "replaced_by_id", "member_id")


def field_stamp(doc: Mapping[str, Any], name: str) -> str:
    """The HLC that last wrote ``name`` (the row's own stamp when no per-field stamp was kept)."""
    stamps = doc.get("field_hlc") or {}
    return str(stamps.get(name) or doc.get("hlc") or "")


def merge_member(local: Mapping[str, Any] | None, remote: Mapping[str, Any]) -> dict[str, Any]:
    """The member both sides converge to, whatever order they meet in (commutative, idempotent).

    Each field takes the value with the greater stamp; on equal stamps the greater value (as text) wins,
    so two replicas never disagree.
    """
    if local is None:
        merged = dict(remote)
        merged["field_hlc"] = {name: field_stamp(remote, name) for name in MEMBER_FIELDS}
        return merged
    merged = dict(local)
    stamps: dict[str, str] = {}
    for name in MEMBER_FIELDS:
        mine, theirs = field_stamp(local, name), field_stamp(remote, name)
        take_theirs = (theirs, _key(remote.get(name))) > (mine, _key(local.get(name)))
        merged[name] = remote.get(name) if take_theirs else local.get(name)
        stamps[name] = max(mine, theirs)
    merged["field_hlc"] = stamps
    merged["hlc"] = max(str(local.get("hlc") or ""), str(remote.get("hlc") or ""))
    merged["created_at"] = min(local["created_at"], remote["created_at"])
    merged["updated_at"] = max(local["updated_at"], remote["updated_at"])
    return merged


def merge_card(local: Mapping[str, Any] | None, remote: Mapping[str, Any]) -> dict[str, Any]:
    """A card's status fields (and its member, after a merge) follow the newer stamp."""
    if local is None:
        return dict(remote)
    newer = (
        remote
        if (str(remote.get("hlc") or ""), _card_key(remote)) > (str(local.get("hlc") or ""), _card_key(local))
        else local
    )
    merged = dict(local)
    for name in CARD_FIELDS:
        merged[name] = newer.get(name)
    merged["hlc"] = newer.get("hlc") or ""
    return merged


def _key(value: Any) -> str:
    return "" if value is None else str(value)


def _card_key(doc: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(_key(doc.get(name)) for name in CARD_FIELDS)
