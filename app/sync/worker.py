"""The till's background sync: push the outbox, pull changes, back off when offline, report to the status bar.

The outbox is the truth: the worker keeps nothing in memory that a crash could lose. It never holds a database
transaction across a network call, so a sale never waits for the office.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from app.domain.ids import HlcClock
from app.services.context import Clock, utc_now
from app.store.uow import UnitOfWorkFactory
from app.sync.backoff import Backoff
from app.sync.client import OfficeClient, OfficeRefused, OfficeUnreachable, encode_body
from app.sync.inbound import apply_page
from app.sync.ledger import CardProjector
from app.sync.link import Link, NotRegistered, hold_programs, load_link
from app.sync.outbound import BATCH_ROWS, acknowledge_outgoing, held_count, next_batch, pending_count
from app.sync.status import SyncState, SyncStatus
from app.sync.wire import PROGRAMS_REFUSED, Ack

log = logging.getLogger(__name__)

UNAUTHORIZED = 401
StatusCallback = Callable[[SyncStatus], None]
ClientFactory = Callable[[Link], OfficeClient]


def default_client(link: Link) -> OfficeClient:
    if not link.office_url:
        raise NotRegistered("this till has no office address (it syncs by bundle only)")
    return OfficeClient(link.office_url, link.token)


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    batches: int
    pages: int


class SyncWorker:
    """``start()`` runs it on a daemon thread; ``sync_once()`` does one full round in the caller's thread."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        *,
        clock: Clock = utc_now,
        hlc: HlcClock | None = None,
        on_status: StatusCallback | None = None,
        interval: float = 30.0,
        backoff: Backoff | None = None,
        client_factory: ClientFactory = default_client,
        projector: CardProjector | None = None,
        batch_rows: int = BATCH_ROWS,
        page_size: int = 200,
        on_programs_changed: Callable[[], None] | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._hlc = hlc
        self._on_status = on_status
        self._interval = interval
        self._backoff = backoff or Backoff()
        self._client_factory = client_factory
        self._projector = projector or CardProjector()
        self._batch_rows = batch_rows
        self._page_size = page_size
        self._on_programs_changed = on_programs_changed
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def subscribe(self, callback: StatusCallback | None) -> None:
        """Where status snapshots go (called from the worker's thread)."""
        self._on_status = callback

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def _publish(self, **changes: object) -> None:
        with self._lock:
            self._status = self._status.with_(**changes)
            status = self._status
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("the sync status callback failed")

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="till-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Sync now instead of waiting for the next round (e.g. right after a sale)."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._publish(state=SyncState.STOPPED)

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self._round()
            self._wake.wait(delay)
            self._wake.clear()

    def _round(self) -> float:
        """One attempt; returns how long to wait before the next."""
        try:
            self.sync_once()
        except OfficeUnreachable as exc:
            previous = self.status
            since = previous.offline_since or self._clock()
            self._publish(state=SyncState.OFFLINE, offline_since=since, last_error=str(exc))
            log.info("office unreachable (%s); next try with backoff", exc)
            return self._backoff.next_delay()
        except OfficeRefused as exc:
            state = SyncState.TURNED_AWAY if exc.status == UNAUTHORIZED else SyncState.REFUSED
            self._publish(state=state, last_error=str(exc))
            log.error("the office refused sync: %s", exc)
            return self._backoff.next_delay()
        except NotRegistered as exc:
            self._publish(state=SyncState.NOT_REGISTERED, last_error=str(exc))
            return self._interval
        except Exception as exc:
            self._publish(state=SyncState.REFUSED, last_error=f"{type(exc).__name__}: {exc}")
            log.exception("sync round failed")
            return self._backoff.next_delay()
        self._backoff.reset()
        return self._interval

    def _link(self) -> tuple[Link, int, int]:
        """The link, the rows queued and the programs held."""
        with self._uow() as work:
            link = load_link(work.session)
            return link, pending_count(work.session, link), held_count(work.session, link)

    def sync_once(self) -> SyncReport:
        """Push every queued row, then pull every change; raises when the office cannot be reached or refuses."""
        link, queued, held = self._link()
        # A retry while offline stays "offline" on the status bar until it succeeds (no flicker).
        retrying = self.status.state in (SyncState.OFFLINE, SyncState.REFUSED, SyncState.TURNED_AWAY)
        self._publish(state=self.status.state if retrying else SyncState.SYNCING, queued=queued, held=held)
        client = self._client_factory(link)
        try:
            pushed, batches = self._push(client)
            pulled, pages, released = self._pull_all(client)
            if released:  # the office now lets this till publish: the programs it kept go at once
                more, more_batches = self._push(client)
                pushed, batches = pushed + more, batches + more_batches
        finally:
            client.close()
        link, queued, held = self._link()
        status = self.status
        self._publish(
            state=SyncState.ONLINE,
            queued=queued,
            held=held,
            offline_since=None,
            last_error=None,
            last_sync_at=self._clock(),
            pushed=status.pushed + pushed,
            pulled=status.pulled + pulled,
        )
        return SyncReport(pushed=pushed, pulled=pulled, batches=batches, pages=pages)

    def _push(self, client: OfficeClient) -> tuple[int, int]:
        """Push everything; when the office first refuses this till's programs, they are held and the rest goes.

        Held programs stay queued (the till keeps using them) until the office grants the right (the pull says so)
        or the till registers again with a code that gives it. A second refusal is raised: the office and the till
        disagree about what it is.
        """
        try:
            return self._push_all(client)
        except OfficeRefused as refusal:
            if refusal.status != 403 or refusal.reason != PROGRAMS_REFUSED:
                raise
            link, _queued, _held = self._link()
            if link.holds_programs:
                raise
            hold_programs(self._uow, link.till_id)
            log.warning("programs stay on this till, the office refused them: %s", refusal.detail)
        return self._push_all(client)

    def _push_all(self, client: OfficeClient) -> tuple[int, int]:
        """Push batch after batch; the next batch is read and encoded while the previous one is on the wire, and
        sent while the previous answer is written down."""
        pushed = batches = 0
        with self._uow() as work:
            link = load_link(work.session)
            current = next_batch(work.session, link, self._batch_rows)
        if current is None:
            return 0, 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="till-sync-push") as pool:
            in_flight: Future[Ack] | None = pool.submit(client.push, current.batch, encode_body(current.batch))
            while current is not None and in_flight is not None:
                with self._uow() as work:
                    following = next_batch(
                        work.session,
                        link,
                        self._batch_rows,
                        after_seq=current.last_seq,
                        audit_after=current.audit_top,
                    )
                body = encode_body(following.batch) if following is not None else None
                ack = in_flight.result()
                stopping = self._stop.is_set()
                in_flight = (
                    pool.submit(client.push, following.batch, body) if following is not None and not stopping else None
                )
                with self._uow(write=True) as work:
                    done = acknowledge_outgoing(work.session, current, ack, self._clock())
                    queued = pending_count(work.session, link)
                    work.commit()
                if done == 0:
                    raise OfficeRefused(200, f"batch {current.batch.id} was answered without confirming any row")
                pushed, batches = pushed + done, batches + 1
                self._publish(queued=queued)
                current = following
        return pushed, batches

    def _pull_all(self, client: OfficeClient) -> tuple[int, int, bool]:
        """Pull every change; returns the changes, the pages and whether held programs were released."""
        pulled = pages = 0
        released = False
        while not self._stop.is_set():
            with self._uow() as work:
                link = load_link(work.session)
            page = client.changes(link.pull_cursor, self._page_size)
            with self._uow(write=True) as work:
                applier = apply_page(work.session, link.till_id, page, self._clock(), self._hlc)
                self._projector.rebuild(work.session, applier.cards, self._clock())
                work.commit()
            if applier.programs_changed and self._on_programs_changed is not None:
                self._on_programs_changed()
            pulled, pages = pulled + len(page.changes), pages + 1
            released = released or applier.programs_released
            if not page.more:
                break
        return pulled, pages, released
