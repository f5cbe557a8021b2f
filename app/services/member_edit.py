"""Changing a member's profile: each changed field stamped, so edits at several tills merge field by field."""

from __future__ import annotations

import logging

from app.domain.ids import HlcClock
from app.domain.member_errors import UnknownMember
from app.domain.member_profile import MemberProfile
from app.services.context import Clock, TillContext
from app.store.uow import UnitOfWorkFactory
from app.sync.members import edit_member

log = logging.getLogger(__name__)


class MemberEditor:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def edit(self, member_id: str, profile: MemberProfile, *, by: str) -> list[str]:
        """Save the profile; returns the names of the fields that changed (none: nothing is written).

        Raises:
            UnknownMember.
        """
        now = self._clock()
        with self._uow(write=True) as uow:
            member = uow.members.member(member_id)
            if member is None or uow.members.merged_into_id(member_id) is not None:
                raise UnknownMember(member_id)
            before = MemberProfile(member.name, member.phone, member.email, member.birthday, member.consent)
            changes = profile.changes_from(before)
            if not changes:
                return []
            document = edit_member(uow.session, member_id, changes, stamp=self._hlc.now().encode(), now=now)
            uow.outbox.add("member", member_id, document, now=now)
            uow.audit.record(
                "member.edited",
                now=now,
                actor_id=by,
                subject=member_id,
                details={"fields": sorted(changes)},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            uow.commit()
        log.info("member %s edited: %s", member_id, ", ".join(sorted(changes)))
        return sorted(changes)
