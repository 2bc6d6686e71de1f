"""Property tests: ``parse_message`` and ``classify`` never raise, whatever the bytes.

Inputs are random bytes, and real fixtures mutated the ways mail breaks in the wild:
truncated, with bytes flipped, a wrong or unknown charset, broken base64, a huge header,
garbage calendar parts, deep nesting. No timing asserts: speed is in benchmarks/.
"""

from __future__ import annotations

import base64
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.result import KINDS

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml"))
SAMPLES = [p.read_bytes() for p in FIXTURES]
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(raw: bytes) -> None:
    msg = parse_message(raw)
    assert isinstance(msg.problems, list)
    result = classify(msg, me=("sam.rivera@example.org",))
    assert result.kind in KINDS
    if result.interview is not None:
        assert result.interview.start.tzinfo is not None
        assert result.interview.end >= result.interview.start


@PROPERTY
@given(st.binary(max_size=4000))
def test_random_bytes(raw: bytes) -> None:
    check(raw)


@PROPERTY
@given(st.sampled_from(SAMPLES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_fixtures(raw: bytes, fraction: float) -> None:
    check(raw[: int(len(raw) * fraction)])


@PROPERTY
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=40),
)
def test_flipped_bytes(raw: bytes, flips: list[tuple[float, int]]) -> None:
    data = bytearray(raw)
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    check(bytes(data))


CHARSETS = st.sampled_from(
    ["utf-8", "latin-1", "x-unknown", "utf-7", "", '"', "iso-2022-jp", "cp1252", "utf-16"]
)


@PROPERTY
@given(st.sampled_from(SAMPLES), CHARSETS)
def test_wrong_charsets(raw: bytes, charset: str) -> None:
    check(raw.replace(b'charset="utf-8"', f"charset={charset}".encode()))


@PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(["base64", "quoted-printable", "8bit", "x"]))
def test_broken_transfer_encodings(payload: bytes, cte: str) -> None:
    body = payload if cte != "base64" else base64.b64encode(payload)[:-3] + b"!*~"
    raw = (
        b"From: Jane <jane@acme.example>\r\nSubject: Interview confirmed\r\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n\r\n" + body
    )
    check(raw)


@PROPERTY
@given(st.text(max_size=3000), st.sampled_from(["REQUEST", "CANCEL", "REPLY", "", "BOGUS"]))
def test_garbage_calendars(ics: str, method: str) -> None:
    calendar = f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n{ics}\r\nEND:VEVENT\r\n"
    raw = (
        "From: Jane <jane@acme.example>\r\nTo: sam.rivera@example.org\r\n"
        "Subject: Invitation: Interview\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
        "Your interview for the Analyst role is confirmed.\r\n--b\r\n"
        f"Content-Type: text/calendar; method={method}\r\n\r\n{calendar}\r\n--b--\r\n"
    )
    check(raw.encode("utf-8", "surrogatepass"))


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 3000), st.sampled_from([b"Subject", b"To", b"References", b"X-Foo"]))
def test_huge_headers_and_deep_nesting(depth: int, name: bytes) -> None:
    check(name + b": " + b"a@b.example, " * depth + b"\r\n\r\nbody")
    nested = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    check(b"Subject: deep\r\n" + nested)


def test_a_ten_megabyte_body() -> None:
    line = b"We would like to invite you to an interview for the role. " * 20 + b"\r\n"
    body = line * (10_000_000 // len(line))
    check(b"From: a@acme.example\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\n" + body)
    html = b"<html><body>" + b"<p>" + line + b"</p>" * (10_000_000 // len(line)) + b"</body>"
    check(b"From: a@acme.example\r\nContent-Type: text/html\r\n\r\n" + html)
