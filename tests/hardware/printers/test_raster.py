from __future__ import annotations

import numpy as np

from hardware.printers.document import Align, Pair, Rule, Text
from hardware.printers.raster import keep_numbers_ltr, needs_raster, render_blocks
from tests.hardware.printers.conftest import ink_bands

LRI, PDI = "\u2066", "\u2069"


def test_what_needs_raster() -> None:
    assert not needs_raster("Faleminderit ë ç Ë Ç € ·", "CP858")
    assert needs_raster("שלום", "CP858")
    assert needs_raster("שלום", "CP862"), "a Hebrew code page has no bidi: still an image"
    assert needs_raster("გმადლობთ", "CP858")
    assert needs_raster("€", "CP437")
    assert not needs_raster("€", "CP1252")


def test_numbers_keep_left_to_right_order_inside_rtl_text() -> None:
    assert keep_numbers_ltr("כרטיס 0400 0000 1234 6") == f"כרטיס {LRI}0400 0000 1234 6{PDI}"
    assert keep_numbers_ltr("3% הנחה") == f"{LRI}3%{PDI} הנחה"
    assert keep_numbers_ltr("₪12.50, 23/11/2026") == f"{LRI}₪12.50{PDI}, {LRI}23/11/2026{PDI}"
    assert keep_numbers_ltr("1, 2") == f"{LRI}1{PDI}, {LRI}2{PDI}", "a list keeps reading right to left"
    assert keep_numbers_ltr("אין מספרים") == "אין מספרים"


def test_images_are_pure_black_and_white_and_as_wide_as_the_paper(qapp: object) -> None:
    image = render_blocks([Text("გმადლობთ"), Rule()], width_px=384, direction="ltr")
    assert image.width == 384
    assert set(np.unique(np.asarray(image)).tolist()) == {0, 255}


def test_start_center_and_end_follow_the_direction(qapp: object) -> None:
    blocks = [Text("שלום"), Text("שלום", Align.CENTER), Text("שלום", Align.END)]
    start, center, end = ink_bands(render_blocks(blocks, width_px=576, direction="rtl"))
    assert start.right > 570 and start.left > 400
    assert abs((center.left + center.right) / 2 - 288) < 6
    assert end.left < 6 and end.right < 200
    start, _, end = ink_bands(render_blocks(blocks, width_px=576, direction="ltr"))
    assert start.left < 6 and end.right > 570


def test_long_text_wraps_instead_of_being_clipped(qapp: object) -> None:
    words = " ".join(["მაღაზია"] * 12)
    bands = ink_bands(render_blocks([Text(words)], width_px=384, direction="ltr"))
    assert len(bands) >= 3
    assert all(band.right < 384 for band in bands)


def test_a_value_too_wide_for_its_line_goes_on_the_next_line(qapp: object) -> None:
    image = render_blocks([Pair("ძალიან", "1234567890123456789012345")], width_px=384, direction="ltr")
    label, value = ink_bands(image)
    assert label.left < 5 and value.right > 378


def test_double_is_twice_as_tall_and_bold_has_more_ink(qapp: object) -> None:
    image = render_blocks(
        [Text("ქუფა"), Text("ქუფა", double=True), Text("ქუფა", bold=True)], width_px=576, direction="ltr"
    )
    normal, double, bold = ink_bands(image)
    assert (double.bottom - double.top) >= 1.8 * (normal.bottom - normal.top)
    ink = np.asarray(image) == 0
    assert ink[bold.top : bold.bottom].sum() > 1.2 * ink[normal.top : normal.bottom].sum()
