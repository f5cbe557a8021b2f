"""NPS answers: record one, find the answer already given for a sale."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import NpsAnswerRow


class SurveyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: NpsAnswerRow) -> None:
        self._session.add(row)
        self._session.flush()

    def for_sale(self, sale_id: str) -> NpsAnswerRow | None:
        return self._session.scalar(
            select(NpsAnswerRow).where(NpsAnswerRow.sale_id == sale_id).order_by(NpsAnswerRow.answered_at).limit(1)
        )

    def for_code(self, code: str) -> NpsAnswerRow | None:
        return self._session.scalar(select(NpsAnswerRow).where(NpsAnswerRow.survey_code == code).limit(1))
