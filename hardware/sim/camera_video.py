"""A camera you can play: a video file of cards held up to the lens, with noise, blur and empty frames."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw

from hardware.cards.barcodes import barcode_image
from hardware.scan import Symbology

FRAME_SIZE = (640, 480)
BgrFrame = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Showing:
    """A stretch of video: a card with ``code`` in view for ``seconds`` (``code`` None: nothing in view)."""

    code: str | None
    seconds: float
    symbology: Symbology = Symbology.EAN13


def card_picture(code: str, symbology: Symbology, *, width: int = 380) -> BgrFrame:
    """A loyalty card with the code's barcode on it, as a BGR image about ``width`` pixels wide."""
    bars = barcode_image(code, symbology, module_px=3 if symbology is not Symbology.CODE128 else 2, height_px=110)
    height = round(width * 53.98 / 85.60)
    card = Image.new("RGB", (width, height), (250, 248, 240))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, width - 1, 40), fill=(30, 90, 160))
    draw.text((12, 12), "KUPA LOYALTY", fill=(255, 255, 255))
    scale = min(1.0, (width - 20) / bars.width)
    if scale < 1.0:
        bars = bars.resize((round(bars.width * scale), round(bars.height * scale)), Image.Resampling.NEAREST)
    card.paste(bars, ((width - bars.width) // 2, height - bars.height - 10))
    return np.asarray(cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR), dtype=np.uint8)


def _background(rng: np.random.Generator) -> BgrFrame:
    width, height = FRAME_SIZE
    ramp = np.linspace(90, 150, width, dtype=np.float32)
    plane = np.tile(ramp, (height, 1))
    frame = np.stack([plane * 0.8, plane * 0.9, plane], axis=-1)
    frame += rng.standard_normal(frame.shape, dtype=np.float32) * 6
    return np.clip(frame, 0, 255).astype(np.uint8)


def _place(frame: BgrFrame, card: BgrFrame, angle: float, dx: float, dy: float) -> None:
    height, width = card.shape[:2]
    centre = (FRAME_SIZE[0] / 2 + dx, FRAME_SIZE[1] / 2 + dy)
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    matrix[0, 2] += centre[0] - width / 2
    matrix[1, 2] += centre[1] - height / 2
    mask = np.full((height, width), 255, np.uint8)
    warped = cv2.warpAffine(card, matrix, FRAME_SIZE, flags=cv2.INTER_LINEAR)
    warped_mask = cv2.warpAffine(mask, matrix, FRAME_SIZE, flags=cv2.INTER_NEAREST)
    frame[warped_mask > 0] = warped[warped_mask > 0]


def card_frames(
    showings: Sequence[Showing],
    *,
    fps: float = 10.0,
    seed: int = 7,
    noise: float = 6.0,
    blur_every: int = 9,
) -> list[BgrFrame]:
    """The frames of the video: a shaking hand (small moves and tilts), sensor noise, and every
    ``blur_every``-th frame with a card smeared by motion blur so it cannot be read (0: none)."""
    rng = np.random.default_rng(seed)
    background = _background(rng)
    grains = [
        (rng.standard_normal((*FRAME_SIZE[::-1], 3), dtype=np.float32) * noise).astype(np.int16) for _ in range(4)
    ]
    frames: list[BgrFrame] = []
    index = 0
    for showing in showings:
        card = card_picture(showing.code, showing.symbology) if showing.code else None
        for _ in range(max(1, round(showing.seconds * fps))):
            frame = background.copy()
            if card is not None:
                wobble = math.sin(index / 3)
                _place(frame, card, angle=4 * wobble, dx=12 * wobble, dy=rng.uniform(-4, 4))
                if blur_every and index % blur_every == blur_every - 1:
                    frame = np.asarray(cv2.blur(frame, (41, 3)), dtype=np.uint8)
            if noise:
                frame = np.clip(frame + grains[index % len(grains)], 0, 255).astype(np.uint8)
            frames.append(frame)
            index += 1
    return frames


def write_card_video(
    path: Path,
    showings: Sequence[Showing],
    *,
    fps: float = 10.0,
    seed: int = 7,
    noise: float = 6.0,
    blur_every: int = 9,
) -> Path:
    """Write the frames of ``showings`` to ``path`` as Motion-JPEG in AVI, 640x480, and return the path.

    Raises:
        OSError: OpenCV could not open a writer for the file.
    """
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, FRAME_SIZE)
    if not writer.isOpened():
        raise OSError(f"cannot write a video file at {path}")
    try:
        for frame in card_frames(showings, fps=fps, seed=seed, noise=noise, blur_every=blur_every):
            writer.write(frame)
    finally:
        writer.release()
    return path
