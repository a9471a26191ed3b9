"""The compose window: write a post, see live protocol advice, fix it, ask, publish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from arabesk_desk.posts import Attachment, Draft, DraftStatus
from arabesk_desk.typo_overlap import typos_not_covered
from arabesk_desk.user_settings import UserSettings
from checks import Capacity, Finding, ReplyTo
from ui.actions import ComposeActions
from ui.attachments_panel import AttachmentsPanel
from ui.capacity_toggle import CapacityToggle, effective_capacity
from ui.channel_bar import ChannelBar, Counter
from ui.compose_commands import connect_commands, sync_capacity_actions
from ui.compose_layout import central_widget, fit_to_screen, place_splitter
from ui.compose_panels import DraftsOpener, PreviewTab, ReviewOpener
from ui.compose_sections import ActionRow, build_menus, role_label
from ui.consent_source import ConsentSource
from ui.draft_session import DraftSession
from ui.editor.marks import Mark
from ui.editor.post_editor import PostEditor
from ui.finding_text import FindingTexts
from ui.findings_panel import FindingsPanel, PanelState
from ui.lanes.check_lane import CheckLane, CheckResult, CheckSnapshot, run_checks
from ui.lanes.spelling_lane import SpellingLane
from ui.message_bar import MessageBar, MessageKind
from ui.publish_flow import PublishFlow
from ui.reply_picker import ReplyPicker
from ui.services import AppServices
from ui.settings_apply import SettingsApplier
from ui.spelling_starter import SpellingStarter
from ui.status import StatusLine

if TYPE_CHECKING:
    from ui.review_wiring import ReviewWiring

SIDE_MIN_WIDTH = 300
TYPING_CHARS = 12  # more changed at once (a paste) and the panel says it is checking


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
        self.review: ReviewWiring | None = None  # set by the composition root (ui.app)
        self.revision = 0
        self.painted_revision = -1
        self.spelled_revision = -1
        self._last_check = (0, 0.0)  # rules and milliseconds of the last protocol check
        self._checked_text = ""  # the text of the last finished check
        self._splitter_placed = False
        self.texts = FindingTexts(services.guidelines, services.language)
        self.session = DraftSession(services.store_lane, Draft(), self)
        self.check_lane = check_lane or CheckLane(
            lambda snapshot: run_checks(services.checker, snapshot), parent=self
        )
        self.spelling_lane = SpellingLane(services.spelling_service, parent=self)
        self.compose_actions = ComposeActions(self)
        self.publisher = PublishFlow(self.session, services, parent=self)
        self.settings_applier = SettingsApplier(self)
        self._build(counter)
        self._connect()
        self.spelling_starter = SpellingStarter(self)
        if services.startup_problems:
            self.messages.show_message("\n".join(services.startup_problems), MessageKind.PROBLEM)
        self.load_draft(self._fresh_draft())

    # -- building --------------------------------------------------------------------------

    def _build(self, counter: Counter | None) -> None:
        services = self.services
        self.editor = PostEditor(self.texts)
        self.editor.suggest_words = self.spelling_lane.suggest_later
        self.panel = FindingsPanel(self.texts)
        self.panel.suggest_words = self.spelling_lane.suggest_later
        self.panel.text_source = self.editor.toPlainText
        self.channel_bar = ChannelBar(services.channels, services.settings.channels, counter)
        self.capacity = CapacityToggle(services.school_name, services.settings.role)
        self.reply = ReplyPicker()
        self.role_label = QLabel(role_label(services.settings.role))
        self.messages = MessageBar()
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self.side = QTabWidget()
        self.side.addTab(self.panel, self.tr("Adviezen"))
        self.side.setAccessibleName(self.tr("Adviezen en voorbeeld"))
        self.side.setMinimumWidth(SIDE_MIN_WIDTH)
        self.preview = PreviewTab(self.side, services)
        self.attachments = AttachmentsPanel()
        self.consent = ConsentSource(services.store_lane, self)
        self.drafts = DraftsOpener(self)
        self.reviews = ReviewOpener(self)
        self.action_row = ActionRow(self.compose_actions)
        central, self.splitter = central_widget(self)
        self.setCentralWidget(central)
        build_menus(self, self.compose_actions)
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:  # Qt calls this
        super().showEvent(event)
        if not self._splitter_placed:
            self._splitter_placed = True
            place_splitter(self.splitter)

    def _connect(self) -> None:
        self.editor.textChanged.connect(self._text_changed)
        self.editor.marks_changed.connect(self._marks_changed)
        self.editor.ignore_requested.connect(self.ignore)
        self.editor.add_word_requested.connect(self._add_word)
        self.panel.fix_requested.connect(self.editor.apply_fix)
        self.panel.ignore_requested.connect(self.ignore)
        self.panel.unignore_requested.connect(self.unignore)
        self.panel.add_word_requested.connect(self._add_word)
        self.panel.mark_activated.connect(self.editor.select_mark)
        self.check_lane.findings_ready.connect(self._protocol_findings)
        self.check_lane.check_failed.connect(self._check_failed)
        self.spelling_lane.findings_ready.connect(self._spelling_findings)
        self.spelling_lane.check_failed.connect(self._spelling_failed)
        self.spelling_lane.engine_stopped.connect(self._spelling_stopped)
        self.channel_bar.channels_changed.connect(self._channels_changed)
        self.attachments.attachments_changed.connect(self._attachments_changed)
        self.attachments.pictured_changed.connect(lambda _names: self.recheck())
        self.consent.loaded.connect(self.recheck)
        self.capacity.capacity_changed.connect(self._capacity_changed)
        self.capacity.disclosure_requested.connect(self.add_disclosure)
        self.reply.reply_to_changed.connect(self._reply_to_changed)
        self.session.saved.connect(self._saved)
        self.session.problem.connect(self.show_problem)
        self.publisher.published.connect(lambda _item: self.new_draft())
        self.publisher.fix_requested.connect(self.editor.select_first_of)
        self.publisher.message.connect(self.messages.show_message)
        connect_commands(self)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.scheme_changed())

    # -- the draft -------------------------------------------------------------------------

    def _fresh_draft(self) -> Draft:
        """A new, empty post by this author for the same channels and in the same capacity
        as the last one; a leader's is official (guideline 5). Whom it replies to starts
        unsaid."""
        settings = self.services.settings
        channels = self.channel_bar.selected()
        return Draft(
            author=settings.name,
            role=settings.role,
            channels=channels or settings.channels[:1],
            capacity=effective_capacity(self.capacity.capacity(), settings.role),
        )

    def load_draft(self, draft: Draft, *, stored: bool = False) -> None:
        """Show ``draft`` in the editor (a new, restored or chosen one) and check it; it is
        this author's, and a leader's draft is official whatever it was saved as."""
        self.session.switch_to(draft, stored=stored)
        self.editor.blockSignals(True)
        self.editor.replace_all_text(draft.text)
        self.editor.blockSignals(False)
        self.editor.set_ignored(draft.ignored)
        self.attachments.set_attachments(draft.attachments)
        self.channel_bar.set_selected(draft.channels)
        self.capacity.set_capacity(draft.capacity)  # a leader's: official (guideline 5)
        self.reply.set_value(draft.reply_to)
        settings = self.services.settings
        claimed = {"author": settings.name or draft.author, "role": settings.role}
        claimed["capacity"] = self.capacity.capacity()
        changes = {key: value for key, value in claimed.items() if getattr(draft, key) != value}
        if changes:
            self.session.update(**changes)
        sync_capacity_actions(self)
        self.setWindowTitle(self.tr("Concept") if stored else self.tr("Nieuw bericht"))
        self._after_text_change(save=False, immediately=True)

    def start_when_usable(self) -> None:
        """After the first findings are painted: reopen the last draft, start spelling."""
        self.results_painted.connect(self._first_paint, Qt.ConnectionType.SingleShotConnection)

    def _first_paint(self, _revision: int) -> None:
        QTimer.singleShot(0, self.drafts.restore_last)
        QTimer.singleShot(0, self.spelling_starter.start)

    def new_draft(self) -> None:
        """An empty post; also after publishing, so the same text is not published twice."""
        self.load_draft(self._fresh_draft())

    def snapshot(self) -> CheckSnapshot:
        return CheckSnapshot(
            text=self.editor.toPlainText(),
            capacity=self.capacity.capacity(),
            channels=self.channel_bar.selected(),
            role=self.services.settings.role,
            revision=self.revision,
            reply_to=self.reply.value(),
            media=tuple(a.kind for a in self.attachments.attachments()),
            pictured=self.attachments.pictured(),
            consent=self.consent.book,
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
        self._show_check_state()

    def recheck(self) -> None:
        """Check the same text again with new context (channels, capacity, reply, settings)."""
        self.revision += 1
        self._request_checks(immediately=True)

    def _channels_changed(self, channels: tuple[str, ...]) -> None:
        self.session.update(channels=channels)
        self._show_preview()
        self.recheck()

    def _attachments_changed(self, items: tuple[Attachment, ...]) -> None:
        self.session.update(attachments=tuple(items))
        self._show_preview()
        self.consent.refresh_if(bool(items))  # a photo: read the register as it is now
        self.recheck()

    def _capacity_changed(self, capacity: Capacity) -> None:
        sync_capacity_actions(self)
        self.session.update(capacity=capacity)
        self._show_preview()  # official posts show the school's account
        self.recheck()

    def _reply_to_changed(self, reply_to: ReplyTo | None) -> None:
        self.session.update(reply_to=reply_to)
        self.recheck()

    # -- findings --------------------------------------------------------------------------

    def _protocol_findings(self, result: CheckResult) -> None:
        if result.snapshot.revision != self.revision:
            return  # the text moved on: never paint offsets into older text
        self.editor.set_layer("protocol", result.snapshot.text, result.findings)
        self.painted_revision = result.snapshot.revision
        self._last_check = (result.rule_count, result.elapsed_ms)
        self._show_check_state()
        self.results_painted.emit(result.snapshot.revision)

    def _spelling_findings(self, revision: int, findings: tuple[Finding, ...]) -> None:
        if revision == self.revision:
            protocol = [f for f in self.editor.all_findings() if f.category != "spelling"]
            self.editor.set_layer(
                "spelling", self.editor.toPlainText(), typos_not_covered(findings, protocol)
            )
            self.spelled_revision = revision
            self._show_check_state()
            self.spelling_starter.show_status()

    def _spelling_failed(self, problem: str) -> None:
        self.spelled_revision = self.revision  # nothing more will come for this text
        self._show_check_state()
        self._check_failed(problem)

    def _spelling_stopped(self, _problem: str) -> None:
        self.spelled_revision = self.revision  # nothing more comes from the dead process
        self._show_check_state()
        self.spelling_starter.restart_after_crash(_problem)

    def checks_finished(self) -> bool:
        """True once the text on screen has its protocol and (when available) spelling check."""
        spelled = not self.spelling_lane.available or self.spelled_revision == self.revision
        return self.painted_revision == self.revision and spelled

    def _show_check_state(self) -> None:
        """What the panel and the status bar say about the check of the text on screen.

        "Volgt het protocol" appears only once the text on screen is checked; a paste says
        "wordt gecontroleerd" until then. A few keystrokes on checked text change nothing, so
        the panel does not flicker with every letter.
        """
        text = self.editor.toPlainText()
        if not text.strip():
            self.panel.set_state(PanelState.EMPTY_POST)
            self.status.show_nothing_to_check()
        elif self.checks_finished():
            self._checked_text = text
            self.panel.set_state(PanelState.CHECKED)
            rules, elapsed = self._last_check
            self.status.show_checks(rules, len(self.editor.shown_marks), elapsed)
        elif not self._typing_on_checked_text(text):
            self.panel.set_state(PanelState.CHECKING)
            self.status.show_checking()

    def _typing_on_checked_text(self, text: str) -> bool:
        typed = abs(len(text) - len(self._checked_text))
        return self.panel.state is PanelState.CHECKED and typed <= TYPING_CHARS

    def _marks_changed(self) -> None:
        self.panel.show_marks(self.editor.shown_marks)
        self.panel.show_ignored(self.editor.ignored_marks())
        self._show_check_state()

    def _check_failed(self, problem: str) -> None:
        self.show_problem(self.tr("De controle lukte niet: %1").replace("%1", problem))

    def show_problem(self, message: str) -> None:
        self.messages.show_message(message, MessageKind.PROBLEM)

    def ignore(self, mark: Mark) -> None:
        """ "Negeren": hide this finding for this draft, remembered in the draft."""
        self._set_ignored((*self.session.draft.ignored, mark.ignore_key))

    def unignore(self, key: str) -> None:
        """ "Weer tonen": the finding is open again in this draft."""
        self._set_ignored(tuple(k for k in self.session.draft.ignored if k != key))

    def _set_ignored(self, ignored: tuple[str, ...]) -> None:
        self.session.update(ignored=ignored)
        self.editor.set_ignored(ignored)

    def findings(self) -> list[Finding]:
        """Every current finding, ignored ones too (the gate asks about every error)."""
        return self.editor.all_findings()

    def _add_word(self, word: str) -> None:
        self.spelling_lane.add_word(word)
        self.spelling_lane.request(self.editor.toPlainText(), self.revision)

    def add_disclosure(self, line: str) -> None:
        """Append the "op persoonlijke titel" line as its own paragraph (one undo step)."""
        self.editor.append_paragraph(line)

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

    def review_changed(self, status: DraftStatus) -> None:
        """The review folder said where the draft stands (approved, changes asked, …)."""
        if status is not self.session.draft.status and status is not DraftStatus.DRAFT:
            self.session.mark(status)

    def publish(self) -> None:
        self.session.update(text=self.editor.toPlainText())
        self.publisher.start(
            self.findings(),
            self.editor.open_findings(),
            self.action_row.open_share.isChecked(),
            self,
        )

    # -- settings, preview, status and closing ---------------------------------------------

    def apply_settings(self, settings: UserSettings) -> None:
        """Saved settings take effect at once (the language at the next start)."""
        self.settings_applier.apply(settings)

    def _show_preview(self) -> None:
        self.preview.show_post(
            self.editor.toPlainText(),
            self.channel_bar.selected(),
            self.capacity.capacity(),
            bool(self.attachments.attachments()),
        )

    def _saved(self, draft: Draft) -> None:
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.status.show_saved(when)

    def scheme_changed(self) -> None:
        """Light or dark changed: recolour underlines, cards, counters and the message bar."""
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
