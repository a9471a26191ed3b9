"""Regenerate docs/screenshots/ from the real windows, at a laptop's screen size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
    .venv/bin/python docs/screenshots/make_screenshots.py --screen    # under X (Xvfb + openbox)

Each scene is shot in Dutch and English where it matters, light and dark, at 1,366 × 768
(``--size`` to change). The app runs on a throw-away data folder with a demo school policy
(the school's account names, a reviewer's public key) and all nine channels switched on, as
the busiest laptop would have it. Offscreen, a scene is the window's own picture; with
``--screen`` it is the whole X screen, window frame and all, as a user sees it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUT = Path(__file__).resolve().parent
ALL_CHANNELS = (
    "x",
    "mastodon",
    "bluesky",
    "threads",
    "linkedin",
    "facebook",
    "instagram",
    "youtube-title",
    "youtube",
)
POST = (
    "Wat een kutweer vandaag! Toch gaat de excursie naar Artis door. Daan de Vries uit "
    "groep 7 neemt de regenjassen mee. Vragen? Bel meester Jan op 06-12345678. #Artis"
)
# (name, text, rule whose first fix is clicked): a phone number with its phrase, a pupil's
# full name with the group kept, a sentence-initial name, an insult removed, a swear word.
FIX_SCENES = (
    (
        "phone",
        "Vragen over de excursie? Bel haar moeder op 06-12345678 als het regent.",
        "confidential.phone",
    ),
    (
        "pupil-name",
        "Wat knap: gisteren won Daan de Vries uit groep 7 de voorleeswedstrijd.",
        "confidential.pupil_name",
    ),
    (
        "sentence-start",
        "Artis was geweldig! Sara Bakker uit groep 5 zag een olifant.",
        "confidential.pupil_name",
    ),
    (
        "insult",
        "Het schoolfeest was een succes. Die moeder bij het hek is een trut.",
        "tone.insult",
    ),
    ("swearing", "Wat een kutweer vandaag, maar de excursie gaat gewoon door.", "tone.swearing"),
)
ROSTER = "Roepnaam;Tussenvoegsel;Achternaam;Groep\nDaan;de;Vries;7\nSara;;Bakker;5\n"


def demo_home(folder: Path, *, role: str, scheme: str, language: str) -> None:
    """Settings, a policy with the school's accounts and one reviewer, a small roster.

    Role "staff" gets a policy without reviewers: a school that has not set up review yet.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from arabesk_desk.review.signing import encode_key

    public = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    (folder / "leerlingen.csv").write_text(ROSTER, encoding="utf-8")
    policy = folder / "beleid.toml"
    reviewer = (
        f'[[review.reviewers]]\nname = "Mw. J. de Vries"\npublic_key = "{encode_key(public)}"\n'
    )
    policy.write_text(
        '[school]\nname = "De Arabesk"\n\n[school.accounts]\nx = "@dearabesk"\n'
        'facebook = "Basisschool De Arabesk"\ninstagram = "@basisschooldearabesk"\n\n'
        '[roster]\nfile = "leerlingen.csv"\n\n' + ("" if role == "staff" else reviewer),
        encoding="utf-8",
    )
    settings = {
        "name": "Anna Jansen",
        "role": role,
        "channels": list(ALL_CHANNELS),
        "language": language,
        "policy_file": str(policy),
        "theme": scheme,
    }
    lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in settings.items()]
    (folder / "settings.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


class Director:
    """Drives one window through its scenes and saves a picture of each."""

    def __init__(self, out: Path, tag: str, size: tuple[int, int], whole_screen: bool) -> None:
        from ui import theme
        from ui.app import build_services, build_window, create_application
        from ui.i18n import install_language

        self.out, self.tag, self.whole_screen = out, tag, whole_screen
        self.app = create_application([])
        self.services = build_services(with_spelling=False)
        install_language(self.app, self.services.settings.language)
        self.services.language = self.services.settings.language
        theme.apply_theme(self.app, theme.theme_choice(self.services.settings))
        self.window = build_window(self.services)
        self.window.resize(*size)
        self.window.show()
        if whole_screen:
            self.window.showMaximized()
        self.wait(lambda: self.window.painted_revision == self.window.revision)

    def wait(self, done: Callable[[], bool], timeout_ms: int = 8000) -> None:
        """Run the event loop until ``done()`` (the checks, a dialog) or the timeout."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while not done() and not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(self) -> None:
        window = self.window
        self.wait(lambda: window.checks_finished() and not window.panel.building)
        self.wait(lambda: not window.session.dirty)  # "Opgeslagen" in the status bar
        self.wait(lambda: False, 300)  # let layouts and repaints finish before the picture

    def shoot(self, name: str, widget: object | None = None) -> Path:
        """Save ``widget`` (the compose window by default), or the whole X screen."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QWidget

        self.settle()
        path = self.out / f"{name}-{self.tag}.png"
        target = widget if isinstance(widget, QWidget) else self.window
        if self.whole_screen:
            target.raise_()
            self.wait(lambda: False, 300)
            picture = QGuiApplication.primaryScreen().grabWindow(0)
        else:
            picture = target.grab()
        picture.save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return path

    def type_post(self) -> None:
        from checks import Capacity

        self.window.capacity.set_capacity(Capacity.OFFICIAL)
        self.window.channel_bar.set_selected(("x", "facebook", "instagram"))
        self.window.editor.setPlainText(POST)

    def fix_scenes(self) -> None:
        """Five fixes, each before (the card shows the sentence as it will read) and after
        the click (the text fixed, the advice gone, the cursor back in the text)."""
        from checks import Capacity

        self.window.capacity.set_capacity(Capacity.PERSONAL)
        self.window.channel_bar.set_selected(("x", "facebook"))
        for name, text, rule in FIX_SCENES:
            self.window.editor.setPlainText(text)
            self.settle()
            row = next(r for r in self.window.panel.rows if r.mark.finding.rule == rule)
            self.window.side.setCurrentIndex(0)
            self.window.panel.ensureWidgetVisible(row)  # the card with the fix in view
            self.shoot(f"fix-{name}-before")
            row.fix_buttons[0].click()
            self.shoot(f"fix-{name}-after")

    def compose_scenes(self) -> None:
        self.type_post()
        self.shoot("compose")
        swearing = self.window.editor.marks()[0]
        self.window.ignore(swearing)
        self.shoot("compose-ignored")
        self.window.preview.reveal()
        self.window.preview.preview.select_channel("instagram")
        self.shoot("preview-instagram")
        self.window.side.setCurrentIndex(0)
        self.window.unignore(swearing.ignore_key)
        self.gate_scene()

    def gate_scene(self) -> None:
        """The phone number published anyway with a reason: review is needed, and why."""
        self.settle()
        self.window.publish()
        dialog = self.window.publisher.dialog
        self.wait(lambda: dialog is not None and dialog.isVisible())
        if dialog is None:
            return
        phone = next((r for r in dialog.rows if r.finding.rule == "confidential.phone"), None)
        if phone is not None:
            phone.override_radio.click()
            phone.reason_edit.setText("Het is het nummer van de conciërge; zij wil gebeld worden.")
        self.shoot("gate", None if self.whole_screen else dialog)
        dialog.reject()

    def published_scene(self) -> None:
        self.window.publisher._open_url = lambda _url: False  # no browser here: say so
        self.window.editor.setPlainText("Morgen is de open dag van De Arabesk. Welkom!")
        self.settle()
        self.window.publisher.finish([], (), open_share=True)
        self.wait(lambda: bool(self.window.messages.text()))
        self.shoot("published")

    def review_scenes(self) -> None:
        """The author asks for review; the leader's queue shows the request."""
        from ui.review_queue import ReviewQueueWindow

        self.type_post()
        self.settle()
        self.window.reviews.open()
        dialog = self.window.reviews.dialog
        self.wait(lambda: dialog is not None and dialog.isVisible())
        if dialog is None:
            return
        dialog.review_mode.setChecked(True)
        dialog.message.setPlainText("Mag het nummer van de conciërge erin?")
        with_request = self.wait_for_signal(dialog.request_sent, dialog.send)
        self.shoot("review-request", None if self.whole_screen else dialog)
        dialog.reject()
        if not with_request or self.window.review is None:
            return
        queue = ReviewQueueWindow(
            self.window.review.folder, "Mw. J. de Vries", channels=self.services.channels
        )
        queue.resize(self.window.size())
        self.wait_for_signal(queue.state_loaded, queue.show)
        self.shoot("review-queue", queue)
        queue.close()

    def log_scene(self) -> None:
        review = self.window.review
        log = review.open_log() if review is not None else None
        if log is None:
            return
        log.resize(self.window.size())
        self.wait(lambda: bool(log.entries))
        self.shoot("log", log)
        log.close()

    def wait_for_signal(self, signal: object, start: Callable[[], object]) -> bool:
        """Call ``start()`` and run the event loop until ``signal`` fires (or time runs out)."""
        fired: list[object] = []
        signal.connect(lambda *args: fired.append(args))  # type: ignore[attr-defined]
        start()
        self.wait(lambda: bool(fired))
        return bool(fired)

    def settings_scene(self) -> None:
        from ui.compose_panels import open_settings

        dialog = open_settings(self.window)
        self.wait(dialog.isVisible)
        self.shoot("settings", None if self.whole_screen else dialog)
        dialog.reject()

    def policy_scenes(self) -> None:
        """The policy window: the violation types, and the text for parents."""
        from ui.policy_menu import open_policy_window

        dialog = open_policy_window(self.window)
        dialog.resize(self.window.size())
        self.wait(dialog.isVisible)
        self.shoot("policy", None if self.whole_screen else dialog)
        dialog.tabs.setCurrentIndex(3)
        dialog.audience.setCurrentIndex(2)
        self.shoot("policy-texts", None if self.whole_screen else dialog)
        dialog.close()

    def register_scene(self) -> None:
        from ui.policy_menu import open_incident_window

        dialog = open_incident_window(self.window)
        if dialog is None:
            return
        dialog.resize(self.window.size())
        self.wait(lambda: dialog.table.rowCount() > 0)
        self.shoot("incidents", None if self.whole_screen else dialog)
        dialog.close()

    def consent_scene(self, photo: Path) -> None:
        """A photo with a pupil whose parents did not agree to social media."""
        self.window.channel_bar.set_selected(("facebook", "instagram"))
        self.window.editor.setPlainText("Wat een mooie sportdag! Sara Bakker won de estafette.")
        self.window.attachments.add_files([str(photo)])
        self.wait(
            lambda: any(f.rule == "confidential.photo_consent" for f in self.window.findings())
        )
        self.shoot("compose-photo-consent")

    def close(self) -> None:
        self.window.close()
        if self.services.store_lane is not None:
            self.services.store_lane.close()


CONSENT = (
    "Roepnaam;Tussenvoegsel;Achternaam;Groep;Website;Sociale media\n"
    "Daan;de;Vries;7;ja;ja\nSara;;Bakker;5;ja;nee\n"
)
INCIDENTS = (
    (
        "2026-02-03",
        "pupil",
        "kleineren",
        "tiktok",
        "gesprek_ouders",
        "K.L.",
        "filmpje over klasgenoot",
    ),
    (
        "2026-03-11",
        "pupil",
        "bedreiging",
        "whatsapp",
        "schorsing",
        "A.",
        "dreigbericht in groepsapp",
    ),
    (
        "2026-05-20",
        "parent",
        "privacyschending",
        "facebook",
        "verwijderen",
        "ouder X",
        "foto van andere kinderen",
    ),
    ("2026-06-02", "staff", "schuttingtaal", "x", "gesprek", "", "grove reactie onder bericht"),
    ("2026-09-15", "pupil", "kleineren", "instagram", "excuses", "M.", "nepaccount"),
    (
        "2026-10-01",
        "pupil",
        "seksuele_intimidatie",
        "snapchat",
        "gesprek_ouders",
        "R.",
        "ongewenste foto",
    ),
)


def demo_registers(folder: Path) -> Path:
    """A consent register, a few incidents (made-up), and a photo for the consent scene."""
    from PySide6.QtGui import QColor, QImage

    from arabesk_desk.consent_import import import_consent
    from arabesk_desk.incidents import checked_details, checked_fields
    from arabesk_desk.measures import default_measures
    from arabesk_desk.paths import DataPaths
    from arabesk_desk.store import Store

    export = folder / "toestemming.csv"
    export.write_text(CONSENT, encoding="utf-8")
    with Store.open(DataPaths(folder).database) as store:
        store.import_consent(import_consent(export), export.name)
        for when, group, kind, channel, measure, persons, note in INCIDENTS:
            fields = checked_fields(
                default_measures(),
                when=when,
                group=group,
                violation=kind,
                channel=channel,
                measure=measure,
            )
            store.record_incident(fields, checked_details(persons, note), "Anna Jansen")
    photo = folder / "sportdag.png"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#6aa84f"))
    image.save(str(photo))
    return photo


def pdf_pages(out: Path, services: object) -> None:
    """The parents' text and the yearly overview as PDF, their first page as PNG."""
    import shutil
    import subprocess

    from arabesk_desk.reports.audience_text import audience_document
    from arabesk_desk.reports.year_overview import overview_document
    from arabesk_desk.store import Store
    from arabesk_desk.store.incident_register import year_overview
    from ui.pdf_writer import write_pdf

    policy = services.checker.policy  # type: ignore[attr-defined]
    with Store.open(services.paths.database) as store:  # type: ignore[attr-defined]
        overview = year_overview(store.incidents(), 2026)
    documents = {
        "pdf-parents": audience_document(policy.measures, policy.school_name, "parents"),
        "pdf-year-overview": overview_document(overview, policy),
    }
    for name, document in documents.items():
        pdf = out / f"{name}.pdf"
        write_pdf(document, pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(out / f"{name}-nl"),
                ],
                check=True,
            )
            print(f"docs/screenshots/{name}-nl.png")
        pdf.unlink()


def run_scene_set(args: argparse.Namespace, language: str, scheme: str, role: str) -> None:
    size = tuple(int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="arabesk-shots-") as home:
        demo_home(Path(home), role=role, scheme=scheme, language=language)
        os.environ["ARABESK_DESK_HOME"] = home
        photo = demo_registers(Path(home)) if role == "communications" else None
        tag = f"{language}-{scheme}" + ("" if role == "communications" else f"-{role}")
        director = Director(args.out, tag, (size[0], size[1]), args.screen)
        try:
            if args.fixes:
                director.fix_scenes()
            elif args.registers:
                director.policy_scenes()
                director.register_scene()
                if photo is not None:
                    director.consent_scene(photo)
                if language == "nl" and scheme == "light":
                    pdf_pages(args.out, director.services)
            elif role == "leader":
                director.type_post()
                director.shoot("compose")
            elif role == "staff":  # an official post by staff needs review: not set up here
                director.type_post()
                director.gate_scene()
            else:
                director.compose_scenes()
                director.published_scene()
                director.log_scene()
                director.review_scenes()
                director.settings_scene()
                director.policy_scenes()
                director.register_scene()
                if photo is not None:
                    director.consent_scene(photo)
                if language == "nl" and scheme == "light":
                    pdf_pages(args.out, director.services)
        finally:
            director.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 1280x720")
    parser.add_argument("--screen", action="store_true", help="grab the whole X screen")
    parser.add_argument(
        "--registers",
        action="store_true",
        help="only the policy window, the incident register, photo consent and the PDF pages",
    )
    parser.add_argument(
        "--fixes",
        action="store_true",
        help="only five fixes, before and after the click (fix-*-nl-light.png)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sets = (
        ("nl", "light", "communications"),
        ("nl", "dark", "communications"),
        ("en", "light", "communications"),
        ("en", "dark", "communications"),
        ("nl", "light", "leader"),
        ("nl", "light", "staff"),
    )
    for language, scheme, role in sets[:1] if args.registers or args.fixes else sets:
        run_scene_set(args, language, scheme, role)
    return 0


if __name__ == "__main__":
    sys.exit(main())
