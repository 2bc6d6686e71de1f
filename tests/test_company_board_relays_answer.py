"""classify(): a job board relaying the employer's answer names who answered.

"Hexagone Mobilités a répondu à votre candidature": the firm that answered or updated the
application is the employer, not the board sending the notice, nor the other firms whose
offers it suggests underneath.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<bra@x.example>")

_SUGGESTIONS = (
    "\n\nThese jobs might interest you:\n- Data Analyst · Nordwave Energy\n"
    "- BI Developer · Opaline Partners\n"
)


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Campusboard <no-reply@campusboard.example>",
            "Quillon Énergie a répondu à votre candidature",
            "Bonjour Sam,\n\nQuillon Énergie a mis à jour le statut de votre candidature.\n\n"
            "Statut : Candidature non retenue\n\nMessage du recruteur : « Merci pour votre "
            "intérêt, nous ne donnerons pas suite à votre candidature. »" + _SUGGESTIONS,
            "Quillon Énergie",
        ),
        (
            "Jobnest <notifications@jobnest.example>",
            "Update on your application",
            "Hi Sam,\n\nMarrowby Freight has updated the status of your application for "
            "Warehouse Supervisor.\n\nStatus: Not selected\n\nMessage from the employer: "
            '"Thank you for applying; we have decided not to move forward."' + _SUGGESTIONS,
            "Marrowby Freight",
        ),
        (
            "Stellenwerk <noreply@stellenwerk.example>",
            "Neuigkeiten zu Ihrer Bewerbung",
            "Hallo Sam,\n\nKlinikum Auental hat auf Ihre Bewerbung als Pflegefachkraft "
            "geantwortet:\n\nLeider haben wir uns für eine andere Bewerberin entschieden. "
            "Wir wünschen Ihnen alles Gute." + _SUGGESTIONS,
            "Klinikum Auental",
        ),
        (
            "Trabajo Ya <avisos@trabajoya.example>",
            "Clínica Serrano ha respondido a tu candidatura",
            "Hola Sam,\n\nClínica Serrano ha respondido a tu candidatura para Auxiliar de "
            "Enfermería.\n\nEstado: Descartado\n\nMensaje de la empresa: «Gracias por tu "
            "interés; hemos decidido continuar con otras candidaturas.»" + _SUGGESTIONS,
            "Clínica Serrano",
        ),
    ],
)
def test_the_firm_that_answered_is_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    "opening",
    [
        "We've reviewed your application for the Analyst role",
        "Having reviewed your application carefully",
        "Thank you. We have reviewed your application",
    ],
)
def test_the_writers_own_sentence_names_no_firm(opening: str) -> None:
    body = (
        f"Dear Sam,\n\n{opening}, and we regret to tell you that we will not be moving "
        "forward with it.\n\nKind regards,\nRecruitment Team\nGreyhollow Insurance\n"
    )
    got = company(mail(body, frm="Greyhollow Insurance <careers@greyhollow.example>"))
    assert got == "Greyhollow Insurance"
