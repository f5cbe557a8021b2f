"""The installable bundle: PyInstaller really builds it, and the built till sells on the simulators."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BUILD_TIMEOUT_S = 900


def build(out: Path) -> Path:
    """``dist/kupa`` built from the spec into ``out`` (nothing reused from an earlier build)."""
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "packaging" / "kupa.spec"),
            "--",
            "--qm-dir",
            str(out / "qm"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return out / "dist" / "kupa"


def run_bundle(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(bundle / "kupa"), *args], cwd=home, env=env, capture_output=True, text=True, timeout=180, check=False
    )


@pytest.mark.slow
@pytest.mark.xdist_group("bundle")
def test_the_bundle_builds_and_the_built_till_sells_on_the_simulators(tmp_path: Path) -> None:
    """One test, so the bundle is built once (a minute or two) on one worker while the other runs the rest."""
    bundle = build(tmp_path / "build")
    home = tmp_path / "home"
    home.mkdir()
    bundled_till_sells_on_the_simulators(bundle, home)
    bundle_carries_the_till_and_leaves_the_office_out(bundle)
    bundle_runs_the_till_commands(bundle, home)


def bundled_till_sells_on_the_simulators(bundle: Path, home: Path) -> None:
    result = run_bundle(bundle, home, "--self-check")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("kupa self-check (bundle)")
    assert "database: shop set up in till.db" in lines
    assert any(line.startswith("translations: he") for line in lines)
    assert any(line.startswith("scanner: 7290000000015 read from /dev/pts/") for line in lines)
    assert any(line.startswith("printer: receipt of ") and "127.0.0.1:" in line for line in lines)
    assert "sale: receipt S1-T1-000001, total 12.50 ILS, in the database" in lines
    decoders = next(line for line in lines if line.startswith("camera decoders:"))
    assert f"zbar from {bundle}" in decoders, "pyzbar loaded a libzbar from outside the bundle"
    assert lines[-1].startswith("self-check passed in ")


def bundle_carries_the_till_and_leaves_the_office_out(bundle: Path) -> None:
    inside = bundle / "_internal"
    versions = {p.name for p in (inside / "app" / "store" / "migrations" / "versions").glob("*.py")}
    assert {"0001_initial_schema.py", "0002_sync.py", "0003_manager.py"} <= versions
    assert (inside / "escpos" / "capabilities.json").exists()
    assert (inside / "resources" / "icons" / "kupa.png").exists()
    assert list(inside.rglob("kupa_he.qm"))
    for absent in ("fastapi", "uvicorn", "starlette", "psycopg", "pytest"):
        assert not list(inside.glob(f"{absent}*")), f"{absent} should not be in the till's bundle"
    assert not list(inside.rglob("libQt6Quick*")), "QML/Quick came in with the on-screen keyboard plugin"


def bundle_runs_the_till_commands(bundle: Path, home: Path) -> None:
    made = run_bundle(bundle, home, "demo-db", str(home / "demo.db"), "--products", "20", "--members", "5")
    assert made.returncode == 0, made.stderr
    assert "demo database" in made.stdout
    office = run_bundle(bundle, home, "office", "--db", "x")
    assert office.returncode == 2
    assert "invalid choice: 'office'" in office.stderr
