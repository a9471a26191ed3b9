"""The Qt binding must not drop references on signal emits (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(int)


def test_emitting_keeps_the_reference_count_of_true(qtbot):
    emitter = Emitter()
    received: list[int] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(300):
        emitter.happened.emit(number)
    assert len(received) == 300
    assert sys.getrefcount(True) >= before - 5  # 6.12.0 lost one reference per emit
