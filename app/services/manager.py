"""Every manager use case of one till, built once from the till's parts (the UI's manager bridge calls these)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.ids import HlcClock
from app.services.auth import Authenticator
from app.services.card_issue import CardIssuer, card_families
from app.services.card_output import CardOutput
from app.services.card_replace import CardReplacer
from app.services.card_status import CardBlocker
from app.services.context import Clock, TillContext
from app.services.csv_export import CsvExport
from app.services.csv_import import CatalogImport, MemberImport
from app.services.gift_cards import GiftCardIssuer
from app.services.kpi_report import KpiReport
from app.services.loyalty_gateway import LoyaltyGateway
from app.services.member_edit import MemberEditor
from app.services.member_file import MemberFiles
from app.services.member_merge import MemberMerger
from app.services.nps import NpsRecorder
from app.services.point_adjust import PointAdjuster
from app.services.program_editor import ProgramEditor
from app.store.repositories.member_search import MemberHit
from app.store.uow import UnitOfWorkFactory


@dataclass
class ManagerServices:
    context: TillContext
    issuer: CardIssuer
    replacer: CardReplacer
    blocker: CardBlocker
    merger: MemberMerger
    editor: MemberEditor
    adjuster: PointAdjuster
    files: MemberFiles
    programs: ProgramEditor
    catalog_import: CatalogImport
    member_import: MemberImport
    export: CsvExport
    kpis: KpiReport
    nps: NpsRecorder
    gift_cards: GiftCardIssuer
    output: CardOutput
    loyalty: LoyaltyGateway
    uow: UnitOfWorkFactory

    def search(self, text: str, limit: int = 50) -> list[MemberHit]:
        with self.uow() as uow:
            return uow.search.find(text, limit)

    def families(self) -> list[str]:
        return card_families(self.loyalty.programs())

    @classmethod
    def build(
        cls,
        uow: UnitOfWorkFactory,
        context: TillContext,
        clock: Clock,
        hlc: HlcClock,
        auth: Authenticator,
        loyalty: LoyaltyGateway,
        *,
        card_folder: Path,
        encoder: str | None = None,
    ) -> ManagerServices:
        programs = loyalty.programs
        return cls(
            context=context,
            issuer=CardIssuer(uow, context, clock, hlc, programs),
            replacer=CardReplacer(uow, context, clock, hlc),
            blocker=CardBlocker(uow, context, clock, hlc),
            merger=MemberMerger(uow, context, clock, hlc),
            editor=MemberEditor(uow, context, clock, hlc),
            adjuster=PointAdjuster(uow, context, clock, hlc, auth),
            files=MemberFiles(uow, context, clock, programs),
            programs=ProgramEditor(uow, context, clock, hlc, on_saved=loyalty.reload_programs),
            catalog_import=CatalogImport(uow, context, clock, hlc),
            member_import=MemberImport(uow, context, clock, hlc),
            export=CsvExport(uow, context, clock),
            kpis=KpiReport(uow, context, clock, programs),
            nps=NpsRecorder(uow, context, clock, hlc),
            gift_cards=GiftCardIssuer(uow, context, clock, hlc, programs),
            output=CardOutput(context.shop_name, context.numbering, card_folder, clock, encoder=encoder),
            loyalty=loyalty,
            uow=uow,
        )
