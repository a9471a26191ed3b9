"""The ``arabesk-desk`` entry point: the app without a command, the CLI with one.

Qt is imported only when the app starts, so CLI commands start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from arabesk_desk.cli import main as cli_main

        return cli_main(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
