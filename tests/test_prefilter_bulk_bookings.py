"""Bulk headers on mail that is still a person's or a booking's: a glance, not a skip.

Schedulers, job boards' inboxes and recruiters' outreach tools add List-Unsubscribe or
Precedence: bulk to what they send, like any newsletter. The prefilter skips bulk mail whose
headers show nothing of a job, so a booking confirmed by an unknown scheduler ("Confirmed:
Ana Costa <> Sam Rivera, Mon 30 Nov 22:00"), an employer's message relayed by a job board
("Wattle Grove Aged Care sent you a message") or a recruiter writing through an outreach tool
never reached the classifier. Their headers say enough to deserve a look at the text; plain
newsletters and shops' offers are still skipped from their headers.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from afterview.mail.base import split_header
from afterview.mail.glance import glance
from afterview.understand.prefilter import FETCH, READ, SKIP, Head, Known, screen_head, screen_text

UNSUBSCRIBE = {"List-Unsubscribe": "<https://tool.example/unsub?u=1>"}


def bulk(sender: str, subject: str, body: str = "Hello", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.org>", subject
    msg["Message-ID"] = "<b1@tool.example>"
    for name, value in {**UNSUBSCRIBE, **headers}.items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


# Read in full: from the headers alone (a subject with job words), or after a look at the text.
def verdicts(raw: bytes) -> tuple[str, str | None]:
    """The header verdict, and the text's where the headers asked for a look."""
    header, text = split_header(raw)
    head = Head.parse(header)
    first = screen_head(head, Known()).verdict
    if first != READ:
        return first, None
    return first, screen_text(head, glance(head.fields, text)).verdict


BOOKINGS = {
    "scheduler-both-names": bulk(
        "Slotbook <notifications@slotbook.example>",
        "Confirmed: Ana Costa <> Sam Rivera, Mon 30 Nov 22:00",
        "Your meeting with Ana Costa is confirmed: Technical interview, Monday 30 November, "
        "22:00 - 22:45 CET. Join: https://meet.example/abc",
    ),
    "scheduler-new-event": bulk(
        "Meetly <notifications@meetly.example>",
        "New Event: Sam Rivera - 5:00pm Wed, Nov 25, 2026 - Technical screen",
        "A new event has been scheduled. Event type: Technical screen with the hiring team. "
        "Invitee: Sam Rivera. Wednesday, November 25, 2026, 5:00pm - 5:45pm (Pacific Time).",
    ),
    "fr": bulk(
        "Agendo <notifications@agendo.example>",
        "Rendez-vous confirmé : jeudi 26 novembre à 14h30",
        "Votre entretien avec Claire Martin est confirmé le jeudi 26 novembre à 14h30.",
    ),
    "de": bulk(
        "Terminio <noreply@terminio.example>",
        "Termin bestätigt: Do., 26. Nov., 14:30",
        "Ihr Vorstellungsgespräch mit Frau Weber ist bestätigt: Donnerstag, 26. November, "
        "14:30 Uhr.",
    ),
    "es": bulk(
        "Citame <avisos@citame.example>",
        "Nueva cita: jueves 26 de noviembre, 10:00",
        "Tu entrevista con Lucía Gómez queda confirmada el jueves 26 de noviembre a las 10:00.",
    ),
    "nl": bulk(
        "Afsprakr <noreply@afsprakr.example>",
        "Nieuwe afspraak: do 26 nov 14:30",
        "Je sollicitatiegesprek met Joost de Vries is bevestigd op donderdag 26 november om "
        "14:30 uur.",
    ),
}

RELAYED = {
    "en-new-message": bulk(
        "Moorside Care Group via Jobsnap <messages-noreply@jobsnap.example>",
        "New message from Moorside Care Group",
        "Hi Sam, thanks for applying for the Care Assistant role. Could you come in for an "
        "interview next week? Which day suits you?",
    ),
    "en-sent-you": bulk(
        "JobRoo <no-reply@jobroo.example>",
        "Wattle Grove Aged Care sent you a message",
        "Wattle Grove Aged Care: We'd like to invite you to interview for the Personal Care "
        "Worker position. Please let us know your availability.",
    ),
    "fr": bulk(
        "Emploi Direct <ne-pas-repondre@emploidirect.example>",
        "Vous avez reçu un nouveau message de Boulangerie Lemoine",
        "Bonjour Sam, votre candidature nous intéresse. Seriez-vous disponible pour un "
        "entretien la semaine prochaine ?",
    ),
    "de": bulk(
        "Stellenportal <noreply@stellenportal.example>",
        "Neue Nachricht von Bäckerei Huber",
        "Hallo Sam, vielen Dank für Ihre Bewerbung. Wann hätten Sie Zeit für ein "
        "Vorstellungsgespräch?",
    ),
    "es": bulk(
        "Trabajalia <no-responder@trabajalia.example>",
        "Nuevo mensaje de Panadería Sol",
        "Hola Sam, gracias por tu candidatura. ¿Podrías venir a una entrevista el martes?",
    ),
    "nl": bulk(
        "Werkplein <noreply@werkplein.example>",
        "Nieuw bericht van Bakkerij de Molen",
        "Hoi Sam, bedankt voor je sollicitatie. Wanneer kun je langskomen voor een gesprek?",
    ),
}

OUTREACH = {
    "recruiter-through-a-tool": bulk(
        "Riley Chen <riley@tessellate.example>",
        "Tessellate x Sam: chat with our VP of Product?",
        "Hi Sam, I lead recruiting at Tessellate. We're hiring a Senior Product Manager and "
        "your background stood out. Would you be open to a 30-minute call with our VP of "
        "Product next week?",
    ),
    "recruiter-first-dot-last": bulk(
        "Priya Nair <priya.nair@lumenhq.example>",
        "Quick question, Sam",
        "Hi Sam, I'm a recruiter at Lumen. Are you open to a chat about our Data Engineer "
        "role? Let me know a time that suits you.",
    ),
}


@pytest.mark.parametrize("name", BOOKINGS)
def test_a_bookings_confirmation_is_looked_at_and_read(name: str) -> None:
    assert FETCH in verdicts(BOOKINGS[name])


@pytest.mark.parametrize("name", RELAYED)
def test_an_employers_message_relayed_by_a_job_board_is_read(name: str) -> None:
    assert FETCH in verdicts(RELAYED[name])


@pytest.mark.parametrize("name", OUTREACH)
def test_a_person_writing_through_an_outreach_tool_is_read(name: str) -> None:
    assert FETCH in verdicts(OUTREACH[name])


NEWSLETTERS = {
    "digest": bulk("Medium Daily Digest <noreply@medium.example>", "Your daily reading list"),
    "shop": bulk("Brightmart <offers@brightmart.example>", "Flash sale: 40% off everything"),
    "brand-with-a-team": bulk(
        "The Acme Team <hello@acme.example>", "What's new in Acme this month"
    ),
    "news": bulk(
        "Tech Review <newsletters@techreview.example>", "The Download: chips, climate and AI"
    ),
    "music": bulk("Spotify <no-reply@spotify.example>", "Your year in music is here"),
}


@pytest.mark.parametrize("name", NEWSLETTERS)
def test_newsletters_and_offers_are_still_skipped_from_their_headers(name: str) -> None:
    assert verdicts(NEWSLETTERS[name]) == (SKIP, None)


def test_a_webinar_with_a_time_is_looked_at_and_skipped_by_its_text() -> None:
    raw = bulk(
        "Growth Weekly <events@growthweekly.example>",
        "Live tomorrow at 3:00pm: pricing experiments that worked",
        "Join our free webinar tomorrow at 3:00pm with three founders on pricing. Save your "
        "seat: https://growthweekly.example/live",
    )
    assert verdicts(raw) == (READ, SKIP)
