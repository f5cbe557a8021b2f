"""Session-wide test setup: offscreen Qt, hypothesis profiles, and no unexpected warnings in the logs."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers.logfail import WarningCollector

pytest_plugins = ["tests.helpers.postgres"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# python-escpos caches its capabilities as a pickle it writes without a lock: one private directory per test
# process (xdist workers and concurrent runs would otherwise read each other's half-written file).
_escpos_cache = tempfile.mkdtemp(prefix="kupa-escpos-")
atexit.register(shutil.rmtree, _escpos_cache, ignore_errors=True)
os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = _escpos_cache
# The compiled translations are cached by file name under the user's cache folder: a private one per test
# process, so another checkout's (newer, different) catalogue is never picked up.
_user_cache = tempfile.mkdtemp(prefix="kupa-cache-")
atexit.register(shutil.rmtree, _user_cache, ignore_errors=True)
os.environ["XDG_CACHE_HOME"] = _user_cache

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
settings.register_profile("thorough", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _no_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that expects a warning takes ``caplog`` and asserts on it; any other warning fails the test."""
    collector = WarningCollector()
    collector.install()
    try:
        yield
    finally:
        collector.uninstall()
    if "caplog" in request.fixturenames:
        return
    if collector.records:
        lines = "\n".join(f"{r.name}: {r.getMessage()}" for r in collector.records)
        pytest.fail(f"unexpected log warnings:\n{lines}", pytrace=False)
