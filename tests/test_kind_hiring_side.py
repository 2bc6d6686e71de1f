"""The reader as interviewer at their own job: an ATS booking them to interview someone, HR
asking them to look over a candidate's rejection. Every word of an interview or an outcome,
but someone else's candidacy (:mod:`afterview.understand.nonjob.hiringside`)."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, subject="Interview")


@pytest.mark.parametrize(
    ("body", "frm"),
    [
        (
            "Hello Sam,\n\nYou have been scheduled to interview Priya Raman for the Staff Nurse "
            "(ICU) vacancy.\n\nWhen: Thursday 26 November 2026, 14:00-14:45\nWhere: Room B2\n\n"
            "Please complete the scorecard in the portal afterwards.\n\nTalent Team",
            "Talent Team <noreply@lever.co>",
        ),
        (
            "Hi Sam, quick one - you'll be interviewing Tom Berg on Monday 30 November at 10am "
            "for the warehouse supervisor job. His CV is attached. Cheers, Dave",
            "Dave Hill <dave.hill@northyard.example>",
        ),
        (
            "Hallo Sam,\n\nanbei die Einladung: du führst das Gespräch mit Frau Keller am "
            "Dienstag, 1. Dezember, um 9 Uhr.\n\nKandidatin: Laura Keller\nBewertungsbogen im "
            "Anhang.\n\nViele Grüße\nJana",
            "Jana Roth <jana.roth@linde-bau.example>",
        ),
        (
            "Bonjour Sam,\n\nVoici la grille d'évaluation pour l'entretien de mardi 1er "
            "décembre à 10h.\n\nCandidat : Hugo Martin\nLe CV du candidat est en pièce "
            "jointe.\n\nMerci,\nClaire",
            "Claire Dubois <claire.dubois@atelier-roux.example>",
        ),
    ],
)
def test_a_booking_to_interview_someone_else_is_no_interview_of_the_readers(
    body: str, frm: str
) -> None:
    assert rules_kind(mail(body, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nI've drafted the rejection email to Ms Patel after Tuesday's panel. "
        "Unfortunately we have decided to move forward with other candidates - can you check "
        "the wording before I send it?\n\nThanks, Rosa",
        "Hola Sam:\n\nTe paso el borrador del rechazo para la Sra. Gil. Lamentablemente hemos "
        "decidido continuar con otros candidatos. ¿Lo revisas antes del viernes?\n\nMarta",
        "Hoi Sam,\n\nHierbij de afwijzing voor dhr. Jansen: helaas hebben we besloten om "
        "verder te gaan met een andere kandidaat. Akkoord zo?\n\nGroet, Eva",
    ],
)
def test_an_outcome_for_a_named_third_person_is_not_the_readers(body: str) -> None:
    assert rules_kind(mail(body, frm="HR <hr.partner@kestrel-works.example>")) == "unrelated"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the candidate's own booking, with the interviewer named: the reader interviews
        # with someone, not someone
        (
            "Hi Sam,\n\nYou're scheduled to interview with Maya Okafor on Tuesday 24 November "
            "at 11:00 for the Backend Engineer role. We look forward to it.\n\nRecruiting",
            "interview_scheduled",
        ),
        # an interviewer's tools in passing, one sort only
        (
            "Dear Sam,\n\nThank you for interviewing with us. The panel filled in their "
            "scorecards and unfortunately we have decided not to proceed with your application."
            "\n\nKind regards\nHR",
            "rejection",
        ),
        # an offer for the reader, titled: "to you", not to a named third person
        (
            "Dear Ms Sam Lee,\n\nWe are delighted to offer you the position of Analyst at "
            "Harbour Bank, starting 4 January 2027.\n\nKind regards\nHR",
            "offer",
        ),
    ],
)
def test_the_readers_own_candidacy_stays_theirs(body: str, expected: str) -> None:
    assert rules_kind(mail(body, frm="HR <hr@harbour-bank.example>")) == expected
