"""Shared helpers for printer tests: where receipt pictures are saved, and how ink on paper is measured."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hardware.sim.network_printer import VirtualNetworkPrinter


@dataclass(frozen=True)
class Band:
    """A horizontal stripe of ink (one printed line) and the columns its ink spans."""

    top: int
    bottom: int
    left: int
    right: int


def ink_bands(image: Image.Image, threshold: int = 128) -> list[Band]:
    ink = np.asarray(image.convert("L")) < threshold
    rows = ink.any(axis=1)
    bands: list[Band] = []
    y = 0
    while y < len(rows):
        if not rows[y]:
            y += 1
            continue
        top = y
        while y < len(rows) and rows[y]:
            y += 1
        columns = np.flatnonzero(ink[top:y].any(axis=0))
        bands.append(Band(top, y, int(columns[0]), int(columns[-1])))
    return bands


def ink_columns(image: Image.Image, band: Band) -> np.ndarray:
    return np.asarray(image.convert("L"))[band.top : band.bottom].min(axis=0) < 128


def save_picture(tmp_path: Path, name: str, png: bytes) -> Path:
    """Save a receipt picture in the test's directory, and in $KUPA_ARTIFACTS when it is set."""
    path = tmp_path / name
    path.write_bytes(png)
    artifacts = os.environ.get("KUPA_ARTIFACTS")
    if artifacts:
        target = Path(artifacts)
        target.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(png)
    return path


@pytest.fixture
def printer_sim() -> Iterator[VirtualNetworkPrinter]:
    with VirtualNetworkPrinter(width_px=576) as sim:
        yield sim


@pytest.fixture
def narrow_printer_sim() -> Iterator[VirtualNetworkPrinter]:
    with VirtualNetworkPrinter(width_px=384) as sim:
        yield sim
