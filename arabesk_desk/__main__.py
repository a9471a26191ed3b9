"""``python -m arabesk_desk``: the command-line interface (the app itself lives in ``ui``)."""

from __future__ import annotations

import sys

from arabesk_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
