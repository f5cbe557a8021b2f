"""The till as a process of its own, for the startup and memory benchmarks, and the bare Qt process to compare."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

READY = "ready"
# The peak resident set of this process's own memory: VmHWM (ru_maxrss also counts the parent's memory, which
# a child started by vfork shares until it execs).
PEAK = (
    "def peak_kib():\n"
    "    import resource\n"
    "    try:\n"
    "        with open('/proc/self/status') as status:\n"
    "            return next(int(line.split()[1]) for line in status if line.startswith('VmHWM:'))\n"
    "    except (OSError, StopIteration):\n"
    "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
)
BARE_QT = PEAK + (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QWidget()\n"
    "window.show()\n"
    "def ready():\n"
    f"    print({READY!r}, flush=True)\n"
    "    print(peak_kib(), flush=True)\n"
    "    app.quit()\n"
    "QTimer.singleShot(0, ready)\n"
    "app.exec()\n"
)
TIMEOUT_S = 300.0


@dataclass(frozen=True, slots=True)
class Launch:
    """One process: seconds from spawning it to its window shown, and its peak resident memory."""

    seconds: float
    peak_mib: float


def _environment() -> dict[str, str]:
    """Offscreen, and with compiled bytecode as an installed till has it (kept under the benchmarks' directory, so
    the source tree stays clean, whatever PYTHONDONTWRITEBYTECODE says here)."""
    from bench.data import bench_dir

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bench_dir() / "pycache")
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _measure(command: list[str], cwd: Path) -> Launch:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=_environment(), cwd=cwd
        )
        assert process.stdout is not None
        ready_at = None
        lines: list[str] = []
        for line in process.stdout:
            if ready_at is None and line.strip() == READY:
                ready_at = time.perf_counter()
            lines.append(line.strip())
        code = process.wait(timeout=TIMEOUT_S)
        if code != 0 or ready_at is None:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{command[:3]} exited with {code} before it was ready:\n{tail}")
    peak_kib = int(lines[-1])
    return Launch(seconds=ready_at - started, peak_mib=peak_kib / 1024)


def till(db: Path, codes: list[str] | None = None) -> Launch:
    """Start the till on ``db`` in a new process; with ``codes`` (barcodes, then a member card) it sells them."""
    with tempfile.TemporaryDirectory(prefix="kupa-bench-till-") as home:
        command = [sys.executable, "-m", "bench.till_process", str(db), *(codes or [])]
        return _measure(command, Path(home))


def bare_qt() -> Launch:
    """A bare PySide6 process showing one empty widget: the floor for both time and memory."""
    with tempfile.TemporaryDirectory(prefix="kupa-bench-qt-") as home:
        return _measure([sys.executable, "-c", BARE_QT], Path(home))


def _sell(window: Any, codes: list[str]) -> None:
    """One sale of the barcodes with the member card (the last code), paid in cash, in the till's process."""
    from app.domain.money import Money
    from app.domain.tender import Payment, TenderKind
    from app.services.checkout import NoOpenShift

    till = window.deps.till
    cashier = till.auth.login("1111")
    try:
        sale = till.checkout.start_sale(cashier.id)
    except NoOpenShift:
        till.shifts.open(cashier.id, Money(0, till.context.currency))
        sale = till.checkout.start_sale(cashier.id)
    for code in codes:
        till.checkout.scan(sale, code)
    till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due + Money(1000, sale.currency)))
    till.checkout.complete(sale)


def _peak_kib() -> int:
    """What PEAK's function tells the bare process."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> int:
    """``python -m bench.till_process DB [BARCODE... CARD]`` starts the till exactly as ``python -m app till --db DB``
    does (offscreen), prints ``ready`` once the event loop has shown the window, then (given codes) rings up one sale
    with them and a member card in that process, prints its peak memory and quits.
    """
    db, codes = argv[0], argv[1:]
    # In the order ``python -m app till`` imports them: the database side first, Qt and the window after.
    import app.cli.till  # noqa: F401
    from app.cli import main as cli
    from app.ui import launch
    from app.ui.window import TillWindow

    run_till = launch.run_till

    def ready(window: TillWindow) -> None:
        print(READY, flush=True)
        if codes:
            _sell(window, codes)
        print(_peak_kib(), flush=True)
        window.close()

    def run_and_report(*args: Any, **kwargs: Any) -> int:
        return run_till(*args, **kwargs, on_ready=ready)

    launch.run_till = run_and_report
    return cli(["--log-level", "WARNING", "till", "--db", db])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
