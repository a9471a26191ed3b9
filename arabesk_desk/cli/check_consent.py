"""The photo-consent register for ``check --attachment``: read from the data folder's store
only when a post has a photo or video, so a plain ``check`` never opens the database."""

from __future__ import annotations

import sys

from arabesk_desk.paths import data_paths
from checks.consent import ConsentBook


class ConsentUnavailable(Exception):
    """The register exists but cannot be read: checking without it would pass silently."""


def consent_in_store() -> ConsentBook:
    from arabesk_desk.store import Store, StoreError

    path = data_paths().database
    if not path.exists():
        _no_register()
        return ConsentBook()
    try:
        with Store.open(path, create=False) as store:
            book = store.consent_book()
    except StoreError as exc:
        raise ConsentUnavailable(
            f"the photo-consent register cannot be read, so consent was not checked: "
            f"{exc.message_en}"
        ) from None
    if not book:
        _no_register()
    return book


def _no_register() -> None:
    print(
        "note: no photo-consent register is imported ('arabesk-desk consent import FILE'), "
        "so photo consent was not checked.",
        file=sys.stderr,
    )
