"""The MSI recipe: a fixed upgrade code, every reference resolved, every bundle file listed."""

from __future__ import annotations

import importlib.util
import re
import uuid
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
NS = {"wix": "http://wixtoolset.org/schemas/v4/wxs"}
UPGRADE_CODE = "23E9FA69-E435-429D-A423-59CB511CC920"  # never changes: upgrades find it
MSI_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,71}$")


def load_harvester():
    spec = importlib.util.spec_from_file_location("harvest_bundle", WINDOWS / "harvest_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bundle(tmp_path) -> Path:
    """A bundle shaped like PyInstaller's Windows one-folder output."""
    root = tmp_path / "arabesk-desk"
    for name in (
        "arabesk-desk.exe",
        "arabesk-desk-window.exe",
        "_internal/python311.dll",
        "_internal/resources/rules/tone.toml",
        "_internal/resources/terms/tone/swearing.txt",
        "_internal/PySide6/translations/qtbase_en.qm",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return root


def test_the_package_is_per_machine_with_its_fixed_upgrade_code():
    package = ElementTree.parse(WINDOWS / "arabesk-desk.wxs").getroot().find("wix:Package", NS)
    assert package is not None
    assert package.get("UpgradeCode") == UPGRADE_CODE
    assert package.get("Scope") == "perMachine"
    assert package.find("wix:MajorUpgrade", NS) is not None


def test_every_component_the_feature_names_exists_and_the_shortcut_starts_the_window():
    package = ElementTree.parse(WINDOWS / "arabesk-desk.wxs").getroot().find("wix:Package", NS)
    components = {c.get("Id") for c in package.iter(f"{{{NS['wix']}}}Component")}
    refs = {r.get("Id") for r in package.iter(f"{{{NS['wix']}}}ComponentRef")}
    assert refs <= components
    [group] = [g.get("Id") for g in package.iter(f"{{{NS['wix']}}}ComponentGroupRef")]
    assert group == "BundleFiles"
    [shortcut] = package.iter(f"{{{NS['wix']}}}Shortcut")
    assert shortcut.get("Target") == "[#ArabeskDeskWindowExe]"
    assert "ArabeskDeskWindowExe" in load_harvester().FIXED_FILE_IDS.values()


def test_the_harvest_lists_every_file_with_valid_ids_and_stable_guids(bundle):
    harvester = load_harvester()
    root = ElementTree.fromstring(harvester.fragment(bundle))
    files = list(root.iter(f"{{{NS['wix']}}}File"))
    assert len(files) == 6
    ids = [element.get("Id") for element in root.iter() if element.get("Id")]
    assert len(ids) == len(set(ids)) and all(MSI_ID.match(i) for i in ids)
    directories = {d.get("Id") for d in root.iter(f"{{{NS['wix']}}}Directory")}
    components = list(root.iter(f"{{{NS['wix']}}}Component"))
    assert {c.get("Directory") for c in components} <= directories | {"INSTALLFOLDER"}
    guids = [c.get("Guid") for c in components]
    assert len(set(guids)) == len(guids) and all(uuid.UUID(g) for g in guids)
    assert harvester.fragment(bundle) == harvester.fragment(bundle)  # same bundle, same GUIDs
    sources = {f.get("Source") for f in files}
    assert "$(var.BundleDir)\\_internal\\resources\\rules\\tone.toml" in sources
    fixed = {f.get("Id") for f in files if f.get("Source", "").endswith(".exe")}
    assert fixed == {"ArabeskDeskExe", "ArabeskDeskWindowExe"}


def test_a_folder_without_the_programs_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="build the bundle first"):
        load_harvester().fragment(tmp_path)


def test_the_detection_script_is_written_with_the_built_version():
    build = (WINDOWS / "build-msi.ps1").read_text(encoding="utf-8")
    detect = (WINDOWS / "detect.ps1").read_text(encoding="utf-8")
    pattern = re.search(r"-replace '(?P<regex>[^']+)'", build)
    assert pattern is not None
    assert sum(1 for line in detect.splitlines() if re.match(r"^\$Minimum = .*$", line)) == 1
