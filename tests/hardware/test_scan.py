from __future__ import annotations

from hardware.scan import Scan, SourceKind, Symbology, mask


def test_mask_keeps_the_last_four() -> None:
    assert mask("0400000012346") == "*********2346"
    assert mask("123") == "***"
    assert mask("") == ""


def test_a_scan_never_shows_its_full_text_in_logs() -> None:
    scan = Scan(SourceKind.MAGSTRIPE, "0400000012346", Symbology.TRACK2, 1.5, "msr", "2912")
    assert "0400000012346" not in repr(scan) and "2346" in repr(scan)
    assert scan == Scan(SourceKind.MAGSTRIPE, "0400000012346", Symbology.TRACK2, 1.5, "msr", "2912")
