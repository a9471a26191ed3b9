"""The compose window: write a post, see live protocol advice, fix it, ask, publish."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.posts import Draft, DraftStatus
from arabesk_desk.user_settings import UserSettings
from checks import Capacity, Finding, Role
from ui.actions import ComposeActions
from ui.attachments_panel import AttachmentsPanel
from ui.capacity_toggle import CapacityToggle
from ui.channel_bar import ChannelBar, Counter
from ui.compose_panels import DraftsOpener, PreviewTab, ReviewOpener, open_settings
from ui.compose_sections import ActionRow, build_menus, build_top_bar, role_label
from ui.draft_session import DraftSession
from ui.editor.marks import Mark, not_covered
from ui.editor.post_editor import PostEditor
from ui.finding_text import FindingTexts
from ui.findings_panel import FindingsPanel
from ui.lanes.background import BackgroundRunner
from ui.lanes.check_lane import CheckLane, CheckResult, CheckSnapshot, run_checks
from ui.lanes.spelling_lane import SpellingLane, describe_status
from ui.publish_flow import PublishFlow
from ui.services import AppServices
from ui.status import StatusLine

SPELLING_STATUS_MS = 2000


class ComposeWindow(QMainWindow):
    """Composes the editor, panel, bars and lanes; holds no checking logic of its own."""

    review_requested = Signal(str, str)  # draft id, the question for the leader
    results_painted = Signal(int)  # revision whose protocol findings are now on screen
    restore_finished = Signal(bool)  # True when a draft from an earlier session came back

    def __init__(
        self,
        services: AppServices,
        *,
        check_lane: CheckLane | None = None,
        counter: Counter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.revision = 0
        self.painted_revision = -1
        settings = services.settings
        self.texts = FindingTexts(services.guidelines, services.language)
        self.session = DraftSession(
            services.store_lane,
            Draft(author=settings.name, role=settings.role, channels=settings.channels[:1]),
            self,
        )
        self.check_lane = check_lane or CheckLane(
            lambda snapshot: run_checks(services.checker, snapshot), parent=self
        )
        self.spelling_lane = SpellingLane(services.spelling_service, parent=self)
        self.actions = ComposeActions(self)
        self.publisher = PublishFlow(self.session, services.channels, parent=self)
        self._build(counter)
        self._connect()
        self.setWindowTitle(self.tr("Arabesk Desk — nieuw bericht"))
        self._show_spelling_status()
        self._spelling_status_timer = QTimer(self, interval=SPELLING_STATUS_MS)
        self._spelling_status_timer.timeout.connect(self._show_spelling_status)
        self._spelling_status_timer.start()
        for problem in services.startup_problems:
            self.status.show_problem(problem)
        self.load_draft(self.session.draft)

    # -- building --------------------------------------------------------------------------

    def _build(self, counter: Counter | None) -> None:
        services = self.services
        self.editor = PostEditor(self.texts)
        self.editor.suggest_words = self.spelling_lane.suggest
        self.panel = FindingsPanel(self.texts)
        self.panel.suggest_words = self.spelling_lane.suggest
        self.channel_bar = ChannelBar(services.channels, services.settings.channels, counter)
        self.capacity = CapacityToggle(services.school_name, services.settings.role)
        self.action_row = ActionRow(self.actions)
        self.role_label = QLabel(role_label(services.settings.role))
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self.side = QTabWidget()
        self.side.addTab(self.panel, self.tr("Adviezen"))
        self.side.setAccessibleName(self.tr("Adviezen en voorbeeld"))
        self.preview = PreviewTab(self.side, services.channels)
        self.attachments = AttachmentsPanel()
        self.drafts = DraftsOpener(self)
        self.reviews = ReviewOpener(self)
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)  # attachments take only the room they need
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.editor, 1)
        writing_layout.addWidget(self.attachments, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(writing)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(build_top_bar(central, self.channel_bar, self.capacity, self.role_label))
        column.addWidget(splitter, 1)
        column.addWidget(self.action_row)
        self.setCentralWidget(central)
        build_menus(self, self.actions)
        self.resize(1100, 700)

    def _connect(self) -> None:
        self.editor.textChanged.connect(self._text_changed)
        self.editor.marks_changed.connect(lambda: self.panel.show_marks(self.editor.shown_marks))
        self.editor.ignore_requested.connect(self.ignore)
        self.editor.add_word_requested.connect(self._add_word)
        self.panel.fix_requested.connect(self.editor.apply_fix)
        self.panel.ignore_requested.connect(self.ignore)
        self.panel.add_word_requested.connect(self._add_word)
        self.panel.mark_activated.connect(self.editor.select_mark)
        self.check_lane.findings_ready.connect(self._protocol_findings)
        self.check_lane.check_failed.connect(self._check_failed)
        self.spelling_lane.findings_ready.connect(self._spelling_findings)
        self.spelling_lane.check_failed.connect(self._check_failed)
        self.channel_bar.channels_changed.connect(self._channels_changed)
        self.attachments.attachments_changed.connect(
            lambda items: self.session.update(attachments=tuple(items))
        )
        self.attachments.attachment_rejected.connect(
            lambda _path, message: self.status.show_problem(message)
        )
        self.capacity.capacity_changed.connect(self._capacity_changed)
        self.capacity.disclosure_requested.connect(self.add_disclosure)
        self.session.saved.connect(self._saved)
        self.session.problem.connect(self.status.show_problem)
        self.publisher.published.connect(self._published)
        self.publisher.fix_requested.connect(self._go_fix)
        self._connect_actions()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.scheme_changed())

    def _connect_actions(self) -> None:
        a = self.actions
        a.new_draft.triggered.connect(self.new_draft)
        a.open_drafts.triggered.connect(self.drafts.open)
        a.settings.triggered.connect(lambda: open_settings(self, self.apply_settings))
        a.attach.triggered.connect(self.attachments.add_button.click)
        a.show_preview.triggered.connect(self.preview.reveal)
        a.save.triggered.connect(self.session.save_now)
        a.publish.triggered.connect(self.publish)
        a.ask_leader.triggered.connect(self.ask_leader)
        a.quit.triggered.connect(self.close)
        a.next_finding.triggered.connect(lambda: self.editor.step_to_mark(+1))
        a.previous_finding.triggered.connect(lambda: self.editor.step_to_mark(-1))
        a.apply_fix.triggered.connect(self.editor.apply_first_fix)
        a.ignore_finding.triggered.connect(self._ignore_current)
        a.personal.triggered.connect(lambda: self.capacity.set_capacity(Capacity.PERSONAL))
        a.official.triggered.connect(lambda: self.capacity.set_capacity(Capacity.OFFICIAL))
        a.add_disclosure.triggered.connect(
            lambda: self.add_disclosure(self.capacity.disclosure_line)
        )
        a.focus_findings.triggered.connect(lambda: self.panel.setFocus())
        a.focus_editor.triggered.connect(lambda: self.editor.setFocus())

    # -- the draft -------------------------------------------------------------------------

    def load_draft(self, draft: Draft, *, stored: bool = False) -> None:
        """Show ``draft`` in the editor (a restored or chosen one) and check it."""
        self.session.switch_to(draft, stored=stored)
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft.text)
        self.editor.blockSignals(False)
        self.editor.set_ignored(draft.ignored)
        self.attachments.set_attachments(draft.attachments)
        self.channel_bar.set_selected(draft.channels)
        self.capacity.set_capacity(draft.capacity)
        self._after_text_change(save=False, immediately=True)

    def start_when_usable(self) -> None:
        """After the first findings are painted: reopen the last draft, start spelling."""
        self.results_painted.connect(self._first_paint, Qt.ConnectionType.SingleShotConnection)

    def _first_paint(self, _revision: int) -> None:
        QTimer.singleShot(0, self.restore_last_draft)
        QTimer.singleShot(0, self.start_spelling)

    def start_spelling(self) -> None:
        """Start the spelling process from a pool thread: spawning it takes a moment."""
        loader = self.services.spelling_loader
        if loader is None or self.spelling_lane.available:
            return
        self._spelling_starter = BackgroundRunner(parent=self)
        self._spelling_starter.run(loader, self._spelling_started, self._check_failed_exception)

    def _spelling_started(self, loaded: tuple[object, str]) -> None:
        service, problem = loaded
        self.services.spelling_service, self.services.spelling_problem = service, problem
        self.spelling_lane.attach(service)
        self.spelling_lane.request(self.editor.toPlainText(), self.revision)
        self._show_spelling_status()

    def _check_failed_exception(self, error: Exception) -> None:
        self._check_failed(f"{type(error).__name__}: {error}")

    def restore_last_draft(self) -> None:
        """Crash recovery: reopen the last unpublished draft, if there is one."""
        self.session.restore_last(self._restored)

    def _restored(self, draft: Draft | None) -> None:
        restored = draft is not None and not self.editor.toPlainText()
        if draft is not None and restored:
            self.load_draft(draft, stored=True)
            self.status.show_problem(self.tr("Je laatste concept is teruggezet."))
        self.restore_finished.emit(restored)

    def new_draft(self) -> None:
        settings = self.services.settings
        self.load_draft(
            Draft(author=settings.name, role=settings.role, channels=self.channel_bar.selected())
        )

    def snapshot(self) -> CheckSnapshot:
        return CheckSnapshot(
            text=self.editor.toPlainText(),
            capacity=self.capacity.capacity(),
            channels=self.channel_bar.selected(),
            role=self.services.settings.role,
            revision=self.revision,
        )

    def _text_changed(self) -> None:
        self._after_text_change(save=True, immediately=False)

    def _after_text_change(self, *, save: bool, immediately: bool) -> None:
        self.revision += 1
        text = self.editor.toPlainText()
        if save:
            self.session.update(text=text)
            self.status.show_unsaved()
        self.channel_bar.set_text(text, now=immediately)
        self.capacity.set_text(text)
        self._show_preview()
        self._request_checks(immediately)

    def _request_checks(self, immediately: bool) -> None:
        snapshot = self.snapshot()
        if immediately:
            self.check_lane.request_now(snapshot)
        else:
            self.check_lane.request(snapshot)
        self.spelling_lane.request(snapshot.text, snapshot.revision)

    def _channels_changed(self, channels: tuple[str, ...]) -> None:
        self.session.update(channels=channels)
        self._show_preview()
        self.revision += 1  # the same text checked for other channels is a new snapshot
        self._request_checks(immediately=True)

    def _capacity_changed(self, capacity: Capacity) -> None:
        self.actions.personal.setChecked(capacity is Capacity.PERSONAL)
        self.actions.official.setChecked(capacity is Capacity.OFFICIAL)
        self.session.update(capacity=capacity)
        self._show_preview()
        self.revision += 1
        self._request_checks(immediately=True)

    # -- findings --------------------------------------------------------------------------

    def _protocol_findings(self, result: CheckResult) -> None:
        if result.snapshot.revision != self.revision:
            return  # the text moved on: never paint offsets into older text
        self.editor.set_layer("protocol", result.snapshot.text, result.findings)
        self.status.show_checks(result.rule_count, len(result.findings), result.elapsed_ms)
        self.painted_revision = result.snapshot.revision
        self.results_painted.emit(result.snapshot.revision)

    def _spelling_findings(self, revision: int, findings: tuple[Finding, ...]) -> None:
        if revision == self.revision:
            protocol = [f for f in self.editor.all_findings() if f.category != "spelling"]
            self.editor.set_layer(
                "spelling", self.editor.toPlainText(), not_covered(findings, protocol)
            )
            self._show_spelling_status()

    def _check_failed(self, problem: str) -> None:
        self.status.show_problem(self.tr("Controle mislukt: %1").replace("%1", problem))

    def ignore(self, mark: Mark) -> None:
        """ "Negeren": hide this finding for this draft, remembered in the draft."""
        ignored = (*self.session.draft.ignored, mark.ignore_key)
        self.session.update(ignored=ignored)
        self.editor.set_ignored(ignored)

    def findings(self) -> list[Finding]:
        """Every current finding, ignored ones too (the gate asks about every error)."""
        return self.editor.all_findings()

    def _ignore_current(self) -> None:
        mark = self.editor.current_mark()
        if mark is not None:
            self.ignore(mark)

    def _add_word(self, word: str) -> None:
        self.spelling_lane.add_word(word)
        self.spelling_lane.request(self.editor.toPlainText(), self.revision)

    def add_disclosure(self, line: str) -> None:
        """Append the "op persoonlijke titel" line as its own paragraph (one undo step)."""
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(("\n\n" if text.strip() else "") + line)
        self.editor.setTextCursor(cursor)

    # -- asking and publishing -------------------------------------------------------------

    def ask_leader(self) -> None:
        """Guideline 8: one click sends the draft to a leader with a question."""
        self.session.update(text=self.editor.toPlainText())
        self.session.save_now()
        self.reviews.open()

    def request_review(self, question: str) -> None:
        """The request went out: the draft waits for the leader (also without the dialog)."""
        self.session.mark(DraftStatus.IN_REVIEW)
        self.review_requested.emit(self.session.draft.id, question)
        self.status.show_problem(self.tr("Je concept wacht op beoordeling door je leidinggevende."))

    def review_changed(self, status: DraftStatus) -> None:
        """The review folder said where the draft stands (approved, changes asked, …)."""
        if status is not self.session.draft.status and status is not DraftStatus.DRAFT:
            self.session.mark(status)

    def publish(self) -> None:
        self.session.update(text=self.editor.toPlainText())
        self.publisher.start(self.findings(), self.action_row.open_share.isChecked(), self)

    def _published(self, _item: object) -> None:
        self.status.show_problem(
            self.tr("Gepubliceerd: de tekst staat op het klembord en is vastgelegd.")
        )

    def _go_fix(self, findings: list[Finding]) -> None:
        marks = [m for m in self.editor.marks() if m.finding in findings]
        if marks:
            self.editor.select_mark(marks[0])

    # -- settings, preview, status and closing ---------------------------------------------

    def apply_settings(self, settings: UserSettings) -> None:
        """Name and role apply at once; language, policy and channels at the next start."""
        self.services.settings = settings
        self.role_label.setText(role_label(settings.role))
        self.capacity.leader_note.setVisible(settings.role is Role.LEADER)
        self.session.update(author=settings.name, role=settings.role)
        self.revision += 1
        self._request_checks(immediately=True)
        self.status.show_problem(
            self.tr("Instellingen opgeslagen. Taal, schoolbeleid en kanalen gelden na herstart.")
        )

    def _show_preview(self) -> None:
        """As the feed will show it: an official post under the school's account."""
        policy = self.services.checker.policy
        official = self.capacity.capacity() is Capacity.OFFICIAL
        self.preview.show_post(
            self.editor.toPlainText(),
            self.channel_bar.selected(),
            policy.school_name if official else self.services.settings.name,
            policy.channel_accounts if official else None,
        )

    def _saved(self, draft: Draft) -> None:
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.status.show_saved(when)

    def _show_spelling_status(self) -> None:
        engine, detail = describe_status(self.spelling_lane.service, self.services.spelling_problem)
        self.status.show_spelling(engine, detail)

    def scheme_changed(self) -> None:
        """The system switched between light and dark: recolour underlines, rows, counters."""
        self.editor.repaint_marks()
        self.panel.restyle()
        self.channel_bar.restyle()

    def changeEvent(self, event: QEvent) -> None:  # Qt calls this
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.scheme_changed()  # systems that switch dark mode through the palette
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt calls this
        self.session.save_now()
        self.spelling_lane.close()
        super().closeEvent(event)
