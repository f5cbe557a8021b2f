"""The till shows its window without loading what only other commands or absent devices need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services.demo import generate

ROOT = Path(__file__).resolve().parents[3]
NOT_AT_START = ("fastapi", "uvicorn", "alembic", "escpos", "cv2", "numpy", "httpx")
SHOW_AND_LIST = """
import json, sys
import app.cli.till
from app.cli import main
from app.ui import launch

def ready(window):
    print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})), flush=True)
    window.close()

run_till = launch.run_till
launch.run_till = lambda *args, **kwargs: run_till(*args, **kwargs, on_ready=ready)
sys.exit(main(["till", "--db", sys.argv[1]]))
"""


def test_the_window_is_shown_without_the_office_migrations_printer_camera_or_http_libraries(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    generate(db, products=50, members=50)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SHOW_AND_LIST, str(db)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "sqlalchemy" in loaded
    assert loaded.isdisjoint(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
