"""The quick look at a message's first bytes: text parts decoded, cut-offs noticed."""

from __future__ import annotations

import base64
import quopri
from email.message import EmailMessage
from pathlib import Path

import pytest

from afterview.mail.base import split_header
from afterview.mail.glance import content_type, glance, html_text
from afterview.mail.message import parse_message
from afterview.understand.prefilter import Head

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))


def split(raw: bytes) -> tuple[dict[str, str], bytes]:
    header, body = split_header(raw)
    return Head.parse(header).fields, body


def alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = "Hello"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_plain_and_html_parts_are_read_and_decoded():
    fields, body = split(
        alternative("Grüße aus Köln\n", "<p>Gr&uuml;&szlig;e <b>aus</b> K&ouml;ln</p>")
    )
    seen = glance(fields, body)
    assert seen.plain == ["Grüße aus Köln\n"]
    assert "aus" in html_text(seen.html[0]) and not seen.cut


def test_base64_and_quoted_printable_parts():
    text = "Wir freuen uns über Ihre Bewerbung.\n"
    b64 = base64.encodebytes(text.encode()).decode()
    qp = quopri.encodestring(text.encode()).decode()
    body = (
        "--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{b64}\n--B\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp}\n--B--\n"
    ).encode()
    seen = glance({"content-type": 'multipart/mixed; boundary="B"'}, body)
    assert [t.strip() for t in seen.plain] == [text.strip(), text.strip()]


def test_invitations_and_attached_messages():
    body = (
        b"--O\nContent-Type: multipart/alternative; boundary=I\n\n"
        b"--I\nContent-Type: text/plain\n\nSee invite\n"
        b"--I\nContent-Type: text/calendar; method=CANCEL; charset=utf-8\n\n"
        b"BEGIN:VCALENDAR\nSUMMARY:Interview\nEND:VCALENDAR\n--I--\n"
        b"--O\nContent-Type: application/octet-stream; name=invite.ics\n\nBEGIN:VCALENDAR\n"
        b"--O\nContent-Type: message/rfc822\n\nSubject: Your interview\n\nForwarded words\n"
        b"--O--\n"
    )
    seen = glance({"content-type": "multipart/mixed; boundary=O"}, body)
    assert [method for _text, method in seen.calendars] == ["CANCEL", None]
    assert "Interview" in seen.calendars[0][0]
    assert seen.forwarded and "Forwarded words" in "\n".join(seen.plain)
    assert "Your interview" in seen.plain


def test_a_look_cut_inside_the_text_asks_for_more():
    raw = alternative("word " * 2000, "<p>html</p>")
    fields, body = split(raw)
    short = glance(fields, body[:1000], complete=False)
    assert short.cut and short.plain and short.plain[0].startswith("word word")
    assert not glance(fields, body, complete=True).cut


def test_a_look_that_ends_in_an_attachment_after_the_text_is_enough():
    body = (
        b"--B\nContent-Type: text/plain\n\nShort note.\n"
        b"--B\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n" + b"QUJD" * 500
    )
    seen = glance({"content-type": "multipart/mixed; boundary=B"}, body, complete=False)
    assert seen.plain == ["Short note."] and not seen.cut


def test_a_look_that_ends_before_any_text_asks_for_more():
    body = b"--B\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n" + b"QUJD" * 500
    seen = glance({"content-type": "multipart/mixed; boundary=B"}, body, complete=False)
    assert seen.cut and not seen.plain


def test_the_html_counts_when_the_plain_part_is_a_stub():
    fields, body = split(alternative("View in browser", "<p>We regret to inform you</p>"))
    assert "regret" in glance(fields, body).text()
    fields, body = split(alternative("Long enough plain text. " * 40, "<p>We regret</p>"))
    assert "regret" not in glance(fields, body).text()


def test_content_type_parameters():
    assert content_type('Multipart/Mixed; boundary="a b"; charset=UTF-8') == (
        "multipart/mixed",
        {"boundary": "a b", "charset": "UTF-8"},
    )
    assert content_type(None) == ("text/plain", {})


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_glanced_whole_has_the_parsers_text(path):
    """On whole messages the quick reader sees at least the words the full parser sees."""
    raw = path.read_bytes()
    fields, body = split(raw)
    seen = glance(fields, body)
    quick = set(f"{seen.text(short=10**6)} {html_text(' '.join(seen.html))}".lower().split())
    full = parse_message(raw)
    words = set(full.text.lower().split())
    missing = {w for w in words - quick if w.isalpha() and len(w) > 3}
    assert len(missing) <= max(3, len(words) // 20), sorted(missing)[:20]
