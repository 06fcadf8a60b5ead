"""Allow ``python -m pmo_desktop``."""

import sys

from pmo_desktop.cli import main

sys.exit(main())
