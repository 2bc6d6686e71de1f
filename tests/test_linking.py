"""Linking messages to applications: thread, people, employer; several roles per company."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from afterview.pipeline.facts import INCOMING, SENT, InterviewFact, MessageFacts, PersonFact
from afterview.pipeline.linking import Linker, normalise_name

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ME = frozenset({"alex@example.org"})


def incoming(n: int, kind: str, **kw) -> MessageFacts:
    kw.setdefault("message_id", f"<m{n}@x>")
    return MessageFacts(INCOMING, kind, date=T0 + timedelta(days=n), **kw)


def jane() -> PersonFact:
    return PersonFact("Jane Doe", "jane@acme.example")


def test_company_names_compare_without_case_accents_or_legal_suffix():
    assert normalise_name("ACME Robotics, Inc.") == normalise_name("Acme Robotics")
    assert normalise_name("Müller GmbH") == normalise_name("Muller")
    assert normalise_name("Acme Robotics") != normalise_name("Acme Foods")


def test_thread_reply_joins_even_without_company():
    linker = Linker(ME)
    first = linker.link(incoming(0, "interview_scheduled", company="Acme", role="Backend"))
    reply = linker.link(incoming(1, "employer_reply", in_reply_to="<m0@x>"))
    assert first.created and not reply.created
    assert reply.application_id == first.application_id == "acme-backend"


def test_ats_rejection_from_unknown_sender_joins_by_company():
    linker = Linker(ME)
    app = linker.link(incoming(0, "interview_scheduled", company="Acme Robotics", sender=jane()))
    rejection = linker.link(
        incoming(
            5,
            "rejection",
            company="Acme Robotics, Inc.",
            sender=PersonFact(None, "no-reply@ats.example"),
            robot_sender=True,
        )
    )
    assert rejection.application_id == app.application_id


def test_rejection_for_an_application_never_seen_creates_one():
    linker = Linker(ME)
    link = linker.link(incoming(0, "rejection", company="Cinderpath Studios", role="Designer"))
    assert link.created and link.application_id == "cinderpath-studios-designer"


def test_two_roles_at_one_company_are_two_applications():
    linker = Linker(ME)
    a = linker.link(incoming(0, "interview_scheduled", company="Acme", role="Backend Engineer"))
    b = linker.link(incoming(1, "interview_request", company="Acme", role="Data Engineer"))
    c = linker.link(incoming(2, "rejection", company="Acme", role="Data Engineer"))
    assert a.application_id != b.application_id
    assert c.application_id == b.application_id


def test_known_interviewer_links_a_later_message():
    linker = Linker(ME)
    interview = InterviewFact(T0, None, (PersonFact("Ruth", "ruth@bw.example"),))
    app = linker.link(
        incoming(0, "interview_scheduled", company="Bramblewood", interview=interview)
    )
    later = linker.link(incoming(3, "employer_reply", sender=PersonFact("Ruth", "ruth@bw.example")))
    assert later.application_id == app.application_id


def test_sent_mail_and_auto_replies_never_create_applications():
    linker = Linker(ME)
    sent = MessageFacts(SENT, "user_message", "<s@x>", T0, recipients=("hr@new.example",))
    ooo = incoming(1, "auto_reply", company="Nowhere", sender=PersonFact("N", "n@nowhere.example"))
    assert linker.link(sent).application_id is None
    assert linker.link(ooo).application_id is None
    assert linker.application_ids == []


def test_sent_mail_joins_by_recipient_but_the_user_is_never_a_known_person():
    linker = Linker(ME)
    app = linker.link(incoming(0, "interview_scheduled", company="Acme", sender=jane()))
    thanks = MessageFacts(SENT, "user_message", "<s@x>", T0, recipients=("jane@acme.example",))
    to_self = MessageFacts(SENT, "user_message", "<t@x>", T0, recipients=("alex@example.org",))
    assert linker.link(thanks).application_id == app.application_id
    assert linker.link(to_self).application_id is None


def test_unrelated_mail_is_not_linked():
    linker = Linker(ME)
    assert linker.link(incoming(0, "unrelated", company="HireWire")).application_id is None
