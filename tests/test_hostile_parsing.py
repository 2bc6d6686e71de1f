"""The hostile corpus (tests/hostile.py) against the parser, the classifier and ingest.

Every item must come out as facts, without an exception; nothing read from it may carry a
line break, NUL or other control character into a field that is later copied into a draft
or a log line; and the work is bounded by the configured limits, not by what the sender
chose. Memory is measured with tracemalloc (bytes, not seconds: no timing assertions).
"""

from __future__ import annotations

import logging
import re
import tracemalloc
from collections.abc import Callable

import pytest

import hostile
from afterview.config import Limits
from afterview.mail.bounds import bound_calendar, cap_body, cap_multiparts
from afterview.mail.message import parse_message
from afterview.pipeline import ingest
from afterview.pipeline.facts import INCOMING, MessageFacts
from afterview.pipeline.ingest import facts_from_raw
from afterview.understand.calendar import parse_calendar
from afterview.understand.result import KINDS

ME = ("alex@example.org",)
CORPUS = hostile.corpus()
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MIB = 1024 * 1024


def understand(raw: bytes, limits: Limits | None = None) -> MessageFacts:
    return facts_from_raw(raw, direction=INCOMING, me=ME, limits=limits)


def peak_bytes(work: Callable[[], object]) -> int:
    """The most memory ``work`` held at once, in bytes, beyond what existed before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("item", CORPUS, ids=[item.name for item in CORPUS])
def test_every_hostile_message_becomes_clean_facts(item: hostile.Hostile) -> None:
    facts = understand(item.raw)
    assert facts.kind in KINDS
    assert not any(r.startswith("classifier-failed") for r in facts.reasons), facts.reasons
    assert MessageFacts.from_json(facts.to_json()) == facts  # the store keeps it as it is
    people = [facts.sender, facts.contact]
    if facts.interview:
        people += list(facts.interview.interviewers)
    texts = [facts.subject, facts.message_id, facts.in_reply_to, facts.company, facts.role]
    texts += list(facts.references) + list(facts.recipients)
    texts += [p.name for p in people if p] + [p.email for p in people if p]
    for text in filter(None, texts):
        assert not CONTROL.search(text), (item.name, text[:120])
    for email in [p.email for p in people if p] + list(facts.recipients):
        assert "=?" not in email and email.count("@") == 1, (item.name, email)
    for message_id in filter(None, [facts.message_id, facts.in_reply_to, *facts.references]):
        assert " " not in message_id, (item.name, message_id[:120])


def test_encoded_line_breaks_end_up_as_spaces_not_headers() -> None:
    by_name = {item.name: item for item in CORPUS}
    facts = understand(by_name["subject-encoded-crlf"].raw)
    assert facts.subject == "Interview Bcc: victim@evil.example X-Injected: yes"
    sender = understand(by_name["display-name-encoded-crlf"].raw).sender
    assert sender is not None and sender.email == hostile.RECRUITER
    assert sender.name == "Rita Bcc: victim@evil.example X-Evil: 1"


def test_message_ids_lose_controls_and_spaces() -> None:
    by_name = {item.name: item for item in CORPUS}
    facts = understand(by_name["message-id-nul-and-spaces"].raw)
    assert facts.message_id == "<abc@evil.example>"
    assert facts.in_reply_to is not None and "\r" not in facts.in_reply_to


def test_a_thousand_nested_multiparts_are_cut_and_reported() -> None:
    message = parse_message(hostile.nested(1000))
    assert any("multipart containers" in p for p in message.problems)
    assert message.from_ is not None and message.from_.email == hostile.RECRUITER


def test_nesting_within_the_limit_is_read_to_the_bottom() -> None:
    message = parse_message(hostile.nested(20))
    assert "Your interview is confirmed." in message.text
    assert not any("multipart containers" in p for p in message.problems)


def test_cap_multiparts_cuts_before_the_first_declaration_too_many() -> None:
    raw = hostile.nested(10)
    kept, problem = cap_multiparts(raw, 3)
    assert problem is not None and raw.startswith(kept) and len(kept) < len(raw)
    assert len(re.findall(rb"(?im)^content-type: multipart", kept)) == 3
    assert cap_multiparts(raw, 10) == (raw, None)


def test_a_single_part_body_of_millions_of_lines_is_cut_and_reported() -> None:
    head = b"From: Ana <ana@acme.example>\r\nSubject: Interview\r\n\r\n"
    raw = head + b"Your interview is on Monday at 3pm.\r\n" + b"a\r\n" * 3_000_000
    message = parse_message(raw)
    assert message.text.startswith("Your interview is on Monday at 3pm.")
    assert any("body of" in p and "cut" in p for p in message.problems)


def test_a_multipart_declaration_inside_a_single_part_body_does_not_lift_the_cap() -> None:
    body = b"Content-Type: multipart/mixed; boundary=x\r\n" + b"a\r\n" * 1000
    kept, problem = cap_body(b"Subject: Hi\r\n\r\n" + body, 100)
    assert problem is not None and len(kept) < 200


def test_cap_body_leaves_multipart_and_short_mail_alone() -> None:
    nested = hostile.nested(3)
    assert cap_body(nested, 10) == (nested, None)
    short = b"Subject: Hi\r\n\r\nHello"
    assert cap_body(short, 100) == (short, None)
    kept, problem = cap_body(short + b"x" * 500, 100)
    assert kept == short + b"x" * 95 and problem is not None


def test_calendar_bounds_keep_the_first_events_and_attendees() -> None:
    people = [(f"P{n}", f"p{n}@acme.example") for n in range(50)]
    text = hostile.ics(attendees=people, events=30)
    kept, problems = bound_calendar(text, max_events=4, max_attendees=10)
    assert kept.count("BEGIN:VEVENT") == kept.count("END:VEVENT") == 4
    assert kept.count("ATTENDEE") == 4 * 10
    assert "ATTENDEE;CN=P9;" in kept and "ATTENDEE;CN=P10;" not in kept
    assert kept.rstrip().endswith("END:VCALENDAR")
    assert problems == [
        "calendar: 26 events beyond 4 dropped",
        "calendar: 164 attendees beyond 10 dropped",  # 51 in each event kept
    ]
    events, _ = parse_calendar(kept, default_tz=hostile.UTC)
    assert len(events) == 4 and all(len(e.attendees) == 10 for e in events)


def test_calendar_bounds_leave_ordinary_invitations_alone() -> None:
    text = hostile.ics()
    assert bound_calendar(text, max_events=500, max_attendees=200) == (text, [])


def test_endless_recurrence_is_one_interview_not_a_loop() -> None:
    by_name = {item.name: item for item in CORPUS}
    for name in ("endless-rrule", "endless-rrule-by-everything"):
        facts = understand(by_name[name].raw)
        assert facts.kind == "interview_scheduled", name
        assert facts.interview is not None
        assert facts.interview.start.isoformat() == "2026-11-24T15:00:00+00:00"


@pytest.mark.parametrize(
    "body",
    [
        "I am out of the office until 31 December 9999.",
        "Your interview is confirmed for Friday 31 December 9999 at 23:30 UTC.",
        "We will get back to you by 1 January 0001.",
    ],
)
def test_dates_at_the_end_of_time_do_not_overflow(body: str) -> None:
    raw = hostile.message([("Subject", "Interview for the Analyst role")], body=body)
    facts = understand(raw)
    assert facts.kind in KINDS
    assert facts.back_on is None and facts.decision_by is None and facts.interview is None


def test_calendar_years_out_of_range_are_ignored_not_fatal() -> None:
    by_name = {item.name: item for item in CORPUS}
    facts = understand(by_name["ics-huge-dates"].raw)
    assert facts.interview is None


def test_a_classifier_bug_costs_one_message_not_the_pass(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(ingest, "classify", broken)
    with caplog.at_level(logging.WARNING, logger="afterview.ingest"):
        facts = understand(CORPUS[0].raw)
    assert facts.kind == "unrelated"
    assert "classifier-failed:OverflowError" in facts.reasons
    assert any("classifier failed: OverflowError" in m for m in caplog.messages)


# ---- limits: configurable, and they bound memory -----------------------------------------


def test_configured_limits_reach_the_parser() -> None:
    limits = Limits(max_message_bytes=200_000, max_parts=5, max_ics_events=2)
    by_name = {item.name: item for item in CORPUS}
    cut = understand(by_name["overlong-body-line"].raw, limits)
    assert any("cut to 200000" in r for r in cut.reasons)
    parts = parse_message(hostile.many_parts(50), max_parts=limits.max_parts)
    assert any("more than 5 MIME parts" in p for p in parts.problems)
    events = understand(by_name["many-events"].raw, limits)
    assert any("events beyond 2 dropped" in r for r in events.reasons)


def test_a_50_megabyte_attachment_costs_memory_by_the_limit_not_by_its_size() -> None:
    raw = hostile.big_base64(50)
    small = Limits(max_message_bytes=2 * MIB)
    peak = peak_bytes(lambda: understand(raw, small))
    assert peak < 12 * small.max_message_bytes < len(raw)


def test_a_hundred_thousand_attendees_are_cut_before_icalendar_sees_them() -> None:
    raw = hostile.attendee_flood(100_000)
    assert len(raw) > 8_000_000
    facts: list[MessageFacts] = []
    peak = peak_bytes(lambda: facts.append(understand(raw)))
    assert any("attendees beyond 200 dropped" in r for r in facts[0].reasons)
    assert peak < 12 * len(raw)  # a few copies of the text: no object per attendee
    message = parse_message(raw)
    assert all(text.count("ATTENDEE") <= 200 for text, _ in message.calendars)


def test_the_large_items_of_the_corpus_cost_a_bounded_amount_of_memory() -> None:
    limits = Limits()
    for item in CORPUS:
        if len(item.raw) > 100_000:
            peak = peak_bytes(lambda item=item: understand(item.raw, limits))
            assert peak < 16 * len(item.raw), (item.name, peak)
