"""The manager's program editor: programs as data, checked, previewed, and saved as a new version each time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.ids import HlcClock
from app.domain.loyalty import Coupon, Program, issue_coupon, presets, program_from_dict
from app.domain.loyalty.errors import InvalidProgram
from app.domain.phrase import phrase
from app.domain.program_preview import PreviewCase, ProgramPreview, preview
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_entries, queue_program
from app.services.permissions import Act, require
from app.store.uow import UnitOfWorkFactory
from app.sync.link import NotRegistered, load_link

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProgramVersions:
    """A program as it stands now, and how many versions it has had."""

    program: Program
    versions: int


def coupon_template(currency: str) -> Coupon:
    return Coupon(
        id="coupon-spring",
        name="Spring coupon",
        family="*",
        code="SPRING",
        currency=currency,
        percent_bp=1000,
        max_uses=1,
    )


class ProgramEditor:
    """``on_saved`` runs after each save (the loyalty gateway forgets its cached programs)."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        hlc: HlcClock,
        on_saved: Callable[[], None] = lambda: None,
    ) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc
        self._on_saved = on_saved

    def programs(self) -> list[ProgramVersions]:
        """Every program and coupon, newest version of each, by name."""
        with self._uow() as uow:
            latest = uow.programs.latest(include_coupons=True)
            counts = {p.id: uow.programs.next_version(p.id) - 1 for p in latest}
        return sorted((ProgramVersions(p, counts[p.id]) for p in latest), key=lambda v: (v.program.name, v.program.id))

    def stay_here(self) -> bool:
        """Whether programs saved on this till stay on it: its office does not let it publish them to the chain."""
        with self._uow() as uow:
            try:
                return load_link(uow.session).holds_programs
            except NotRegistered:
                return False

    def history(self, program_id: str) -> list[Program]:
        with self._uow() as uow:
            return uow.programs.history(program_id)

    def templates(self) -> list[Program]:
        """Starting points for a new program: the preset catalogue in the shop's currency and a coupon."""
        return [*presets.catalogue(self._context.currency), coupon_template(self._context.currency)]

    @staticmethod
    def check(data: Mapping[str, Any]) -> Program:
        """The program the form describes (version aside).

        Raises:
            InvalidProgram: naming the field to correct.
        """
        return program_from_dict({**data, "version": 1})

    def preview(self, data: Mapping[str, Any], case: PreviewCase) -> ProgramPreview:
        """What the edited program does to an example basket, with the other live programs of its family."""
        program = self.check(data)
        with self._uow() as uow:
            others = uow.programs.latest()
        return preview(program, others, case, self._clock())

    def save(self, data: Mapping[str, Any], *, by: str) -> Program:
        """Store the program as its next version (version 1 for a new id) and send it to the office; a new
        coupon also gets its uses.

        Raises:
            InvalidProgram: the data cannot work, or it changes the kind of an existing program.
        """
        draft = self.check(data)
        now = self._clock()
        with self._uow(write=True) as uow:
            require(uow, by, Act.PROGRAM_EDIT)
            version = uow.programs.next_version(draft.id)
            if version > 1:
                current = uow.programs.version(draft.id, version - 1)
                if current is not None and current.KIND != draft.KIND:
                    raise InvalidProgram(
                        draft.name,
                        "kind",
                        phrase("Errors", "must stay {kind} (save it under a new id)", kind=current.KIND),
                    )
            if isinstance(draft, Coupon):
                taken = uow.programs.coupon(draft.code)
                if taken is not None and taken.id != draft.id:
                    used = phrase("Errors", "{code} is used by {name}", code=draft.code, name=taken.name)
                    raise InvalidProgram(draft.name, "code", used)
            program = program_from_dict({**draft.to_dict(), "version": version})
            uow.programs.add(program, now=now, created_by=by)
            uow.audit.record(
                "program.saved",
                now=now,
                actor_id=by,
                subject=program.id,
                details={"version": version, "kind": program.KIND, "name": program.name},
                store_id=self._context.store_id,
                till_id=self._context.till_id,
            )
            queue_program(uow, program.id, now)
            if isinstance(program, Coupon) and version == 1:
                stamp = self._hlc.now().encode()
                entries = uow.ledger.append(
                    [issue_coupon(program, now, created_by=by)],
                    now=now,
                    store_id=self._context.store_id,
                    till_id=self._context.till_id,
                    hlc=stamp,
                )
                queue_entries(
                    uow, entries, store_id=self._context.store_id, till_id=self._context.till_id, hlc=stamp, now=now
                )
            uow.commit()
        log.info("program %s saved as version %d", program.id, version)
        self._on_saved()
        return program
