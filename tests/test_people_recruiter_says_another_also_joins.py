"""classify(): a recruiter who names no one else the candidate meets and then says another
"also" joins ("Marloes sluit ook aan", "Teilnehmen werden außerdem Frau Dr. Yildiz ...",
"Anna will join as well") is in the meeting: "also" can only add to the writer. When the
mail names someone else met before ("your interview with Tom Hale"; "with our hiring
manager"), the one who joins as well adds to them, and the recruiter only arranges.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<ra1@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)

JOINS = [
    (
        "Joost de Wit <joost.dewit@polder.example>",
        "Marloes Kuipers <marloes.kuipers@polder.example>",
        "Hoi Sam,\n\nZoals besproken: het gesprek is op donderdag 19 november om 10.00 uur via "
        "Teams. Marloes (teamleider) sluit ook aan.\n\nGroet,\nJoost\n\nJoost de Wit\nRecruiter\n",
    ),
    (
        "Bernd Tiedemann <bernd.tiedemann@lsq.example>",
        "Dr. Elif Yildiz <elif.yildiz@lsq.example>",
        "Sehr geehrte Frau Sam,\n\nhiermit lade ich Sie zum Auswahlgespräch am Montag, den "
        "30.11.2026, von 9:00 bis 10:00 Uhr ein. Teilnehmen werden außerdem Frau Dr. Elif "
        "Yildiz (Abteilungsleitung) und eine Vertreterin des Personalrats.\n\nMit freundlichen "
        "Grüßen\nBernd Tiedemann\nReferat Personal\n",
    ),
    (
        "Mags Doherty <mags.doherty@corrib.example>",
        "Anna Kerr <anna.kerr@corrib.example>",
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm on Teams. Anna "
        "Kerr, our Head of Finance, will join as well.\n\nThanks,\nMags Doherty\n"
        "Talent Acquisition Partner\n",
    ),
    (
        "Claire Dumas <claire.dumas@rivegauche.example>",
        "Hugo Lefèvre <hugo.lefevre@rivegauche.example>",
        "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 10h30 dans nos "
        "locaux. Hugo Lefèvre, directeur technique, participera également.\n\nCordialement,\n"
        "Claire Dumas\nChargée de recrutement\n",
    ),
    (
        "Lucía Gil <lucia.gil@aceites.example>",
        "Pablo Ortega <pablo.ortega@aceites.example>",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 11:00 por Teams. "
        "Pablo Ortega, jefe de planta, se unirá también.\n\nUn saludo,\nLucía Gil\n"
        "Técnica de Selección\n",
    ),
]


@pytest.mark.parametrize(("frm", "other", "body"), JOINS)
def test_a_recruiter_whose_colleague_also_joins_is_met(frm: str, other: str, body: str) -> None:
    got = interviewers(mail(body, frm=frm, headers=f"Cc: {other}\r\n"))
    address = lambda who: who.split("<")[1].rstrip(">")  # noqa: E731
    assert got == {address(frm), address(other)}


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYour interview with Tom Hale is confirmed for Thursday 19 November at 2pm. "
        "Anna Kerr will join as well.\n\nThanks,\nMags Doherty\nTalent Acquisition Partner\n",
        "Hi Sam,\n\nYour interview with our hiring manager is confirmed for Thursday 19 November "
        "at 2pm. Anna Kerr will join as well.\n\nThanks,\nMags Doherty\n"
        "Talent Acquisition Partner\n",
        "Hallo Sam,\n\nIhr Gespräch mit Herrn Lenz ist am Donnerstag, 19. November um 14 Uhr. "
        "Frau Kerr wird ebenfalls teilnehmen.\n\nViele Grüße\nMags Doherty\nPersonalreferentin\n",
    ],
)
def test_also_after_someone_else_met_leaves_the_recruiter_out(body: str) -> None:
    got = interviewers(
        mail(
            body,
            frm="Mags Doherty <mags.doherty@corrib.example>",
            headers="Cc: Anna Kerr <anna.kerr@corrib.example>\r\n",
        )
    )
    assert "mags.doherty@corrib.example" not in got
    assert "anna.kerr@corrib.example" in got
