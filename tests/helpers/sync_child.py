"""Child process for sync crash tests: the till's sync worker, saying on stdout before every push and every pull."""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import open_till
from app.sync.client import Body, OfficeClient
from app.sync.link import Link
from app.sync.wire import Ack, Batch, ChangePage
from app.sync.worker import SyncWorker


class ChattyClient(OfficeClient):
    """The real HTTP client; each request is announced first, so the parent can kill the process during it."""

    def push(self, batch: Batch, body: Body | None = None) -> Ack:
        print(f"push {batch.id} {len(batch.items)}", flush=True)
        return super().push(batch, body)

    def changes(self, after: int, limit: int = 500) -> ChangePage:
        print(f"pull {after}", flush=True)
        return super().changes(after, limit)


def chatty(link: Link) -> OfficeClient:
    assert link.office_url
    return ChattyClient(link.office_url, link.token, timeout=30)


def main(db: str) -> None:
    till = open_till(Path(db))
    worker = SyncWorker(
        till.uow,
        clock=till.clock,
        hlc=till.hlc,
        client_factory=chatty,
        batch_rows=4,
        page_size=8,
        on_programs_changed=till.loyalty.reload_programs,
    )
    report = worker.sync_once()
    print(f"done {report.pushed} {report.pulled}", flush=True)
    till.close()


if __name__ == "__main__":
    main(sys.argv[1])
