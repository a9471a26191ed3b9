"""The frozen ``arabesk-desk-window`` program: the window, without a console (PyInstaller entry)."""

import sys

from ui.launcher import main_window

if __name__ == "__main__":
    sys.exit(main_window())
