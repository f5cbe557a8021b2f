"""Recording an NPS answer (0-10): for the sale just made, or later with the survey code printed on its receipt."""

from __future__ import annotations

import logging

from app.domain.ids import HlcClock, new_id
from app.domain.kpis import InvalidScore, score_group
from app.domain.member_errors import AnswerRefused
from app.domain.survey import InvalidSurveyCode, check_characters, parse_survey_code
from app.services.context import Clock, TillContext
from app.services.member_outbox import queue_answer
from app.store.models import NpsAnswerRow
from app.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


class NpsRecorder:
    def __init__(self, uow: UnitOfWorkFactory, context: TillContext, clock: Clock, hlc: HlcClock) -> None:
        self._uow = uow
        self._context = context
        self._clock = clock
        self._hlc = hlc

    def for_sale(self, sale_id: str, score: int, *, by: str | None, channel: str = "till") -> str:
        """The customer's answer right after their sale (asked by the cashier or on the customer display).

        Raises:
            AnswerRefused: not 0-10, an unknown sale, or the sale has an answer already.
        """
        _check(score)
        with self._uow(write=True) as uow:
            sale = uow.sales.get(sale_id)
            if sale is None:
                raise AnswerRefused("the sale is not known here")
            if uow.surveys.for_sale(sale_id) is not None:
                raise AnswerRefused("this sale has an answer already")
            answer_id = self._add(uow, score, channel, sale_id=sale_id, code=None, by=by)
            uow.commit()
        return answer_id

    def with_code(self, code: str, score: int, *, by: str | None) -> str:
        """An answer brought back with a receipt's survey code. A code of this till's sale is checked here; a
        code from another till is kept as typed and tied to its sale at the office.

        Raises:
            InvalidSurveyCode: the code is malformed or does not belong to the sale with that receipt number.
            AnswerRefused: not 0-10, or the sale has an answer already.
        """
        _check(score)
        number, check = parse_survey_code(code)
        normalised = f"{number}-{check}"
        with self._uow(write=True) as uow:
            sale = uow.sales.by_number(number)
            sale_id = None
            if sale is not None:
                if check != check_characters(sale.id):
                    raise InvalidSurveyCode(code.strip())
                sale_id = sale.id
                if uow.surveys.for_sale(sale.id) is not None:
                    raise AnswerRefused("this sale has an answer already")
            if uow.surveys.for_code(normalised) is not None:
                raise AnswerRefused("this survey code has an answer already")
            answer_id = self._add(uow, score, "survey", sale_id=sale_id, code=normalised, by=by)
            uow.commit()
        return answer_id

    def _add(
        self, uow: UnitOfWork, score: int, channel: str, *, sale_id: str | None, code: str | None, by: str | None
    ) -> str:
        now = self._clock()
        row = NpsAnswerRow(
            id=new_id(),
            score=score,
            answered_at=now,
            channel=channel,
            sale_id=sale_id,
            survey_code=code,
            store_id=self._context.store_id,
            till_id=self._context.till_id,
            created_by=by,
            hlc=self._hlc.now().encode(),
        )
        uow.surveys.add(row)
        queue_answer(uow, row, now)
        log.info("NPS answer %d recorded (%s)", score, channel)
        return row.id


def _check(score: int) -> None:
    try:
        score_group(score)
    except InvalidScore as error:
        raise AnswerRefused("the score is a whole number from 0 to 10") from error
