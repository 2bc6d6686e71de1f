"""The prefilter's rules, one by one (no server: headers and texts written here)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from afterview.mail.base import split_header
from afterview.mail.glance import glance
from afterview.understand.prefilter import FETCH, READ, SKIP, Head, Known, screen_head, screen_text


def message(
    subject: str = "Hello",
    body: str = "Are you around on Sunday?",
    *,
    sender: str = "Jess Turner <jess.turner@gmail.com>",
    to: str = "Sam Rivera <sam.rivera@example.org>",
    headers: dict[str, str] | None = None,
    ics: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = "<m1@mail.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if ics:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                           params={"method": "REQUEST"}, filename="invite.ics")  # fmt: skip
    return msg.as_bytes()


def head_of(raw: bytes) -> Head:
    return Head.parse(split_header(raw)[0])


def first(raw: bytes, known: Known | None = None, sent: bool = False) -> str:
    return screen_head(head_of(raw), known or Known(), sent=sent).verdict


def second(raw: bytes) -> str:
    header, body = split_header(raw)
    head = Head.parse(header)
    return screen_text(head, glance(head.fields, body)).verdict


NEWSLETTER = {"List-Id": "Weekly <weekly.news.example>", "List-Unsubscribe": "<https://x>"}


# ---- headers -------------------------------------------------------------------------------


def test_known_threads_people_and_employers_are_read_in_full():
    known = Known(message_ids={"<root@acme.example>"})
    known.add_person("Dana@Acme.example")
    known.add_domain("acme.example")
    reply = message(headers={"In-Reply-To": "<root@acme.example>"}, sender="x@y.example")
    assert first(reply, known) == FETCH
    assert first(message(sender="Dana <dana@acme.example>"), known) == FETCH
    assert first(message(sender="Bo <bo@acme.example>"), known) == FETCH


def test_freemail_and_service_domains_never_become_employers():
    known = Known()
    known.add_domain("gmail.com")
    known.add_domain("us.greenhouse-mail.io")
    assert not known.domains


def test_automatic_replies_are_read_in_full():
    assert first(message("Automatic reply: Thanks")) == FETCH
    assert first(message("Thanks", headers={"Auto-Submitted": "auto-replied"})) == FETCH


def test_personal_mail_and_notifications_need_a_look_at_the_text():
    assert first(message()) == READ
    shop = message("Your order", sender="Shop <no-reply@shop.example>",
                   headers={"Auto-Submitted": "auto-generated"})  # fmt: skip
    assert first(shop) == READ


def test_bulk_mail_without_a_job_in_its_headers_is_skipped():
    assert first(message("Weekly #12: balcony gardening", headers=NEWSLETTER)) == SKIP


def test_bulk_mail_with_job_words_in_the_subject_is_read_in_full():
    assert first(message("Your application to Acme", headers=NEWSLETTER)) == FETCH
    encoded = "=?utf-8?q?Ihre_Bewerbung_bei_Acme?="
    assert first(message(encoded, headers=NEWSLETTER)) == FETCH


@pytest.mark.parametrize(
    "sender",
    [
        "Acme Careers <news@acme.example>",
        "Acme <jobs@acme.example>",
        "Acme <no-reply@hire.lever.co>",
        "=?utf-8?q?Recrutement_Acme?= <info@acme.example>",
    ],
)
def test_bulk_mail_from_a_hiring_team_or_service_gets_a_look(sender):
    assert first(message("An update", sender=sender, headers=NEWSLETTER)) == READ


def test_sent_mail_counts_only_where_an_application_is():
    known = Known(message_ids={"<root@acme.example>", "<draft-1@example.org>"})
    known.add_person("dana@acme.example")
    known.add_domain("acme.example")
    mine = "Sam Rivera <sam.rivera@example.org>"
    assert first(message(sender=mine, to="dana@acme.example"), known, sent=True) == FETCH
    assert first(message(sender=mine, to="bo@acme.example"), known, sent=True) == FETCH
    thread = {"In-Reply-To": "<root@acme.example>"}
    assert first(message(sender=mine, to="x@y.example", headers=thread), known, sent=True) == FETCH
    keyed = {"X-Afterview-Key": "acme/thank_you/dana@acme.example"}
    assert first(message(sender=mine, to="x@y.example", headers=keyed), Known(), sent=True) == FETCH
    ours = EmailMessage()
    ours["To"], ours["Message-ID"] = "x@y.example", "<draft-1@example.org>"
    assert first(ours.as_bytes(), known, sent=True) == FETCH
    assert first(message(sender=mine, to="jess@gmail.com"), known, sent=True) == SKIP


# ---- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Update", "Unfortunately we will not be moving forward with you at this time."),
        ("Re: Thursday", "I am out of the office until Monday with limited access to email."),
        ("Gute Nachrichten!", "Wir möchten Ihnen die Stelle anbieten."),
        ("Hallo", "Vielen Dank für Ihre Bewerbung, wir melden uns."),
        ("Data visualisation designer", "Confirmed for Tuesday at 10:00, see you then."),
        ("Merci", "Nous ne pouvons pas donner une suite favorable."),
    ],
)
def test_job_talk_in_the_text_gets_the_message_read(subject, body):
    assert second(message(subject, body)) == FETCH


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Sunday?", "Are you around this weekend? The kids loved the park."),
        ("Your order has shipped", "Reference 123456. It arrives on Tuesday."),
        ("Photos", "Photos from the wedding are attached, some are lovely."),
    ],
)
def test_everyday_text_is_not_read_further(subject, body):
    assert second(message(subject, body)) == SKIP


def _ics(summary: str) -> str:
    return (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261124T150000Z\n"
        f"SUMMARY:{summary}\nATTENDEE;ROLE=REQ-PARTICIPANT:mailto:sam@example.org\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )


def test_an_invitation_is_judged_by_its_title_not_its_attendee_lines():
    assert second(message("Invitation", "You are invited.", ics=_ics("Interview"))) == FETCH
    assert second(message("Invitation", "You are invited.", ics=_ics("Call with Dana"))) == FETCH
    assert second(message("Invitation", "You are invited.", ics=_ics("Book club"))) == SKIP
