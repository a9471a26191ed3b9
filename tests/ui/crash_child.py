"""Child process of the crash-recovery test: the real app, typed into, then killed by the test.

``type TEXT``: start, type TEXT key by key, print ``SAVED`` once the autosave stored it, and
keep running until killed. ``show``: start, wait for the draft to come back, print it as JSON.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.app import build_services, build_window, create_application


def type_into(widget, text: str) -> None:
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
            )


def main(argv: list[str]) -> int:
    app = create_application([])
    services = build_services(with_spelling=False)
    window = build_window(services)
    window.show()
    if argv[0] == "type":
        text = argv[1]

        def on_saved(draft) -> None:
            if draft.text == text:
                print("SAVED", draft.id, flush=True)

        window.session.saved.connect(on_saved)
        window.restore_finished.connect(
            lambda _: QTimer.singleShot(0, lambda: type_into(window.editor, text))
        )
    else:

        def report(restored: bool) -> None:
            draft = window.session.draft
            print(
                json.dumps(
                    {"restored": restored, "text": window.editor.toPlainText(), "id": draft.id}
                ),
                flush=True,
            )
            app.quit()

        window.restore_finished.connect(report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
