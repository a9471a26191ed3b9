"""The *Beleid* menu of the compose window: the policy window and the incident register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from ui.compose_window import ComposeWindow
from ui.incident_window import IncidentWindow
from ui.policy_window import PolicyWindow


def add_policy_menu(window: ComposeWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("Be&leid"))
    policy = QAction(window.tr("Digitale regels en &maatregelen…"), window)
    policy.triggered.connect(lambda: open_policy_window(window))
    register = QAction(window.tr("&Incidentenregister…"), window)
    register.triggered.connect(lambda: open_incident_window(window))
    menu.addAction(policy)
    menu.addAction(register)


def open_policy_window(window: ComposeWindow) -> PolicyWindow:
    services = window.services
    checker = services.checker
    own = services.settings.policy_file.strip()
    managed = checker.machine_policy is not None
    path = checker.machine_policy if managed else (Path(own).expanduser() if own else None)
    dialog = PolicyWindow(
        checker.policy.measures,
        checker.policy.school_name,
        checker.engine,
        path,
        managed=managed,
        parent=window,
    )
    dialog.show()
    return dialog


def open_incident_window(window: ComposeWindow) -> IncidentWindow | None:
    services = window.services
    if services.store_lane is None:
        return None
    dialog = IncidentWindow(
        services.store_lane, services.checker.policy, services.settings.name, parent=window
    )
    dialog.show()
    return dialog
