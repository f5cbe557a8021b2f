"""The till's commands: no display is refused clearly; screenshots render every screen in the four languages."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[3]
SCREENS = (
    "login",
    "shift-open",
    "sale",
    "card-refused",
    "payment",
    "sale-completed",
    "nps",
    "manager-members",
    "manager-member",
    "manager-card-issue",
    "manager-programs",
    "manager-kpis",
    "price-lookup",
    "return",
    "z-report",
)
PAY_GREEN = (11, 110, 53)


def run_app(*args: str, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.parametrize("command", ["till", "demo"])
def test_without_a_display_the_till_says_so_and_stops(command: str, tmp_path: Path) -> None:
    args = ["--db", str(tmp_path / "none.db")] + (["--dir", str(tmp_path / "demo")] if command == "demo" else [])
    result = run_app(command, *args, env=without_display(), timeout=60)
    assert result.returncode == 2
    assert "no display" in result.stderr and "QT_QPA_PLATFORM" in result.stderr
    assert not (tmp_path / "none.db").exists()


def close_to(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(pixel[:3], colour))


@pytest.mark.slow
def test_screenshots_show_every_main_screen_in_four_languages_mirrored_in_hebrew(tmp_path: Path) -> None:
    env = without_display()
    result = run_app("screenshots", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    for language in ("en", "he", "ka", "sq"):
        for screen in SCREENS:
            with Image.open(tmp_path / f"{language}-{screen}.png") as image:
                assert image.size == (1366, 768)
                low, high = image.convert("L").getextrema()
                assert high - low > 100, f"{language}-{screen} is blank"
    for language in ("en", "he", "ka", "sq"):
        for page in ("shop", "printer", "readers", "office", "manager"):
            with Image.open(tmp_path / f"{language}-setup-{page}.png") as image:
                low, high = image.convert("L").getextrema()
                assert high - low > 100, f"{language}-setup-{page} is blank"
    with Image.open(tmp_path / "en-sale.png") as en, Image.open(tmp_path / "he-sale.png") as he:
        en_rgb, he_rgb = en.convert("RGB"), he.convert("RGB")
        # the Pay key sits at the end of the key row: bottom right in English, bottom left in Hebrew
        assert close_to(en_rgb.getpixel((1240, 700)), PAY_GREEN) and not close_to(
            en_rgb.getpixel((120, 700)), PAY_GREEN
        )
        assert close_to(he_rgb.getpixel((120, 700)), PAY_GREEN) and not close_to(
            he_rgb.getpixel((1240, 700)), PAY_GREEN
        )


def lines_until(stream: IO[str], wanted: Callable[[str], bool], seen: list[str], *, timeout_s: float) -> bool:
    """Read ``stream`` into ``seen`` until a line is ``wanted``; False at end of stream or after the timeout."""
    found = threading.Event()

    def read() -> None:
        for line in stream:
            seen.append(line)
            if wanted(line):
                found.set()
                return

    threading.Thread(target=read, daemon=True).start()
    return found.wait(timeout_s)


@pytest.mark.slow
def test_the_demo_starts_the_till_with_a_virtual_printer_and_scanner(tmp_path: Path) -> None:
    # Without PYTHONUNBUFFERED, as `make test` runs: the demo must flush what it announces into a pipe.
    env = {**without_display(), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONUNBUFFERED", None)
    args = [sys.executable, "-m", "app", "demo", "--db", str(tmp_path / "kupa.db"), "--dir", str(tmp_path / "demo")]
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        seen: list[str] = []
        assert process.stdout is not None
        started = lines_until(process.stdout, lambda line: line.startswith("virtual scanner"), seen, timeout_s=120)
        assert started, "".join(seen)
        assert any(line.startswith("virtual printer 127.0.0.1:") for line in seen), "".join(seen)
        (tmp_path / "demo" / "scanner").write_text("7290000000015\n", encoding="utf-8")
        assert lines_until(process.stdout, lambda line: line.strip() == "scanned", seen, timeout_s=60), "".join(seen)
        assert process.poll() is None, "the till is still running"
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
