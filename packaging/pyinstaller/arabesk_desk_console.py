"""The frozen ``arabesk-desk`` program: the app, or the CLI with a command (PyInstaller entry)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
