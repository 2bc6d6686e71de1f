"""classify(): the person named just before "your interview with him" (or "ihr Gespräch mit
ihr", "votre entretien avec lui", "tu entrevista con ella", "je gesprek met hem") is the one
met, when copied on the mail; a pronoun with no one copied named before it adds no one.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<hh1@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)
NINA = "Nina Holt <nina.holt@fjord.example>"
LARS = "Lars Berg <lars.berg@fjord.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nLars has had a clash, so we've rescheduled your interview with him.\n\n"
        "Old time: Thursday 19 November, 2pm\nNew time: Monday 23 November, 11am\n\n"
        "Best,\nNina\nRecruiter\n",
        "Hallo Sam,\n\nHerr Berg ist am Donnerstag verhindert, daher haben wir Ihr Gespräch mit "
        "ihm auf Montag, 23. November, 11:00 Uhr verschoben.\n\nViele Grüße\nNina Holt\n"
        "Recruiterin\n",
        "Bonjour Sam,\n\nLars Berg a un empêchement : votre entretien avec lui est déplacé au "
        "lundi 23 novembre à 11h.\n\nCordialement,\nNina Holt\nChargée de recrutement\n",
        "Hola Sam:\n\nLars tiene un imprevisto, así que movemos tu entrevista con él al lunes "
        "23 de noviembre a las 11:00.\n\nSaludos,\nNina Holt\nReclutadora\n",
        "Hoi Sam,\n\nLars kan donderdag niet, dus je gesprek met hem is verplaatst naar maandag "
        "23 november om 11.00 uur.\n\nGroet,\nNina Holt\nRecruiter\n",
    ],
)
def test_the_one_named_before_your_interview_with_him_is_met(body: str) -> None:
    assert interviewers(mail(body, frm=NINA, headers=f"Cc: {LARS}\r\n")) == {
        "lars.berg@fjord.example"
    }


def test_with_him_about_someone_not_copied_adds_no_one() -> None:
    body = (
        "Hi Sam,\n\nOur CEO has had a clash, so we've rescheduled your interview with him to "
        "Monday 23 November at 11am.\n\nBest,\nNina\nRecruiter\n"
    )
    got = interviewers(mail(body, frm=NINA, headers="Cc: Ola Dahl <ola.dahl@fjord.example>\r\n"))
    assert "ola.dahl@fjord.example" not in got
