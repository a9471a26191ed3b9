"""Regenerate the English translation after texts in ``ui/`` changed.

Run from anywhere: ``.venv/bin/python tools/update_translations.py``. It runs Qt's lupdate
over every ``ui/*.py`` (new Dutch source texts appear in ``arabesk_desk_en.ts`` as
unfinished, texts no longer in the code are dropped), says how many still need an English
text, and compiles the ``.ts`` to the ``.qm`` the app loads. Translate the unfinished ones
with ``.venv/bin/pyside6-linguist resources/translations/arabesk_desk_en.ts`` (or in the
``.ts`` XML) and run it again with ``--release`` to compile only. ``tests/ui/test_i18n.py``
fails while the ``.qm`` is not what lrelease makes of the ``.ts``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "arabesk_desk_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent  # the venv's bin folder, where PySide6 puts its tools


def lupdate() -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    options = ["-source-language", "nl_NL", "-target-language", "en_GB", "-no-obsolete"]
    options += ["-locations", "none", "-tr-function-alias", "tr+=_tr", "-ts", str(TS)]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, *options],
        cwd=ROOT,
        check=True,
    )


def unfinished() -> int:
    """Messages without a finished English text."""
    tree = ElementTree.parse(TS)
    return sum(1 for t in tree.iter("translation") if t.get("type") == "unfinished")


def lrelease() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts to .qm")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    lrelease()
    left = unfinished()
    if left:
        print(f"{left} text(s) still need English: open {TS.relative_to(ROOT)} in Linguist")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
