"""Secrets the office hands out: random, URL-safe, and usable after ``--code`` on the command line."""

from __future__ import annotations

import argparse
import re

from app.sync.keys import new_secret, secret_hash


def test_secrets_are_url_safe_distinct_and_never_start_with_a_dash() -> None:
    made = [new_secret() for _ in range(3000)]  # about 47 would start with "-" if nothing prevented it
    assert len(set(made)) == len(made)
    assert all(re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]{42}", secret) for secret in made)


def test_a_secret_parses_as_the_value_of_an_option() -> None:
    parser = argparse.ArgumentParser(exit_on_error=False)
    parser.add_argument("--code", required=True)
    for _ in range(500):
        secret = new_secret()
        assert parser.parse_args(["--code", secret]).code == secret


def test_only_the_hash_is_kept_and_it_is_stable() -> None:
    secret = new_secret()
    assert secret_hash(secret) == secret_hash(secret) != secret
    assert re.fullmatch(r"[0-9a-f]{64}", secret_hash(secret))
