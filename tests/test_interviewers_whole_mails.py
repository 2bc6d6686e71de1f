"""Interviewers of whole mails (headers, text and calendar part read together), one for each
reason this round added: a recruiter's invitation for others, a sender who comes with a
copied colleague, a coordinator's field, those who receive the candidate, one copied who
will not take part, a booking desk's mailbox.
"""

from __future__ import annotations

import hashlib

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify

ME = "sam.lee@gmail.com"
CAND = ("Sam Lee", ME, "ROLE=REQ-PARTICIPANT")


def _ics(organizer: tuple[str, str], attendees: list[tuple[str, str, str]], desc: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261124T100000",
        "DTEND;TZID=Europe/Berlin:20261124T110000",
        "UID:w-1@firm.example",
        "SUMMARY:Interview",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        *(f"ATTENDEE;{extra};CN={name}:mailto:{address}" for name, address, extra in attendees),
        *([f"DESCRIPTION:{desc}"] if desc else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines)


def _mail(sender: str, body: str, *, cal: str = "", cc: str = "") -> bytes:
    head = (
        f"From: {sender}\r\nTo: Sam Lee <{ME}>\r\nSubject: Interview\r\n"
        "Date: Wed, 18 Nov 2026 10:00:00 +0100\r\n"
        f"Message-ID: <w{hashlib.sha1(body.encode()).hexdigest()[:12]}@firm.example>\r\n"
        + (f"Cc: {cc}\r\n" if cc else "")
        + "MIME-Version: 1.0\r\n"
    )
    if not cal:
        return (head + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    return (
        head + "Content-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--zz\r\n"
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{cal}\r\n--zz--\r\n"
    ).encode()


REQ = "ROLE=REQ-PARTICIPANT"
CASES = [
    (
        _mail(
            "Rita Moss <rita.moss@firm.example>",
            "Hi Sam,\n\nPlease find attached the invite for your panel interview on Tuesday 24 "
            "November at 10:00.\n\nBest,\nRita Moss\nTalent Acquisition Partner",
            cal=_ics(
                ("Rita Moss", "rita.moss@firm.example"),
                [
                    CAND,
                    ("Ann Kim", "ann.kim@firm.example", REQ),
                    ("Bo Chen", "bo.chen@firm.example", REQ),
                ],
            ),
        ),
        {"ann.kim@firm.example", "bo.chen@firm.example"},
    ),
    (
        _mail(
            "Claire Roux <claire.roux@ardoise.example>",
            "Bonjour Sam,\n\nJe vous confirme notre entretien le mardi 24 novembre à 10h. Je serai "
            "accompagnée de Julie Martin, responsable technique (en copie).\n\nClaire Roux\n"
            "Chargée de recrutement",
            cc="Julie Martin <julie.martin@ardoise.example>",
        ),
        {"claire.roux@ardoise.example", "julie.martin@ardoise.example"},
    ),
    (
        _mail(
            "Lucía Gil <lucia.gil@brisa.example>",
            "Hola Sam:\n\nTe confirmo la entrevista el martes 24 de noviembre a las 10:00. Te "
            "adjunto la invitación.\n\nUn saludo,\nLucía",
            cal=_ics(
                ("Lucía Gil", "lucia.gil@brisa.example"),
                [
                    (
                        "Lucía Gil",
                        "lucia.gil@brisa.example",
                        "ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED",
                    ),
                    CAND,
                    ("Paola Ortiz", "paola.ortiz@brisa.example", REQ),
                ],
                desc="Entrevistadora: Paola Ortiz (Producto)\\nCoordinadora: Lucía Gil (RRHH)",
            ),
        ),
        {"paola.ortiz@brisa.example"},
    ),
    (
        _mail(
            "Sophie Martin <sophie.martin@ardoise.example>",
            "Bonjour,\n\nJe vous confirme votre entretien le mardi 24 novembre à 10h. Vous serez "
            "reçue par Mme Hélène Dubois et M. Karim Benali (en copie).\n\nCordialement,\n"
            "Sophie Martin\nChargée de recrutement",
            cc="Hélène Dubois <helene.dubois@ardoise.example>, "
            "Karim Benali <karim.benali@ardoise.example>",
        ),
        {"helene.dubois@ardoise.example", "karim.benali@ardoise.example"},
    ),
    (
        _mail(
            "Claire Roux <claire.roux@ardoise.example>",
            "Bonjour Sam,\n\nJe vous confirme notre entretien mardi 24 novembre à 10h. Sophie "
            "Martin, en copie, ne participera pas à l'entretien.\n\nClaire Roux\n"
            "Directrice technique",
            cc="Sophie Martin <sophie.martin@ardoise.example>",
        ),
        {"claire.roux@ardoise.example"},
    ),
    (
        _mail(
            "Firm Careers Bookings <careersbookings@firm.example>",
            "Hello Sam Lee,\n\nYour booking is confirmed.\n\nService: Interview\nStaff: Ann Kim\n"
            "Tuesday, November 24, 2026 10:00 AM (UTC+01:00)\n",
            cal=_ics(
                ("Firm Careers Bookings", "careersbookings@firm.example"),
                [CAND, ("Ann Kim", "ann.kim@firm.example", REQ)],
            ),
        ),
        {"ann.kim@firm.example"},
    ),
]


@pytest.mark.parametrize(("raw", "met"), CASES)
def test_whole_mail_interviewers(raw, met):
    result = classify(parse_message(raw), me=(ME,))
    assert result.kind == "interview_scheduled", result.reasons
    assert result.interview is not None
    assert {p.email for p in result.interview.interviewers} == met
