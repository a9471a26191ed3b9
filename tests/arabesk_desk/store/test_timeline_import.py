"""Reading X, Mastodon and LinkedIn timelines; bad files get a message naming the problem."""

from __future__ import annotations

import pytest

from arabesk_desk.post_checker import load_post_checker
from arabesk_desk.store.timeline_import import (
    TimelineError,
    html_to_text,
    imported_items,
    read_timeline,
)
from tests.arabesk_desk.store.timeline_samples import (
    LINKEDIN_SHARES,
    MASTODON_OUTBOX,
    OLD_X_ARCHIVE,
    X_ARCHIVE,
)


def write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_x_archive(tmp_path):
    timeline = read_timeline(write(tmp_path, "tweets.js", X_ARCHIVE))
    assert timeline.format == "x"
    first, second = timeline.posts
    assert first.text == "Mooie Kinderboekenweek & dank aan alle ouders!"
    assert first.published_at == "2022-10-05T14:03:00+00:00"
    assert first.url == "https://x.com/i/web/status/1001"
    assert second.published_at == "2022-10-06T20:40:00+00:00"  # +0200 converted to UTC
    assert {p.source for p in timeline.posts} == {"import:x"}


def test_older_x_archive_with_tweet_part(tmp_path):
    timeline = read_timeline(write(tmp_path, "tweet.js", OLD_X_ARCHIVE))
    assert [p.text for p in timeline.posts] == ["Oud bericht"]


def test_mastodon_outbox_keeps_own_posts_only(tmp_path):
    timeline = read_timeline(write(tmp_path, "outbox.json", MASTODON_OUTBOX))
    assert timeline.format == "mastodon"
    assert len(timeline.skipped) == 1 and timeline.problems == ()
    (post,) = timeline.posts
    assert post.text == "Open dag op zaterdag!\n\nWelkom\nvanaf 10 uur & https://arabesk.example"
    assert post.url == "https://social.example/@arabesk/1"
    assert post.author == "arabesk"
    assert post.published_at == "2023-03-01T08:00:00+00:00"


def test_linkedin_shares(tmp_path):
    timeline = read_timeline(write(tmp_path, "Shares.csv", "\ufeff" + LINKEDIN_SHARES))
    assert timeline.format == "linkedin"
    assert len(timeline.skipped) == 1 and timeline.problems == ()
    (post,) = timeline.posts
    assert post.text == 'Trots op ons team.\nZe zeiden: "top"!'
    assert post.published_at == "2024-01-15T09:30:00+00:00"
    assert post.channel == "linkedin"


def test_entry_ids_are_stable_per_post(tmp_path):
    path = write(tmp_path, "tweets.js", X_ARCHIVE)
    assert [p.entry_id for p in read_timeline(path).posts] == [
        p.entry_id for p in read_timeline(path).posts
    ]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.js", "   \n", "is empty"),
        ("notes.txt", "Gewoon een tekst", "not a timeline this command knows"),
        ("tweets.js", "window.YTD.tweets.part0 = [ {", "not valid JSON in item 1"),
        ("tweets.js", 'window.YTD.tweets.part0 = {"a": 1}', "does not hold a list"),
        ("outbox.json", '{"type": "OrderedCollection"}', "no 'orderedItems' list"),
        ("outbox.json", "{not json", "no 'orderedItems' list"),
    ],
)
def test_bad_files_name_the_problem(tmp_path, name, content, problem):
    with pytest.raises(TimelineError, match=problem.replace("(", r"\(").replace("[", r"\[")):
        read_timeline(write(tmp_path, name, content))


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("tweets.js", 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]', "'created_at'"),
        (
            "tweets.js",
            'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "a", '
            '"created_at": "gisteren"}}]',
            "unreadable date 'gisteren'",
        ),
        ("Shares.csv", "Date,ShareLink,ShareCommentary\nmorgen,,hoi\n", "unreadable date"),
    ],
)
def test_bad_items_are_skipped_with_their_reason(tmp_path, name, content, problem):
    (skipped,) = read_timeline(write(tmp_path, name, content)).problems
    assert problem in skipped.reason


def test_not_utf8_and_missing_and_folder(tmp_path):
    with pytest.raises(TimelineError, match="not valid UTF-8"):
        read_timeline(write(tmp_path, "Shares.csv", b"Date,ShareLink,ShareCommentary\n\xff\n"))
    with pytest.raises(TimelineError, match="does not exist"):
        read_timeline(tmp_path / "nope.js")
    with pytest.raises(TimelineError, match="is a folder"):
        read_timeline(tmp_path)


def test_html_to_text():
    assert html_to_text("<p>a &lt;b&gt;</p><p>c<br/>d</p>") == "a <b>\n\nc\nd"


def test_imported_items_carry_findings_and_are_marked(tmp_path):
    timeline = read_timeline(write(tmp_path, "tweets.js", X_ARCHIVE))
    checker = load_post_checker(spelling=False)
    items = imported_items(timeline, checker, author="De Arabesk")
    assert {i.kind for i in items} == {"imported"}
    assert {i.source for i in items} == {"import:x"}
    assert all(i.author == "De Arabesk" for i in items)
    laterzz = next(i for i in items if i.text == "Laterzz XXX")
    expected = [f.to_dict() for f in checker.check("Laterzz XXX", _context(checker))]
    assert expected and list(laterzz.findings) == expected


def _context(checker):
    from checks import Capacity, CheckContext, Role

    return CheckContext(channel="x", capacity=Capacity.OFFICIAL, role=Role.COMMUNICATIONS)


def test_an_export_archive_is_read_whole(tmp_path):
    import zipfile

    archive = tmp_path / "twitter-2024.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("data/tweets.js", X_ARCHIVE)
        zipped.writestr(
            "data/tweets-part1.js", OLD_X_ARCHIVE.replace("tweet.part0", "tweets.part1")
        )
        zipped.writestr("data/deleted-tweets.js", OLD_X_ARCHIVE)
        zipped.writestr("data/account.js", "window.YTD.account.part0 = []")
    timeline = read_timeline(archive)
    assert timeline.format == "x"
    assert "Oud bericht" in {p.text for p in timeline.posts}
    assert len(timeline.posts) == 3


def test_an_archive_without_a_timeline_or_damaged(tmp_path):
    import zipfile

    empty = tmp_path / "export.zip"
    with zipfile.ZipFile(empty, "w") as zipped:
        zipped.writestr("README.txt", "niets")
    with pytest.raises(TimelineError, match=r"holds no tweets\.js"):
        read_timeline(empty)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(empty.read_bytes()[:40])
    with pytest.raises(TimelineError, match="damaged or unsupported"):
        read_timeline(broken)
