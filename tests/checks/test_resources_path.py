"""The app's data folder resolves to a real folder, as it must in a wheel or a frozen bundle."""

from __future__ import annotations

import importlib.resources
import importlib.util
from pathlib import Path

import resources
from checks.resources import packaged_resources_dir


def test_resources_is_a_regular_package_so_its_files_are_one_real_folder():
    # A namespace package gives a MultiplexedPath, whose str() is no path (seen frozen).
    assert resources.__file__ is not None
    assert isinstance(importlib.resources.files("resources"), Path)


def test_the_folder_holds_every_kind_of_data_the_app_reads():
    folder = packaged_resources_dir()
    assert "MultiplexedPath" not in str(folder)
    for part in ("rules", "terms", "language", "dictionaries", "translations"):
        assert (folder / part).is_dir(), part
    assert (folder / "channels.toml").is_file()
    assert folder == Path(importlib.util.find_spec("resources").origin).parent


def test_the_quick_way_and_importlib_resources_agree():
    with importlib.resources.as_file(importlib.resources.files("resources")) as folder:
        assert folder == packaged_resources_dir()
