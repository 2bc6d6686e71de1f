"""mail/message.py: MIME parsing that keeps what it can and never raises."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from afterview.mail.message import Address, parse_message
from afterview.understand.body.html import html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "mail"


def raw(*lines: str, body: str = "Hello") -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8")


def test_headers_are_decoded_and_normalised() -> None:
    msg = parse_message(
        raw(
            "From: =?utf-8?q?N=C3=BAria?= Vidal <Nuria.Vidal@Marea.Example>",
            'To: Alex <alex@example.net>, "Doe, Jane" <JANE@x.example>',
            "Cc: broken-address-without-at",
            "Subject: =?utf-8?b?VGVybWluYmVzdMOkdGlndW5n?=:\r\n  Ihr  Interview\x07 bei X",
            "Date: Thu, 05 Nov 2026 09:40:26 +0100",
            "Message-ID:   <abc@host.example>  ",
            "In-Reply-To: <prev@host.example>",
            "References: <a@x> <b@y>\r\n <c@z>",
        )
    )
    assert msg.from_ == Address("Núria Vidal", "nuria.vidal@marea.example")
    assert msg.to == [Address("Alex", "alex@example.net"), Address("Doe, Jane", "jane@x.example")]
    assert msg.cc == []
    assert msg.subject == "Terminbestätigung: Ihr Interview bei X"
    assert msg.date == datetime(2026, 11, 5, 9, 40, 26, tzinfo=timezone(timedelta(hours=1)))
    assert msg.message_id == "<abc@host.example>"
    assert msg.in_reply_to == "<prev@host.example>"
    assert msg.references == ["<a@x>", "<b@y>", "<c@z>"]
    assert msg.header("subject") == msg.subject
    assert msg.headers_all("References") == ["<a@x> <b@y> <c@z>"]
    assert msg.header("X-Missing") is None


def test_undeclared_8bit_headers_and_unknown_charsets() -> None:
    data = (
        b"From: J\xc3\xbcrgen M\xc3\xbcller <j@x.example>\r\n"
        b"Subject: =?x-unknown-charset?q?Caf=E9?= und M\xfcnchen\r\n"
        b"Content-Type: text/plain; charset=bogus-charset\r\n\r\n"
        b"Gr\xfc\xdfe aus M\xfcnchen\r\n"
    )
    msg = parse_message(data)
    assert msg.from_ is not None and msg.from_.name == "Jürgen Müller"
    assert "München" in msg.subject
    assert "Grüße aus München" in msg.text


def test_display_names_lose_control_characters() -> None:
    msg = parse_message(raw('From: "Evil\\r\\nBcc: x" <e@x.example>', "To: a@b.example"))
    assert msg.from_ is not None
    assert "\n" not in msg.from_.name and "\r" not in msg.from_.name


def test_date_without_zone_is_utc_and_bad_date_is_a_problem() -> None:
    assert parse_message(raw("Date: Mon, 2 Nov 2026 10:00:00 -0000")).date == datetime(
        2026, 11, 2, 10, 0, tzinfo=UTC
    )
    broken = parse_message(raw("Date: the day after tomorrow"))
    assert broken.date is None
    assert any("Date" in p for p in broken.problems)


def test_plain_text_preferred_html_used_when_plain_is_a_stub() -> None:
    def mail(plain: str) -> bytes:
        return raw(
            "Content-Type: multipart/alternative; boundary=b",
            body=(
                "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                f"{plain}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                "<p>Your <b>interview</b> is confirmed.</p><script>x=1</script>\r\n--b--\r\n"
            ),
        )

    full = parse_message(mail("Your interview is confirmed for Tuesday at 3pm, see you then."))
    assert (
        full.text.startswith("Your interview is confirmed for Tuesday") and not full.text_from_html
    )
    stub = parse_message(mail("View in browser"))
    assert stub.text == "Your interview is confirmed." and stub.text_from_html


def test_html_rendering_keeps_structure_and_links() -> None:
    text = html_to_text(
        "<style>p{color:red}</style><div style='display:none'>preheader</div>"
        "<p>Hi&nbsp;Sam,</p><dl><dt>When</dt><dd>Tue 3pm</dd></dl>"
        "<ul><li>one</li><li>two</li></ul>"
        "<p>Book <a href='https://ats.example/b/1'>here</a> or write to "
        "<a href='mailto:jane@x.example'>Jane</a>.</p>"
        "<blockquote>On Mon, Jane wrote:<br>old text</blockquote>"
    )
    assert "preheader" not in text and "color" not in text
    assert "Hi Sam," in text
    assert "When: Tue 3pm" in text
    assert "- one\n- two" in text
    assert "here (https://ats.example/b/1)" in text
    assert "Jane (jane@x.example)" in text
    assert "> old text" in text


def test_calendar_parts_and_ics_attachments_are_collected_once() -> None:
    ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    encoded = base64.b64encode(ics.encode()).decode()
    msg = parse_message(
        raw(
            "Content-Type: multipart/mixed; boundary=m",
            body=(
                "--m\r\nContent-Type: text/plain\r\n\r\nInvite attached\r\n"
                f"--m\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{ics}"
                "\r\n--m\r\nContent-Type: application/octet-stream\r\n"
                'Content-Disposition: attachment; filename="invite.ics"\r\n'
                f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n"
                "--m\r\nContent-Type: application/pdf\r\n"
                'Content-Disposition: attachment; filename="cv.pdf"\r\n\r\n%PDF-1.4\r\n--m--\r\n'
            ),
        )
    )
    assert [method for _, method in msg.calendars] == ["REQUEST"]
    assert "METHOD:REQUEST" in msg.calendars[0][0]
    names = [a.filename for a in msg.attachments]
    assert "invite.ics" in names and "cv.pdf" in names
    assert msg.text.strip() == "Invite attached"


def test_forwarded_message_parts_are_marked() -> None:
    msg = parse_message(
        raw(
            "Content-Type: multipart/mixed; boundary=f",
            body=(
                "--f\r\nContent-Type: text/plain\r\n\r\nFYI\r\n"
                "--f\r\nContent-Type: message/rfc822\r\n\r\n"
                "From: a@x.example\r\nSubject: inner\r\n\r\nInner body\r\n--f--\r\n"
            ),
        )
    )
    assert msg.text.startswith("FYI")
    assert "Forwarded message" in msg.text and "Inner body" in msg.text


def test_broken_input_never_raises() -> None:
    cases = [
        b"",
        b"\x00\xff\xfe garbage",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain",
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64***",
        b"Subject: " + b"A" * 100_000 + b"\r\n\r\nbody",
        b'Content-Type: text/plain; charset="\r\n\r\nx',
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        + b"--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" * 500,
    ]
    for data in cases:
        msg = parse_message(data)
        assert isinstance(msg.text, str)
        assert isinstance(msg.problems, list)


def test_limits_are_reported() -> None:
    big = raw("Subject: big", body="x" * 2000)
    cut = parse_message(big, max_bytes=500)
    assert any("cut" in p for p in cut.problems)
    parts = "".join(f"--p\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(50))
    many = parse_message(
        raw("Content-Type: multipart/mixed; boundary=p", body=parts + "--p--"), max_parts=10
    )
    assert any("MIME parts" in p for p in many.problems)


def test_every_fixture_parses_cleanly() -> None:
    files = sorted(FIXTURES.glob("*.eml"))
    assert len(files) >= 80
    for path in files:
        msg = parse_message(path.read_bytes())
        assert msg.message_id and msg.from_ and msg.date, path.name
        assert msg.text.strip(), path.name
