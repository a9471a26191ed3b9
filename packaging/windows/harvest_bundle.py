"""Write the WiX fragment that lists every file of the frozen bundle (WiX v4 has no harvester).

    python packaging/windows/harvest_bundle.py dist/arabesk-desk build/msi/bundle-files.wxs

One component per file, each with a GUID derived from the file's path inside the bundle, so
the same file keeps its component from one version to the next (Windows Installer's
component rules). Directory and file ids are short hashes of the path; the two programs get
fixed ids (``ArabeskDeskExe``, ``ArabeskDeskWindowExe``) for the shortcut in
``arabesk-desk.wxs``. Source paths go through ``$(var.BundleDir)``, given to ``wix build``.
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import quoteattr

# Never change: component GUIDs are derived from it (see the module docstring).
COMPONENT_NAMESPACE = uuid.UUID("EEAD57A0-F102-4A72-8737-D7C9DCEE8746")
ROOT_DIRECTORY = "INSTALLFOLDER"
FIXED_FILE_IDS = {
    "arabesk-desk.exe": "ArabeskDeskExe",
    "arabesk-desk-window.exe": "ArabeskDeskWindowExe",
}


def short_id(prefix: str, relative: PurePosixPath) -> str:
    """A valid MSI identifier for a path: a letter, then a hash (ids allow only [A-Za-z0-9_.])."""
    digest = hashlib.sha256(str(relative).lower().encode("utf-8")).hexdigest()[:24]
    return f"{prefix}{digest}"


def component_guid(relative: PurePosixPath) -> str:
    return str(uuid.uuid5(COMPONENT_NAMESPACE, str(relative).lower())).upper()


def directory_xml(bundle: Path, folder: Path, depth: int) -> list[str]:
    lines = []
    pad = "  " * depth
    for child in sorted(p for p in folder.iterdir() if p.is_dir()):
        relative = PurePosixPath(child.relative_to(bundle).as_posix())
        lines.append(
            f"{pad}<Directory Id={quoteattr(short_id('d', relative))} Name={quoteattr(child.name)}>"
        )
        lines.extend(directory_xml(bundle, child, depth + 1))
        lines.append(f"{pad}</Directory>")
    return lines


def component_xml(bundle: Path, path: Path) -> str:
    relative = PurePosixPath(path.relative_to(bundle).as_posix())
    parent = relative.parent
    directory = ROOT_DIRECTORY if str(parent) == "." else short_id("d", parent)
    file_id = FIXED_FILE_IDS.get(str(relative), short_id("f", relative))
    source = "$(var.BundleDir)\\" + str(relative).replace("/", "\\")
    return (
        f"      <Component Id={quoteattr(short_id('c', relative))} Directory={quoteattr(directory)}"
        f" Guid={quoteattr(component_guid(relative))}>\n"
        f'        <File Id={quoteattr(file_id)} Source={quoteattr(source)} KeyPath="yes" />\n'
        "      </Component>"
    )


def fragment(bundle: Path) -> str:
    files = sorted(p for p in bundle.rglob("*") if p.is_file())
    if not any(p.name in FIXED_FILE_IDS for p in files):
        raise SystemExit(
            f"harvest_bundle: {bundle} holds no arabesk-desk.exe: build the bundle first"
        )
    return "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<!-- Written by packaging/windows/harvest_bundle.py: do not edit. -->",
            '<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">',
            "  <Fragment>",
            f'    <DirectoryRef Id="{ROOT_DIRECTORY}">',
            *directory_xml(bundle, bundle, 3),
            "    </DirectoryRef>",
            '    <ComponentGroup Id="BundleFiles">',
            *(component_xml(bundle, path) for path in files),
            "    </ComponentGroup>",
            "  </Fragment>",
            "</Wix>",
            "",
        ]
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: harvest_bundle.py BUNDLE_FOLDER OUTPUT.wxs", file=sys.stderr)
        return 2
    bundle, output = Path(argv[0]), Path(argv[1])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(fragment(bundle), encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
