"""classify(): a founder or manager writing from a free mailbox answers a thread whose
subject sets the firm beside the job ("Re: Product Designer – Tramuntana"); the new text
never repeats the name, but the subject names the employer. A town or a person's name in
that place names none.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<rsf@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Lola Marín <lola.marin.bn@gmail.example>",
            "Re: Jefe de Cocina – Brasa Norte",
            "Hola Sam,\n\nhemos recibido tu candidatura para el puesto de jefe de cocina y nos "
            "gustaría invitarte a una entrevista el jueves a las 17:00.\n\nSaludos,\nLola Marín\n",
            "Brasa Norte",
        ),
        (
            "Kees Zoet <kees.zoet@hotmail.example>",
            "RE: Vacature Monteur - Bakkerij Zoet",
            "Beste Sam,\n\nBedankt voor je sollicitatie als monteur. Wij nodigen je graag uit "
            "voor een sollicitatiegesprek op donderdag 19 november om 14:00 uur.\n\n"
            "Met vriendelijke groet,\nKees Zoet\n",
            "Bakkerij Zoet",
        ),
        (
            "Maddie Ross <maddie.ross.fc@gmail.example>",
            "Re: Junior Developer | Ferncastle",
            "Hi Sam,\n\nThanks for applying for the junior developer job. We'd like to invite "
            "you to an interview on Thursday 19 November at 2pm.\n\nMaddie\n",
            "Ferncastle",
        ),
    ],
)
def test_a_reply_subject_beside_the_job_names_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("subject", "frm"),
    [
        ("Re: Barista – Lyon", "Lola Marín <lola.marin.bn@gmail.example>"),
        ("Re: Junior Developer – Maddie Ross", "Maddie Ross <maddie.ross.fc@gmail.example>"),
    ],
)
def test_a_town_or_the_writers_name_beside_the_job_is_no_employer(subject: str, frm: str) -> None:
    body = (
        "Hi Sam,\n\nThanks for applying for the junior developer job. We'd like to invite you "
        "to an interview on Thursday 19 November at 2pm.\n\nThanks\n"
    )
    assert company(mail(body, frm=frm, subject=subject)) is None


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Sam Price <sam.price@gmail.example>",
            "Interview – Quarrystone Labs",
            "Hi Sam,\n\nThanks for applying for the barista job. Could you come in for an "
            "interview on Thursday 19 November at 2pm?\n\nBest,\nSam\n",
            "Quarrystone Labs",
        ),
        (
            "Jens Kornfeld <jens.kornfeld@gmx.example>",
            "Vorstellungsgespräch – Tischlerei Kornfeld",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem "
            "Vorstellungsgespräch am Donnerstag, 19. November um 14 Uhr ein.\n\nViele Grüße\n"
            "Jens\n",
            "Tischlerei Kornfeld",
        ),
        (
            "Luc Vey <luc.vey@orange.example>",
            "Entretien - Maison Vey",
            "Bonjour Sam,\n\nMerci pour votre candidature. Nous vous proposons un entretien "
            "jeudi 19 novembre à 14h.\n\nCordialement,\nLuc\n",
            "Maison Vey",
        ),
    ],
)
def test_a_subject_naming_the_interview_and_the_firm(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize("subject", ["Re: Interview - Friday", "Interview – Sam Price"])
def test_a_day_or_the_writers_name_beside_the_interview_is_no_employer(subject: str) -> None:
    body = (
        "Hi Sam,\n\nThanks for applying for the barista job. Could you come in for an "
        "interview on Thursday 19 November at 2pm?\n\nBest,\nSam\n"
    )
    got = company(mail(body, frm="Sam Price <sam.price@gmail.example>", subject=subject))
    assert got is None
