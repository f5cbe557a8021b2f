"""Registering a till with its office: a fresh signing key, an enrollment code spent for a bearer token."""

from __future__ import annotations

import logging

from app.services.context import Clock, utc_now
from app.store.uow import UnitOfWorkFactory
from app.sync.client import OfficeClient
from app.sync.keys import public_key
from app.sync.link import Link, registration_request, save_link

log = logging.getLogger(__name__)


def register_till(uow: UnitOfWorkFactory, office_url: str, code: str, *, clock: Clock = utc_now) -> Link:
    """Register this till at ``office_url``; the private key never leaves the till's database.

    Raises:
        OfficeRefused: the code is wrong, used or expired, or the till code is taken in the chain.
        OfficeUnreachable: no answer from the office.
    """
    store, till, private_key = registration_request(uow)
    with OfficeClient(office_url) as client:
        answer = client.register(code, store, till, public_key(private_key))
    link = save_link(
        uow,
        office_url=office_url,
        token=answer.token,
        private_key=private_key,
        office_public_key=answer.office_public_key,
        publish_programs=answer.publish_programs,
        now=clock(),
    )
    log.info("till %s registered with its office (publish programs: %s)", link.till_id, link.publish_programs)
    return link
