"""Small timeline files in the shapes X, Mastodon and LinkedIn export (written for these tests)."""

from __future__ import annotations

import json

X_ARCHIVE = """window.YTD.tweets.part0 = [ {
  "tweet" : {
    "id_str" : "1001",
    "full_text" : "Mooie Kinderboekenweek &amp; dank aan alle ouders!",
    "created_at" : "Wed Oct 05 14:03:00 +0000 2022"
  }
}, {
  "tweet" : {
    "id_str" : "1002",
    "full_text" : "Laterzz XXX",
    "created_at" : "Thu Oct 06 22:40:00 +0200 2022"
  }
} ]
"""

OLD_X_ARCHIVE = (
    'window.YTD.tweet.part0 = [{"tweet": {"id": "7", "full_text": "Oud bericht", '
    '"created_at": "Mon Jan 02 08:00:00 +0000 2017"}}]'
)

MASTODON_OUTBOX = json.dumps(
    {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "totalItems": 3,
        "orderedItems": [
            {
                "id": "https://social.example/users/arabesk/statuses/1/activity",
                "type": "Create",
                "actor": "https://social.example/users/arabesk",
                "published": "2023-03-01T08:00:00Z",
                "object": {
                    "id": "https://social.example/users/arabesk/statuses/1",
                    "type": "Note",
                    "published": "2023-03-01T08:00:00Z",
                    "url": "https://social.example/@arabesk/1",
                    "content": "<p>Open dag op zaterdag!</p><p>Welkom<br>vanaf 10 uur &amp; "
                    '<a href="https://arabesk.example"><span class="invisible">https://'
                    "</span><span>arabesk.example</span></a></p>",
                },
            },
            {
                "id": "https://social.example/users/arabesk/statuses/2/activity",
                "type": "Announce",
                "actor": "https://social.example/users/arabesk",
                "published": "2023-03-02T08:00:00Z",
                "object": "https://other.example/statuses/9",
            },
        ],
    }
)

LINKEDIN_SHARES = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    '2024-01-15 09:30:00,https://www.linkedin.com/feed/update/urn:li:share:1,"""Trots op ons '
    'team.\nZe zeiden: ""top""!""",,,MEMBER_NETWORK\n'
    "2024-01-16 09:30:00,https://www.linkedin.com/feed/update/urn:li:share:2,,,,MEMBER_NETWORK\n"
)
