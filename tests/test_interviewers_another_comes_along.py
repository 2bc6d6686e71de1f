"""classify(): the sender who says another comes along is met too; a recruiter (a job title
such as "Coordinator" is not the act of coordinating) who says a second interviewer joins
as well is not.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<iv3@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("frm", "body"),
    [
        (
            "Shane Pollard <shane.pollard@karri.example>",
            "G'day Sam,\n\nLocking in Wednesday 2 December at 5pm Perth time for our chat. "
            "Leanne Cho (leanne.cho@karri.example) from the Kalgoorlie site will jump on too."
            "\n\nShane\n",
        ),
        (
            "Jürgen Kessler <j.kessler@kessler.example>",
            "Hallo Sam,\n\nDonnerstag, 19. November um 14:30 Uhr passt, so machen wir es. "
            "Frau Aydin (m.aydin@kessler.example) aus dem EMV-Labor wird ebenfalls "
            "teilnehmen.\n\nGruß\nJürgen Kessler\nGeschäftsführer\n",
        ),
        (
            "Rodrigo Garza <rgarza@aceros.example>",
            "Estimada Sam:\n\nTe confirmo la visita el martes 24 de noviembre de 2026 a las "
            "10:00 am. Nos acompañará Patricia Elizondo, directora de Operaciones "
            "(pelizondo@aceros.example).\n\nUn saludo,\nRodrigo Garza\nDirector General\n",
        ),
        (
            "Paola Rincón <princon@sabana.example>",
            "Buenas tardes Sam,\n\nLe envío la citación para la entrevista el martes 24 de "
            "noviembre de 2026 a las 10:00 a.m. La realizaremos por Teams junto con Julián "
            "Ospina (jospina@sabana.example), Jefe de Contabilidad.\n\nCordialmente,\n"
            "Paola Rincón\nAnalista de Selección\n",
        ),
    ],
)
def test_the_sender_who_says_another_comes_along_is_met_too(frm: str, body: str) -> None:
    sender = frm.split("<")[1].rstrip(">")
    assert sender in interviewers(mail(body, frm=frm))


def test_a_recruiter_who_says_a_second_interviewer_joins_as_well_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview with Tom Hale (tom.hale@corrib.example) is confirmed for "
        "Thursday 19 November at 2pm. Anna Kerr (anna.kerr@corrib.example) will join as well."
        "\n\nThanks,\nMags Doherty\nTalent Acquisition Partner\n"
    )
    got = interviewers(mail(body, frm="Mags Doherty <mags.doherty@corrib.example>"))
    assert got == {"tom.hale@corrib.example", "anna.kerr@corrib.example"}
