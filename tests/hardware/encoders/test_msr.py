from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.encoders.msr import MsrEncoder
from hardware.encoders.msr_protocol import (
    MsrError,
    MsrStatusError,
    MsrTimeout,
    MsrVerifyError,
    TrackDataError,
    Tracks,
    card_tracks,
    data_block,
    parse_data_block,
)
from hardware.sim.msr_encoder import VirtualMsrEncoder

CARD = card_tracks("0400000012346", expiry="2912", name="Gashi/Eriona")


@pytest.fixture
def device() -> Iterator[VirtualMsrEncoder]:
    with VirtualMsrEncoder() as sim:
        yield sim


@pytest.fixture
def encoder(device: VirtualMsrEncoder) -> Iterator[MsrEncoder]:
    with MsrEncoder(device.path, swipe_timeout=2.0, command_timeout=1.0) as opened:
        yield opened


def test_the_data_block_is_laid_out_as_the_msr206_expects() -> None:
    assert data_block(Tracks("B1^A^2912", "1=2912", "99")) == (b"\x1bs\x1b1B1^A^2912\x1b2" + b"1=2912\x1b399?\x1c")
    assert data_block(Tracks(track2="1=2912")) == b"\x1bs\x1b21=2912?\x1c"
    assert parse_data_block(b"\x1bs\x1b1%B1^A^2912?\x1b2;1=2912?\x1b3?\x1c\x1b0") == (
        Tracks("B1^A^2912", "1=2912", ""),
        29,
    )
    assert parse_data_block(b"\x1bs\x1b21=29") is None


def test_card_tracks() -> None:
    assert Tracks("B0400000012346^GASHI/ERIONA^2912", "0400000012346=2912") == CARD
    assert "0400000012346" not in repr(CARD)


@pytest.mark.parametrize(
    ("tracks", "message"),
    [
        (Tracks(), "nothing to write"),
        (Tracks(track2="0400A"), "Track 2 can hold only digits and ="),
        (Tracks(track1="B1^émile^2912"), "Track 1 can hold only upper-case"),
        (Tracks(track2="1" * 38), "at most 37 characters, not 38"),
    ],
)
def test_track_data_a_stripe_cannot_hold_is_refused_before_sending(tracks: Tracks, message: str) -> None:
    with pytest.raises(TrackDataError, match=message):
        tracks.validate()


def test_open_resets_and_tests_the_line(device: VirtualMsrEncoder, encoder: MsrEncoder) -> None:
    assert device.commands == ["reset", "test"]


def test_write_then_verify_by_reading_back(device: VirtualMsrEncoder, encoder: MsrEncoder) -> None:
    prompts: list[str] = []
    encoder.on_prompt = prompts.append
    encoder.write_and_verify(CARD)
    assert device.card == CARD
    assert device.commands[-2:] == ["write", "read"]
    assert prompts == [
        "Swipe the card through the encoder to write it.",
        "Swipe the card through the encoder to read it.",
    ]
    assert encoder.read() == CARD


@pytest.mark.parametrize(
    ("status", "message"),
    [
        ("1", "could not read or write the card"),
        ("2", "did not understand the command"),
        ("4", "refused the command as invalid"),
        ("9", "not swiped properly for writing"),
        ("7", "unknown status '7'"),
    ],
)
def test_each_error_status_is_a_clear_error(
    device: VirtualMsrEncoder, encoder: MsrEncoder, status: str, message: str
) -> None:
    device.fail_with = status
    with pytest.raises(MsrStatusError, match=message) as caught:
        encoder.write(CARD)
    assert caught.value.status == status
    device.fail_with = status
    with pytest.raises(MsrStatusError, match=message):
        encoder.read()
    encoder.write(CARD)


def test_a_card_that_reads_back_wrong_fails_verification(device: VirtualMsrEncoder, encoder: MsrEncoder) -> None:
    device.garble_readback = True
    with pytest.raises(MsrVerifyError, match="Track 2 of the card reads back different"):
        encoder.write_and_verify(CARD)


def test_no_swipe_is_a_timeout(device: VirtualMsrEncoder) -> None:
    with MsrEncoder(device.path, swipe_timeout=0.2) as encoder:
        device.silent = True
        with pytest.raises(MsrTimeout, match=r"did not answer within 0.2 seconds \(waiting for the card swipe"):
            encoder.write(CARD)


def test_an_encoder_that_does_not_answer_fails_to_open(device: VirtualMsrEncoder) -> None:
    device.close()
    with VirtualMsrEncoder() as other:
        other._stop.set()
        other._thread.join(2.0)
        with pytest.raises(MsrTimeout, match="communication test"):
            MsrEncoder(other.path, command_timeout=0.2).open()


def test_a_missing_port_is_a_clear_error() -> None:
    with pytest.raises(MsrError, match="cannot be opened; check its cable"):
        MsrEncoder("/nonexistent/ttyMSR").open()
