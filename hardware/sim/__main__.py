"""Entry point: ``python -m hardware.sim --help``."""

import sys

from hardware.sim.cli import main

sys.exit(main())
