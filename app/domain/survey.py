"""Survey codes on receipts: the receipt number and four check characters, so a later answer finds its sale.

The check characters come from the sale's id (random, never printed), so a code cannot be guessed from a
receipt number alone; nothing in the code says who the customer is.
"""

from __future__ import annotations

import hashlib

from app.domain.errors import DomainError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
CHECK_LENGTH = 4
_READS_AS = {"O": "0", "I": "1", "L": "1"}


class InvalidSurveyCode(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(f"{code} is not a survey code from a receipt", code=code)


def check_characters(sale_id: str) -> str:
    digest = int.from_bytes(hashlib.sha256(sale_id.encode()).digest()[:4], "big")
    chars = []
    for _ in range(CHECK_LENGTH):
        digest, index = divmod(digest, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def survey_code(receipt_number: str, sale_id: str) -> str:
    """``S1-T1-000042-7KQM``: printed under the receipt's survey invitation."""
    return f"{receipt_number}-{check_characters(sale_id)}"


def parse_survey_code(text: str) -> tuple[str, str]:
    """The receipt number and check characters of a typed code (spaces ignored, letters in any case).

    Raises:
        InvalidSurveyCode: no receipt number, or check characters that are not four base-32 letters.
    """
    cleaned = "".join(text.split()).upper()
    number, dash, check = cleaned.rpartition("-")
    check = "".join(_READS_AS.get(char, char) for char in check)
    if not dash or not number or len(check) != CHECK_LENGTH or any(char not in ALPHABET for char in check):
        raise InvalidSurveyCode(text.strip())
    return number, check


def code_matches(text: str, receipt_number: str, sale_id: str) -> bool:
    number, check = parse_survey_code(text)
    return number == receipt_number.upper() and check == check_characters(sale_id)
