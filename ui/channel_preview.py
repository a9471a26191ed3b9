"""How a post will look on each chosen channel: line breaks, the "meer weergeven" cut, links.

API::

    preview = ChannelPreview(engine.channels, parent=window)   # name -> checks Channel
    preview.set_post(text, ["x", "linkedin"], author="Anna de Vries")
    preview.set_post(text, ["mastodon"], author="De Arabesk",      # an official post: the
                     accounts={"mastodon": "@dearabesk@onderwijs.social"})  # school's account
    preview.channel_selected.connect(lambda name: ...)   # the user picked another tab
    preview.select_channel("linkedin"); preview.current_channel()
    preview.rendered_html("linkedin")   # what the tab shows (for tests and screenshots)

A channel with ``preview_cut`` in ``resources/channels.toml`` (LinkedIn ≈210, Facebook,
Instagram) shows only that many characters, cut at a word and never inside an emoji, then
"… meer weergeven"; clicking it (or Enter on it) shows the whole post. Text past a channel's
length limit (X's weighted 280, …) is shown struck through, as it would not fit. Links,
@mentions and #hashtags are coloured with the palette's link colour, so light and dark
themes both read well; the preview repaints when the palette changes.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex
from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from checks.channels import Channel
from checks.counting import count_for_channel

MORE_ANCHOR = "meer"
WORD_BACKTRACK = 0.75  # cut at a space only if that keeps at least 75 % of the preview
TOKEN_RE = regex.compile(
    r"(?P<link>(?:https?://|www\.)[^\s<>\"]+?)(?=[.,!?;:)\]]*(?:\s|$))"
    r"|(?P<mention>(?<![\w@])@\w+(?:[.\-]\w+)*(?:@\w+(?:[.\-]\w+)+)?)"
    r"|(?P<tag>(?<![\w#&])#\w+)"
)


@dataclass(frozen=True, slots=True)
class PreviewColours:
    """The few colours the preview needs, taken from a palette (light or dark)."""

    text: str
    link: str
    muted: str
    overflow: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> PreviewColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        return cls(
            text=text.name(),
            link=palette.color(QPalette.ColorRole.Link).name(),
            muted=_mix(text, base, 0.6),
            overflow="#ff8a80" if dark else "#b00020",
        )


def _mix(front: QColor, back: QColor, share: float) -> str:
    """``share`` of ``front`` over ``back``: a muted text colour that stays readable."""
    channels = zip(front.getRgb()[:3], back.getRgb()[:3], strict=True)
    red, green, blue = (round(f * share + b * (1 - share)) for f, b in channels)
    return QColor(red, green, blue).name()


def preview_end(text: str, cut: int) -> int:
    """Where the feed stops showing ``text`` (a code-point offset); ``len(text)`` if all fits.

    Never inside a grapheme (emoji with skin tone or ZWJ stay whole); at a space when that
    keeps most of the preview, the way the platforms avoid cutting a word in half.
    """
    if len(text) <= cut:
        return len(text)
    end = 0
    for grapheme in regex.finditer(r"\X", text):
        if grapheme.end() > cut:
            break
        end = grapheme.end()
    space = max(text.rfind(" ", 0, end + 1), text.rfind("\n", 0, end + 1))
    if space >= cut * WORD_BACKTRACK:
        end = space
    return len(text[:end].rstrip())


def styled_html(text: str, colours: PreviewColours) -> str:
    """``text`` as HTML with links, @mentions and #hashtags coloured; no other markup."""
    parts: list[str] = []
    position = 0
    for match in TOKEN_RE.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        weight = "" if match.lastgroup == "link" else " font-weight:600;"
        style = f"color:{colours.link};{weight}"
        parts.append(f'<span style="{style}">{html.escape(match.group())}</span>')
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def render_post(
    text: str,
    channel: Channel,
    colours: PreviewColours,
    *,
    author: str,
    expanded: bool = False,
    more_label: str = "meer weergeven",
    overflow_note: str = "",
) -> str:
    """The HTML of one channel's preview card. Pure: same input, same output."""
    shown_end = len(text)
    if channel.preview_cut and not expanded:
        shown_end = preview_end(text, channel.preview_cut)
    overflow = count_for_channel(text, channel).overflow_start
    fits_end = shown_end if overflow is None else min(overflow, shown_end)
    body = styled_html(text[:fits_end], colours)
    if fits_end < shown_end:
        struck = styled_html(text[fits_end:shown_end], colours)
        body += (
            f'<span style="color:{colours.overflow}; text-decoration:line-through;">{struck}</span>'
        )
    if shown_end < len(text):
        more = html.escape(more_label)
        body += f'… <a href="#{MORE_ANCHOR}" style="color:{colours.muted};">{more}</a>'
    header = (
        f'<p style="margin-bottom:6px;"><b>{html.escape(author)}</b>'
        f' <span style="color:{colours.muted};">· {html.escape(channel.label)}</span></p>'
    )
    note = (
        f'<p style="color:{colours.overflow};">{html.escape(overflow_note)}</p>'
        if overflow is not None and overflow_note
        else ""
    )
    return (
        f'<div style="color:{colours.text};">{header}'
        f'<p style="white-space:pre-wrap; margin-top:0;">{body}</p>{note}</div>'
    )


class ChannelPreview(QWidget):
    """One tab per chosen channel, each showing the post as that channel's feed would."""

    channel_selected = Signal(str)

    def __init__(self, channels: Mapping[str, Channel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channels = dict(channels)
        self._text = ""
        self._author = ""
        self._accounts: dict[str, str] = {}
        self._order: list[str] = []
        self._expanded: set[str] = set()
        self._browsers: dict[str, QTextBrowser] = {}
        self.setAccessibleName(self.tr("Voorbeeld per kanaal"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Kanalen in het voorbeeld"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs)

    # -- API ----------------------------------------------------------------------------

    def set_post(
        self,
        text: str,
        channel_names: Sequence[str],
        author: str = "",
        accounts: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``text`` for each known channel in ``channel_names`` (unknown ones skipped),
        posted by ``author``, or by the account ``accounts`` names for that channel."""
        if text != self._text:
            self._expanded.clear()  # a new text starts folded again, as in the feed
        self._text, self._author = text, author
        self._accounts = dict(accounts or {})
        names = [name for name in channel_names if name in self.channels]
        if names != self._order:
            self._rebuild_tabs(names)
        self._render_all()

    def current_channel(self) -> str:
        index = self.tabs.currentIndex()
        return self._order[index] if 0 <= index < len(self._order) else ""

    def select_channel(self, name: str) -> None:
        if name in self._order:
            self.tabs.setCurrentIndex(self._order.index(name))

    def rendered_html(self, name: str) -> str:
        return self._html_for(name)

    def browser(self, name: str) -> QTextBrowser:
        return self._browsers[name]

    def is_expanded(self, name: str) -> bool:
        return name in self._expanded

    def set_expanded(self, name: str, expanded: bool) -> None:
        (self._expanded.add if expanded else self._expanded.discard)(name)
        self._render(name)

    # -- internals ----------------------------------------------------------------------

    def _rebuild_tabs(self, names: list[str]) -> None:
        current = self.current_channel()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self._browsers = {name: self._browser(name) for name in names}
        for name in names:
            self.tabs.addTab(self._browsers[name], self.channels[name].label)
        self._order = names
        self.tabs.blockSignals(False)
        self.select_channel(current)

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenLinks(False)  # a preview never opens the web
        browser.document().setDocumentMargin(12)
        label = self.channels[name].label
        browser.setAccessibleName(self.tr("Voorbeeld op %1").replace("%1", label))
        browser.anchorClicked.connect(lambda url, n=name: self._on_anchor(n, url))
        return browser

    def _html_for(self, name: str) -> str:
        channel = self.channels[name]
        return render_post(
            self._text,
            channel,
            PreviewColours.from_palette(self.palette()),
            author=self._accounts.get(name) or self._author or self.tr("Jij"),
            expanded=name in self._expanded,
            more_label=self.tr("meer weergeven"),
            overflow_note=self.tr("Te lang voor %1: het doorgestreepte deel past niet.").replace(
                "%1", channel.label
            ),
        )

    def _render(self, name: str) -> None:
        if name in self._browsers:
            self._browsers[name].setHtml(self._html_for(name))

    def _render_all(self) -> None:
        for name in self._order:
            self._render(name)

    def _on_anchor(self, name: str, url: QUrl) -> None:
        if url.fragment() == MORE_ANCHOR:
            self.set_expanded(name, True)

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._order):
            self.channel_selected.emit(self._order[index])

    def changeEvent(self, event: QEvent) -> None:  # Qt calls us
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._render_all()
