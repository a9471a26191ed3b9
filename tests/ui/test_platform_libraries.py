"""Before Qt starts on Linux: a missing xcb library becomes one apt-get line, not a Qt abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import launcher
from ui.platform_libraries import (
    debian_package,
    missing_libraries,
    platform_problem,
    uses_xcb,
    xcb_plugin,
)

LDD_WITHOUT_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f2)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
"""
PLUGIN = Path("/venv/PySide6/Qt/plugins/platforms/libqxcb.so")


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ],
)
def test_debian_names_a_library_package_after_its_soname(soname, package):
    assert debian_package(soname) == package


def test_missing_libraries_are_read_from_ldd_once_each():
    assert missing_libraries(LDD_WITHOUT_CURSOR) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_message_gives_the_one_apt_get_line():
    problem = platform_problem(
        {}, platform="linux", plugin=PLUGIN, ldd=lambda _: LDD_WITHOUT_CURSOR
    )
    assert "libxcb-cursor.so.0" in problem
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0\n" in problem


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_only_the_xcb_platform_is_checked(environ, xcb):
    assert uses_xcb(environ) is xcb


def test_no_problem_offscreen_on_other_systems_or_with_every_library():
    def ldd(_):
        return LDD_WITHOUT_CURSOR

    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert platform_problem(offscreen, platform="linux", plugin=PLUGIN, ldd=ldd) == ""
    assert platform_problem({}, platform="win32", plugin=PLUGIN, ldd=ldd) == ""
    assert platform_problem({}, platform="linux", plugin=PLUGIN, ldd=lambda _: "") == ""


@pytest.mark.skipif(xcb_plugin() is None, reason="PySide6 has no xcb plugin on this system")
def test_this_machine_has_what_the_xcb_plugin_needs():
    # The development machine and CI install libxcb-cursor0 (README); the real ldd runs here.
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}, platform="linux") == ""


def test_the_launcher_prints_the_line_and_does_not_start_qt(monkeypatch, capsys):
    monkeypatch.setattr(
        "ui.platform_libraries.platform_problem",
        lambda environ: "needs libxcb-cursor.so.0\nsudo apt-get install libxcb-cursor0\n",
    )
    assert launcher.main_window([]) == launcher.EXIT_NO_PLATFORM
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err


def test_qt_platform_option_counts_as_the_platform(monkeypatch):
    seen = {}

    def problem(environ):
        seen.update(environ)
        return "stop here"

    monkeypatch.setattr("ui.platform_libraries.platform_problem", problem)
    launcher.main_window(["-platform", "offscreen"])
    assert seen["QT_QPA_PLATFORM"] == "offscreen"
