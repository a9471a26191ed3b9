"""The review queue for leaders: requests from the review folder, read, compare, sign a decision."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.review.decisions import Decision, decide
from arabesk_desk.review.diff import has_changes, word_diff
from arabesk_desk.review.folder import FolderState, ReviewCase, ReviewFolder
from arabesk_desk.review.signing import (
    KeyringUnavailable,
    NoReviewerKey,
    ReviewerSigner,
    fingerprint,
    keyring_available,
    load_signer,
)
from arabesk_desk.review.states import Outcome
from arabesk_desk.review.trail import build_trail
from checks.channels import Channel
from ui.i18n import count_text, one_language
from ui.lanes.background import BackgroundRunner
from ui.review_case_text import header_html, list_text
from ui.review_html import diff_html, findings_list, marked_text, trail_html
from ui.review_texts import status_label

SignerLoader = Callable[[str], ReviewerSigner]
REFRESH_DELAY_MS = 400  # sync clients write in bursts; read once they settle


class ReviewQueueWindow(QMainWindow):
    """Lists the folder's requests; the chosen one shows its text, findings, diff and trail."""

    state_loaded = Signal(object)  # FolderState
    decision_recorded = Signal(object)  # Decision
    problem = Signal(str)  # a Dutch message, also shown in the window

    def __init__(
        self,
        folder: ReviewFolder,
        reviewer_name: str,
        *,
        channels: Mapping[str, Channel] | None = None,
        signer_loader: SignerLoader = load_signer,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.reviewer_name = reviewer_name
        self.channels = dict(channels or {})
        self.state = FolderState((), ())
        self._signer_loader = signer_loader
        self._runner = runner or BackgroundRunner(parent=self)
        self._watcher = QFileSystemWatcher(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._build()
        self._connect()
        self.setWindowTitle(self.tr("Beoordelen"))
        self.resize(1100, 720)
        self.refresh()
        self._check_signing()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(self._build_top_row())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.requests_list = QListWidget()
        self.requests_list.setAccessibleName(self.tr("Verzoeken"))
        self.requests_list.setWordWrap(True)
        splitter.addWidget(self.requests_list)
        splitter.addWidget(self._build_detail())
        self.requests_list.setSpacing(3)
        self.requests_list.setAlternatingRowColors(True)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([330, 770])
        column.addWidget(splitter, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message_label)
        self.setCentralWidget(central)

    def _build_top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending_only = QCheckBox(self.tr("Alleen open verzoeken"))
        self.pending_only.setChecked(True)
        self.problems_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.problems_label)
        row.addWidget(self.pending_only)
        row.addWidget(self.refresh_button)
        return row

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self.text_view = QTextBrowser()
        self.diff_view = QTextBrowser()
        self.trail_view = QTextBrowser()
        self.tabs.addTab(self.text_view, self.tr("Tekst en adviezen"))
        self.tabs.addTab(self.diff_view, self.tr("Verschil met vorige versie"))
        self.tabs.addTab(self.trail_view, self.tr("Geschiedenis"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(
            self.tr("Opmerking voor de auteur (verplicht bij aanpassen of afwijzen)")
        )
        self.comment.setAccessibleName(self.tr("Opmerking"))
        self.comment.setMaximumHeight(72)
        column.addWidget(self.header)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.comment)
        column.addLayout(self._build_buttons())
        return detail

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("✔ &Goedkeuren"))
        self.changes_button = QPushButton(self.tr("✎ &Aanpassing vragen"))
        self.reject_button = QPushButton(self.tr("✖ A&fwijzen"))
        self.signing_label = QLabel(
            self.tr("Je besluit wordt ondertekend als %1.").replace("%1", self.reviewer_name)
        )
        row.addWidget(self.signing_label, 1)
        for button in (self.approve_button, self.changes_button, self.reject_button):
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.pending_only.toggled.connect(lambda _: self._fill_list())
        self.requests_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.approve_button.clicked.connect(lambda: self.record_decision(Outcome.APPROVED))
        self.changes_button.clicked.connect(lambda: self.record_decision(Outcome.CHANGES_REQUESTED))
        self.reject_button.clicked.connect(lambda: self.record_decision(Outcome.REJECTED))
        self._watcher.directoryChanged.connect(lambda _: self._refresh_timer.start())
        self._refresh_timer.timeout.connect(self.refresh)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder in the background (it may be a slow share); the list follows."""
        where = self.tr("Map voor beoordelingen: %1").replace("%1", str(self.folder.root))
        self.folder_label.setText(where)
        self._runner.run(self.folder.load, self._loaded, self._load_failed)

    def _loaded(self, state: FolderState) -> None:
        self.state = state
        self._watch_folders()
        self._show_problems()
        self._fill_list()
        self.state_loaded.emit(state)

    def _load_failed(self, error: Exception) -> None:
        self.show_message(
            self.tr("De map voor beoordelingen kon niet worden gelezen: %1").replace(
                "%1", str(error)
            )
        )

    def _watch_folders(self) -> None:
        wanted = [self.folder.root, self.folder.root / "requests", self.folder.root / "decisions"]
        present = set(self._watcher.directories())
        missing = [str(p) for p in wanted if p.is_dir() and str(p) not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _show_problems(self) -> None:
        problems = self.state.problems
        if not problems:
            self.problems_label.clear()
            self.problems_label.setToolTip("")
            return
        self.problems_label.setText(
            "⚠ "
            + count_text(
                len(problems),
                "",
                self.tr("1 bestand overgeslagen"),
                self.tr("%1 bestanden overgeslagen"),
            )
        )
        self.problems_label.setToolTip("\n".join(one_language(str(p)) for p in problems))

    def visible_cases(self) -> tuple[ReviewCase, ...]:
        cases = self.state.pending() if self.pending_only.isChecked() else self.state.cases
        return tuple(reversed(cases))  # newest first

    def _fill_list(self) -> None:
        current = self.current_case()
        keep = current.request.id if current else None
        self.requests_list.blockSignals(True)
        self.requests_list.clear()
        for case in self.visible_cases():
            item = QListWidgetItem(list_text(case, self.channels))
            item.setData(Qt.ItemDataRole.UserRole, case.request.id)
            self.requests_list.addItem(item)
            if case.request.id == keep:
                self.requests_list.setCurrentItem(item)
        self.requests_list.blockSignals(False)
        if self.requests_list.currentItem() is None and self.requests_list.count():
            self.requests_list.setCurrentRow(0)
        self._show_current()

    # -- showing one request ---------------------------------------------------------------

    def current_case(self) -> ReviewCase | None:
        item = self.requests_list.currentItem()
        if item is None:
            return None
        request_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.state.cases if c.request.id == request_id), None)

    def _show_current(self) -> None:
        case = self.current_case()
        for button in (self.approve_button, self.changes_button, self.reject_button):
            button.setEnabled(case is not None)
        if case is None:
            self.header.setText(self._empty_text())
            for view in (self.text_view, self.diff_view, self.trail_view):
                view.clear()
            return
        request = case.request
        self.header.setText(header_html(case, self.channels))
        self.text_view.setHtml(
            marked_text(request.text, request.finding_objects())
            + findings_list(request.finding_objects(), request.text)
        )
        self.diff_view.setHtml(self._diff_for(case))
        trail = build_trail(
            [c.request for c in self.state.for_draft(request.draft_id)],
            [dv for c in self.state.for_draft(request.draft_id) for dv in c.decisions],
        )
        self.trail_view.setHtml(trail_html(trail))

    def _empty_text(self) -> str:
        if self.pending_only.isChecked():
            return self.tr("Er wachten geen verzoeken op je besluit.")
        return self.tr("Er staan geen verzoeken in de map voor beoordelingen.")

    def _diff_for(self, case: ReviewCase) -> str:
        previous = self.state.previous(case.request)
        if previous is None:
            return (
                "<p><i>"
                + html.escape(
                    self.tr("Eerste versie: er is geen eerdere versie om mee te vergelijken.")
                )
                + "</i></p>"
            )
        segments = word_diff(previous.text, case.request.text)
        intro = self.tr("Wijzigingen sinds versie %1:").replace("%1", str(previous.revision))
        if not has_changes(segments):
            intro = self.tr("De tekst is gelijk aan versie %1.").replace(
                "%1", str(previous.revision)
            )
        return f"<p><b>{html.escape(intro)}</b></p>" + diff_html(segments)

    # -- deciding --------------------------------------------------------------------------

    def record_decision(self, outcome: Outcome) -> None:
        """Sign the decision with the reviewer's key and write it to the folder."""
        case = self.current_case()
        if case is None:
            return
        signer = self._load_signer()
        if signer is None:
            return
        # "Your own post" is a matter of keys, not of how a name is written.
        own = self.folder.policy.same_person(signer.public_key, case.request.author_key)
        if outcome is Outcome.APPROVED and own:
            self.show_message(
                self.tr(
                    "Je kunt je eigen bericht niet goedkeuren; vraag een andere leidinggevende."
                )
            )
            return
        try:
            decision = decide(case.request, outcome, self.comment.toPlainText(), signer)
        except ValueError as exc:
            self.show_message(str(exc))
            self.comment.setFocus()
            return
        self._runner.run(
            lambda: self.folder.record(decision),
            lambda _path: self._recorded(decision),
            lambda error: self.show_message(
                self.tr("Het besluit kon niet worden opgeslagen: %1").replace("%1", str(error))
            ),
        )

    def _load_signer(self) -> ReviewerSigner | None:
        """The reviewer's key, or None after saying why signing is refused."""
        try:
            signer = self._signer_loader(self.reviewer_name)
        except KeyringUnavailable:
            self.show_message(self._no_keyring_text())
            return None
        except NoReviewerKey:
            self.show_message(
                self.tr(
                    "Je hebt op deze computer nog geen sleutel om te ondertekenen. Maak er een "
                    'met ‘arabesk-desk review keygen --name "%1"’ en vraag ICT-beheer de '
                    "publieke sleutel in het schoolbeleid te zetten."
                ).replace("%1", self.reviewer_name)
            )
            return None
        if self.folder.policy.reviewer_for_key(signer.public_key) is None:
            self.show_message(
                self.tr(
                    "Je sleutel (%1) staat niet in het schoolbeleid, dus je besluit zou niet "
                    "gelden. Vraag ICT-beheer je publieke sleutel toe te voegen."
                ).replace("%1", fingerprint(signer.public_key))
            )
            return None
        return signer

    def _recorded(self, decision: Decision) -> None:
        self.comment.clear()
        self.show_message(
            self.tr("Besluit ‘%1’ ondertekend en in de map voor beoordelingen gezet.").replace(
                "%1", status_label(str(decision.outcome))
            )
        )
        self.decision_recorded.emit(decision)
        self.refresh()

    def _check_signing(self) -> None:
        """Say before the first click when this computer cannot sign a decision at all."""
        self._runner.run(keyring_available, self._signing_checked, lambda _error: None)

    def _signing_checked(self, available: bool) -> None:
        if not available:
            self.show_message(self._no_keyring_text())

    def _no_keyring_text(self) -> str:
        return self.tr(
            "Goedkeuren kan op deze computer niet: er is geen sleutelbos (keyring) van het "
            "besturingssysteem om je ondertekeningssleutel veilig te bewaren. Vraag ICT-beheer "
            "om Windows Referentiebeheer, macOS Sleutelhanger of een Secret Service-sleutelbos; "
            "‘arabesk-desk doctor’ laat zien wat er ontbreekt."
        )

    def show_message(self, message: str) -> None:
        self.message_label.setText(message)
        self.problem.emit(message)
