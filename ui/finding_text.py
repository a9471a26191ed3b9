"""How a finding reads in the interface: message, guideline line and tooltip, in nl or en."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from checks import Finding
from checks.finding import Fix
from ui import theme
from ui.fix_text import after_html, button_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingText", text)


class FindingTexts:
    """Words for findings; the guideline lines come from ``resources/guidelines.toml``."""

    def __init__(self, guidelines: Mapping[str, Mapping[str, str]], language: str = "nl") -> None:
        self._guidelines = guidelines
        self.language = language

    def message(self, finding: Finding) -> str:
        if self.language == "en" and finding.message_en:
            return finding.message_en
        return finding.message

    def guideline_line(self, finding: Finding) -> str:
        """``Richtlijn 6 — Medewerkers … publiceren.``, or empty for a finding without one."""
        if finding.guideline is None:
            return ""
        entry = self._guidelines.get(str(finding.guideline), {})
        line = entry.get(self.language) or entry.get("nl", "")
        head = _tr("Richtlijn %1").replace("%1", str(finding.guideline))
        return f"{head} — {line}" if line else head

    def tooltip_html(self, finding: Finding, fixes: Sequence[Fix] | None = None) -> str:
        """The hover text over an underline: the same words as the findings panel."""
        parts = [
            f"<b style='color:{theme.colour(finding.severity).name()}'>"
            f"{html.escape(theme.severity_label(finding.severity))}</b> "
            f"{html.escape(self.message(finding))}"
        ]
        guideline = self.guideline_line(finding)
        if guideline:
            parts.append(f"<i>{html.escape(guideline)}</i>")
        shown = list(finding.fixes if fixes is None else fixes)[:2]
        for fix in shown:
            parts.append(f"{html.escape(button_label(fix))}: {after_html(fix)}")
        if finding.suggestions and not shown:
            choices = ", ".join(f"“{html.escape(s)}”" for s in finding.suggestions[:5])
            parts.append(html.escape(_tr("Voorstel:")) + " " + choices)
        translated = html.escape(_tr("Rechtsklik voor oplossingen."))
        parts.append(f"<small>{translated}</small>")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"
