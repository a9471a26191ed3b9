"""The composition root: builds paths, settings, checker, store, lanes and the window.

Nothing is global: everything is built here and passed down (STYLE.md rule 2).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from arabesk_desk.machine_policy import machine_policy_in_place
from arabesk_desk.paths import DataPaths, data_paths
from arabesk_desk.policy import PolicyError, SchoolPolicy
from arabesk_desk.policy_names import names_for_spelling
from arabesk_desk.post_checker import PostChecker, load_post_checker
from arabesk_desk.user_settings import UserSettings, load_settings
from checks import PackError, load_engine
from checks.resources import packaged_resources_dir
from ui import theme
from ui.compose_window import ComposeWindow
from ui.i18n import install_language
from ui.lanes.spelling_lane import load_spelling_service
from ui.lanes.store_lane import StoreLane
from ui.services import AppServices

APP_NAME = "Arabesk Desk"
DESKTOP_ID = "arabesk-desk"  # packaging/linux/arabesk-desk.desktop
GIL_SWITCH_INTERVAL_S = 0.001


def load_checker(settings: UserSettings) -> tuple[PostChecker, str | None]:
    """The checker for the policy in force; when a policy file cannot be used, a Dutch
    message and the rules that remain: without the user's file, else the defaults."""
    own = Path(settings.policy_file).expanduser() if settings.policy_file.strip() else None
    try:
        return load_post_checker(own, spelling=False), None
    except (PackError, OSError) as exc:
        problem = exc
    defaults_note = (
        "De app gebruikt de standaardregels; vraag ICT-beheer het bestand te herstellen."
    )
    if own is not None:
        try:
            checker = load_post_checker(None, spelling=False)
        except (PackError, OSError):
            pass  # ICT's machine-wide policy is broken too: the defaults below
        else:
            if checker.machine_policy is None:
                return checker, (
                    f"Het schoolbeleid ({own}) kon niet worden gelezen: {problem}. {defaults_note}"
                )
            return checker, (
                f"Je eigen beleidsbestand ({own}) is niet gebruikt: {problem}. "
                "Het schoolbeleid van ICT-beheer geldt."
            )
    machine = _broken_machine_policy()
    if machine is None:
        raise problem  # the app's own rule packs are damaged: nothing to fall back on
    defaults = SchoolPolicy()
    checker = PostChecker(load_engine(defaults.engine_settings()), defaults, machine_policy=machine)
    return checker, (
        f"Het schoolbeleid van ICT-beheer ({machine}) kon niet worden gelezen: {problem}. "
        f"{defaults_note}"
    )


def _broken_machine_policy() -> Path | None:
    """ICT's machine-wide policy file, also when it cannot be read: it still rules the dialog."""
    try:
        return machine_policy_in_place()
    except PolicyError as exc:
        return Path(exc.path)


def _log_signer(settings: UserSettings) -> Callable[[], Any] | None:
    """The author's key for the log, made on first use (by name: people are their keys)."""
    name = settings.name.strip()
    if not name:
        return None

    def load() -> Any:
        from arabesk_desk.review.signing import load_or_create_signer

        return load_or_create_signer(name)

    return load


def build_services(
    environ: Mapping[str, str] | None = None, *, with_spelling: bool = True
) -> AppServices:
    """Everything the windows need, built once; problems become messages, never a crash."""
    paths: DataPaths = data_paths(dict(environ) if environ is not None else None).ensure()
    settings, settings_problem = load_settings(paths.settings_file)
    problems = [settings_problem.message] if settings_problem else []
    checker, policy_problem = load_checker(settings)
    if policy_problem:
        problems.append(policy_problem)
    names = names_for_spelling(checker.policy)
    return AppServices(
        paths=paths,
        settings=settings,
        checker=checker,
        store_lane=StoreLane.for_database(paths.database, signer_loader=_log_signer(settings)),
        spelling_loader=(
            (lambda: load_spelling_service(settings, paths, names)) if with_spelling else None
        ),
        language=settings.language,
        startup_problems=problems,
    )


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # A check holds the GIL for tens of milliseconds; switching every 1 ms (not 5) lets the
    # GUI thread answer a keystroke while it runs.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication([sys.argv[0] if sys.argv else "arabesk-desk", *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("De Arabesk")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # Linux: the menu entry (and its icon) of this window
    app.setWindowIcon(QIcon(str(packaged_resources_dir() / "icons" / "arabesk-desk.png")))
    return app


def build_window(services: AppServices) -> ComposeWindow:
    """The compose window; once it shows its first check it reopens the last draft and
    starts spelling, so neither delays a usable window."""
    from ui.policy_menu import add_policy_menu
    from ui.review_wiring import ReviewWiring

    window = ComposeWindow(services)
    window.review = ReviewWiring(window, services)  # menu, review queue, log, publish clearance
    add_policy_menu(window)  # the school's measures and the incident register
    window.start_when_usable()
    return window


def ask_name_on_first_use(window: ComposeWindow) -> None:
    """No name yet: ask it once, so requests and the log never say "?"."""
    from ui.first_use import FirstUseDialog

    services = window.services
    dialog = FirstUseDialog(services.settings, services.paths.settings_file, parent=window)
    dialog.settings_saved.connect(window.settings_applier.apply_quietly)
    dialog.save_failed.connect(window.show_problem)
    dialog.open()


def run_app(argv: Sequence[str]) -> int:
    """Start the app; returns the process exit code."""
    app = create_application(argv)
    try:
        services = build_services()
    except Exception as exc:  # e.g. a damaged rule pack: say what, do not just vanish
        QMessageBox.critical(None, APP_NAME, f"Arabesk Desk kon niet starten:\n{exc}")
        return 1
    problem = install_language(app, services.settings.language)
    if problem:
        services.startup_problems.append(problem)
    services.language = "en" if services.settings.language == "en" and not problem else "nl"
    theme.apply_theme(app, theme.theme_choice(services.settings))
    window = build_window(services)
    window.show()
    if not services.settings.name.strip():
        window.results_painted.connect(
            lambda _revision: ask_name_on_first_use(window), Qt.ConnectionType.SingleShotConnection
        )
    try:
        return app.exec()
    finally:
        window.spelling_lane.close()
        if services.store_lane is not None:
            services.store_lane.close()
