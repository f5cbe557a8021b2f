from __future__ import annotations

import numpy as np
import pytest

from hardware.cards.barcodes import barcode_image
from hardware.readers.decoders import BACKENDS, Detection, make_decoder
from hardware.scan import Symbology


def _gray(data: str, symbology: Symbology) -> np.ndarray:
    image = barcode_image(data, symbology).convert("L")
    canvas = np.full((480, 640), 200, np.uint8)
    pixels = np.asarray(image)
    canvas[100 : 100 + pixels.shape[0], 100 : 100 + pixels.shape[1]] = pixels
    return canvas


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("data", "symbology"),
    [("4006381333931", Symbology.EAN13), ("KUPA-0042", Symbology.CODE128)],
)
def test_each_backend_reads_our_formats(backend: str, data: str, symbology: Symbology) -> None:
    assert make_decoder(backend).decode(_gray(data, symbology)) == [Detection(data, symbology)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_formats_left_out_are_not_read(backend: str) -> None:
    frame = _gray("96385074", Symbology.EAN8)
    assert make_decoder(backend).decode(frame) == []
    found = make_decoder(backend, (Symbology.EAN13, Symbology.EAN8)).decode(frame)
    assert found == [Detection("96385074", Symbology.EAN8)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_upc_a_is_reported_as_upc_a_only_when_asked_for(backend: str) -> None:
    frame = _gray("036000291452", Symbology.UPCA)
    assert make_decoder(backend).decode(frame) == [Detection("0036000291452", Symbology.EAN13)]
    found = make_decoder(backend, (Symbology.UPCA,)).decode(frame)
    assert found == [Detection("036000291452", Symbology.UPCA)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_empty_frame_has_no_codes(backend: str) -> None:
    assert make_decoder(backend).decode(np.full((480, 640), 128, np.uint8)) == []


def test_unknown_backend_and_formats_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown barcode decoder 'quagga'"):
        make_decoder("quagga")
    with pytest.raises(ValueError, match="the camera reads"):
        make_decoder("zxing", (Symbology.TRACK2,))
    with pytest.raises(ValueError, match="no format"):
        make_decoder("pyzbar", ())


def test_bars_are_whole_multiples_of_the_module_width() -> None:
    for module_px in (2, 3, 4):
        image = barcode_image("4006381333931", Symbology.EAN13, module_px=module_px, text=False)
        row = np.asarray(image.convert("L"))[image.height // 2] < 128
        runs = np.diff(np.flatnonzero(np.diff(row.astype(np.int8))))
        assert set((runs % module_px).tolist()) == {0}, module_px
