"""A persistent print queue: every receipt or report to print is a JSON file until the printer took it.

A job is written (atomically) before printing is tried, so a printer that is off, out of paper or unplugged
loses nothing: the job stays with its last error and can be printed again from the till, also after a restart.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.ids import new_id
from app.domain.receipt import Receipt
from app.domain.shift import ShiftReport
from app.services.context import Clock
from app.services.doc_codec import from_json, to_json

log = logging.getLogger(__name__)


class JobKind(StrEnum):
    RECEIPT = "receipt"
    SHIFT_REPORT = "shift_report"


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One thing to print. ``title`` is what the queue shows (a receipt number, "Z report 3")."""

    id: str
    kind: JobKind
    title: str
    created_at: datetime
    document: Any
    attempts: int = 0
    last_error: str | None = None
    open_drawer: bool = False

    @property
    def receipt(self) -> Receipt:
        if self.kind is not JobKind.RECEIPT:
            raise TypeError("not a receipt job")
        result: Receipt = from_json(Receipt, self.document)
        return result

    @property
    def report(self) -> ShiftReport:
        if self.kind is not JobKind.SHIFT_REPORT:
            raise TypeError("not a shift report job")
        result: ShiftReport = from_json(ShiftReport, self.document)
        return result


class PrintQueue:
    """Jobs as files in ``spool``; safe to use from the print thread and the UI thread at once."""

    def __init__(self, spool: Path, clock: Clock) -> None:
        self._spool = spool
        self._clock = clock
        self._lock = threading.Lock()
        spool.mkdir(parents=True, exist_ok=True)

    @property
    def spool(self) -> Path:
        return self._spool

    def add_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintJob:
        return self._add(JobKind.RECEIPT, receipt.number, to_json(receipt), open_drawer=open_drawer)

    def add_report(self, report: ShiftReport, title: str) -> PrintJob:
        return self._add(JobKind.SHIFT_REPORT, title, to_json(report))

    def _add(self, kind: JobKind, title: str, document: Any, *, open_drawer: bool = False) -> PrintJob:
        job = PrintJob(
            id=new_id(), kind=kind, title=title, created_at=self._clock(), document=document, open_drawer=open_drawer
        )
        with self._lock:
            self._write(job)
        return job

    def pending(self) -> list[PrintJob]:
        """Jobs not printed yet, oldest first."""
        with self._lock:
            jobs = [self._read(path) for path in self._spool.glob("*.json")]
        return sorted((j for j in jobs if j is not None), key=lambda j: (j.created_at, j.id))

    def get(self, job_id: str) -> PrintJob | None:
        with self._lock:
            return self._read(self._path(job_id))

    def printed(self, job_id: str) -> None:
        with self._lock:
            self._path(job_id).unlink(missing_ok=True)

    def failed(self, job_id: str, reason: str) -> PrintJob | None:
        with self._lock:
            job = self._read(self._path(job_id))
            if job is None:
                return None
            job = replace(job, attempts=job.attempts + 1, last_error=reason, open_drawer=False)
            self._write(job)
            return job

    def _path(self, job_id: str) -> Path:
        if not job_id or "/" in job_id or job_id.startswith("."):
            raise ValueError("not a job id")
        return self._spool / f"{job_id}.json"

    def _write(self, job: PrintJob) -> None:
        path = self._path(job.id)
        tmp = path.with_suffix(".tmp")
        data = {
            "id": job.id,
            "kind": job.kind.value,
            "title": job.title,
            "created_at": job.created_at.isoformat(),
            "attempts": job.attempts,
            "last_error": job.last_error,
            "open_drawer": job.open_drawer,
            "document": job.document,
        }
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def _read(self, path: Path) -> PrintJob | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("print job %s cannot be read; it is set aside", path.name)
            path.rename(path.with_suffix(".broken"))
            return None
        return PrintJob(
            id=data["id"],
            kind=JobKind(data["kind"]),
            title=data["title"],
            created_at=datetime.fromisoformat(data["created_at"]),
            document=data["document"],
            attempts=int(data["attempts"]),
            last_error=data["last_error"],
            open_drawer=bool(data.get("open_drawer", False)),
        )
