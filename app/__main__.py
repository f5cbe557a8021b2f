"""Command line of Kupa: ``python -m app <command>``; each command lives in ``app.cli``."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
