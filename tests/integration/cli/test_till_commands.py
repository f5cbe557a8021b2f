"""The till's commands: no display is refused clearly; screenshots render English and Hebrew screens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
def test_screenshots_show_every_main_screen_in_english_and_mirrored_in_hebrew(tmp_path: Path) -> None:
    env = without_display()
    result = run_app("screenshots", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    for language in ("en", "he"):
        for screen in SCREENS:
            with Image.open(tmp_path / f"{language}-{screen}.png") as image:
                assert image.size == (1366, 768)
                low, high = image.convert("L").getextrema()
                assert high - low > 100, f"{language}-{screen} is blank"
    with Image.open(tmp_path / "en-sale.png") as en, Image.open(tmp_path / "he-sale.png") as he:
        en_rgb, he_rgb = en.convert("RGB"), he.convert("RGB")
        # the Pay key sits at the end of the key row: bottom right in English, bottom left in Hebrew
        assert close_to(en_rgb.getpixel((1240, 700)), PAY_GREEN) and not close_to(
            en_rgb.getpixel((120, 700)), PAY_GREEN
        )
        assert close_to(he_rgb.getpixel((120, 700)), PAY_GREEN) and not close_to(
            he_rgb.getpixel((1240, 700)), PAY_GREEN
        )


@pytest.mark.slow
def test_the_demo_starts_the_till_with_a_virtual_printer_and_scanner(tmp_path: Path) -> None:
    env = {**without_display(), "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, "-m", "app", "demo", "--db", str(tmp_path / "kupa.db"), "--dir", str(tmp_path / "demo")]
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        seen: list[str] = []
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line)
            if line.startswith("virtual scanner"):
                break
        assert any(line.startswith("virtual printer 127.0.0.1:") for line in seen), "".join(seen)
        (tmp_path / "demo" / "scanner").write_text("7290000000015\n", encoding="utf-8")
        for line in process.stdout:
            if line.strip() == "scanned":
                break
        assert process.poll() is None, "the till is still running"
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
