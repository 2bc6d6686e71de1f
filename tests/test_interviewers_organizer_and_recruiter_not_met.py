"""Interviewers: an invitation's organizer is met only when the text names them
where it speaks of the meeting, not in a signature, a reply-to line or at the front desk."""

from __future__ import annotations

import pytest

from classifymail import ME, interviewers_met, mail

_ICS = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:20261203T140000Z\r
DTEND:20261203T150000Z\r
ORGANIZER;CN=Ines Barroso:mailto:ines.barroso@velamar.example\r
ATTENDEE;CN=Sam;ROLE=REQ-PARTICIPANT:mailto:{me}\r
ATTENDEE;CN=Tomas Lindgren;ROLE=REQ-PARTICIPANT:mailto:tomas.lindgren@velamar.example\r
ATTENDEE;CN=Aiko Mori;ROLE=REQ-PARTICIPANT:mailto:aiko.mori@velamar.example\r
SUMMARY:Interview\r
END:VEVENT\r
END:VCALENDAR\r
"""

ORGANIZER = "ines.barroso@velamar.example"
PANEL = {"tomas.lindgren@velamar.example", "aiko.mori@velamar.example"}


def invitation(text: str, frm: str = f"Ines Barroso <{ORGANIZER}>") -> bytes:
    boundary = "p4rt"
    return (
        f"From: {frm}\r\nTo: Sam <{ME}>\r\nSubject: Interview invitation\r\n"
        "Date: Mon, 30 Nov 2026 09:00:00 +0000\r\nMessage-ID: <r3@velamar.example>\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--{boundary}\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        f"{_ICS.format(me=ME)}\r\n--{boundary}--\r\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        # named only in a signature line long enough to pass for a sentence
        "Hi Sam,\n\nYour interview is on Thursday 3 December at 14:00 UTC. You'll meet Tomas "
        "Lindgren and Aiko Mori from Engineering.\n\nBest,\nInes\n\n"
        "Ines Barroso | Talent Acquisition Partner | Velamar Shipping\n",
        # named only as the one to ask for at the front desk
        "Hi Sam,\n\nConfirming Thursday 3 December, 14:00 UTC, with Tomas Lindgren and Aiko "
        "Mori. When you arrive please ask for Ines at reception and she will bring you up.\n\n"
        "Kind regards\nVelamar Talent Team\n",
        # German, signed with a title line
        "Hallo Sam,\n\nIhr Gespräch findet am Donnerstag, 3. Dezember um 14:00 Uhr UTC statt. "
        "Ihre Gesprächspartner sind Tomas Lindgren und Aiko Mori.\n\nViele Grüße\n"
        "Ines Barroso - Recruiting - Velamar Shipping GmbH\n",
        # Spanish, named only as whom to write to
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 3 de diciembre a las 14:00 UTC con "
        "Tomas Lindgren y Aiko Mori. Si necesitas cambiar algo, escribe a Ines Barroso "
        f"({ORGANIZER}).\n\nUn saludo,\nEquipo de Selección de Velamar\n",
    ],
)
def test_an_organizer_named_only_outside_the_meeting_is_not_met(text):
    assert interviewers_met(invitation(text)) == PANEL


@pytest.mark.parametrize(
    "text",
    [
        # a booking's field lists her with the panel
        "Hi Sam,\n\nYour interview is booked.\n\nWhen: Thursday 3 December, 14:00 UTC\n"
        "With: Ines Barroso (Talent Acquisition), Tomas Lindgren and Aiko Mori\n\n"
        "Powered by Scheduler\n",
        "Bonjour Sam,\n\nVotre entretien est confirmé.\n\nQuand : jeudi 3 décembre, 14h00 UTC\n"
        "Avec : Ines Barroso, Tomas Lindgren et Aiko Mori\n",
        "Hoi Sam,\n\nJe gesprek staat vast.\n\nWanneer: donderdag 3 december, 14:00 UTC\n"
        "Met: Ines Barroso (HR), Tomas Lindgren, Aiko Mori\n",
        # she says she is there
        "Hi Sam,\n\nTomas, Aiko and I look forward to meeting you on Thursday 3 December at "
        "14:00 UTC.\n\nInes Barroso | Talent Acquisition Partner | Velamar Shipping\n",
        # the text puts her name next to the meeting
        "Hi Sam,\n\nThursday 3 December at 14:00 UTC you will meet Ines Barroso, Tomas "
        "Lindgren and Aiko Mori.\n\nVelamar Talent Team\n",
    ],
)
def test_an_organizer_named_where_the_meeting_is_spoken_of_is_met(text):
    assert interviewers_met(invitation(text)) == {ORGANIZER, *PANEL}


def test_a_scheduler_mails_for_an_organizer_it_names_only_as_the_contact():
    text = (
        "Hi Sam,\n\nYour interview has been confirmed for Thursday 3 December, 14:00 UTC.\n"
        "Interviewers: Tomas Lindgren, Aiko Mori\n\nQuestions? Reply to your recruiter, Ines "
        f"Barroso ({ORGANIZER}).\n\nPowered by Scheduler\n"
    )
    got = interviewers_met(invitation(text, frm="Velamar <no-reply@scheduler.example>"))
    assert got == PANEL


# --- first-person words that are not about the meeting --------------------------------------

_FRM = "Ines Barroso <ines.barroso@velamar.example>"
_TOMAS = "tomas.lindgren@velamar.example"


def _confirmation(opening: str, closing: str) -> bytes:
    body = (
        f"{opening}\n\nYou will meet Tomas Lindgren, Engineering Lead ({_TOMAS}).\n\n{closing}\n\n"
        "Ines Barroso\nTalent Acquisition, Velamar Shipping\n"
    )
    return mail(body, frm=_FRM, subject="Interview confirmation")


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        (
            "Hi Sam, your interview is confirmed for Thursday 5 November at 3pm.",
            "If Thursday doesn't work after all, just tell me and I'll find another slot.",
        ),
        (
            "Following our call this morning, your interview is confirmed for Thursday 5 "
            "November at 3pm.",
            "Best of luck!",
        ),
        (
            "Bonjour Sam, suite à notre échange d'hier, je vous confirme votre entretien le "
            "jeudi 5 novembre à 15h00.",
            "Pour toute question, n'hésitez pas à communiquer avec moi.",
        ),
        (
            "Hallo Sam, nach unserem Telefonat bestätige ich Ihr Vorstellungsgespräch am "
            "Donnerstag, 5. November um 15:00 Uhr.",
            "Bei Fragen können Sie jederzeit mit mir sprechen.",
        ),
        (
            "Hola Sam, te confirmo la entrevista el jueves 5 de noviembre a las 15:00.",
            "Si tienes dudas, habla conmigo.",
        ),
    ],
)
def test_a_recruiter_who_only_invites_questions_or_recalls_a_call_is_not_met(opening, closing):
    assert interviewers_met(_confirmation(opening, closing)) == {_TOMAS}


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        # the sender presents, and the colleague asks questions (no contact sentence)
        (
            "Bonjour Sam, je vous confirme l'entretien le jeudi 5 novembre à 15h00.",
            "Je vous présenterai l'équipe, puis Tomas vous posera quelques questions.",
        ),
        # the sender moves their own meeting
        (
            "Hi Sam, I have to move our meeting: your interview is now Thursday 5 November at 3pm.",
            "Apologies for the change.",
        ),
        # says they attend, and invites questions in another sentence
        (
            "Hi Sam, your interview is confirmed for Thursday 5 November at 3pm. Tomas and I "
            "look forward to it.",
            "If you have any questions, let me know.",
        ),
    ],
)
def test_a_sender_who_says_they_attend_beside_such_words_is_met(opening, closing):
    assert interviewers_met(_confirmation(opening, closing)) == {
        _TOMAS,
        "ines.barroso@velamar.example",
    }


@pytest.mark.parametrize(
    "prep",
    [
        "I'll call you Weds for a quick prep chat.",
        "Ich rufe Sie am Mittwoch zur Vorbereitung an.",
        "Je vous appellerai mercredi pour une petite préparation.",
    ],
)
def test_an_agent_who_calls_to_prepare_the_candidate_is_not_met(prep):
    body = (
        f"Hi Sam,\n\nGreat news: your interview is confirmed for Thursday 5 November at 3pm "
        f"with Tomas Lindgren ({_TOMAS}). {prep}\n\nInes\nSenior Consultant, Keystone Talent\n"
    )
    raw = mail(body, frm="Ines Barroso <ines@keystonetalent.example>", subject="Interview")
    assert interviewers_met(raw) == {_TOMAS}
