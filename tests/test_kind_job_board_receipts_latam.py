"""A job board's receipt or status mail in Latin American Spanish is about the reader's own
application even when sent as bulk mail: "tu postulación", "te postulaste" are the reader's
("¡Te postulaste con éxito!", "Postulación enviada", "tu CV fue enviado a ...", "la empresa
decidió continuar con otros postulantes"); a Dutch board's "je sollicitatie is verstuurd" is a
receipt too. A board's digest of jobs ("nuevas vacantes para ti") stays a digest."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind

_BULK = "Precedence: bulk\r\n"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "¡Postulación enviada! Analista Contable – Frigorífico Sur",
            "¡Te postulaste con éxito!\n\nHola Sam, tu CV ya está en manos de la empresa.\n\n"
            "Analista Contable\nFrigorífico Sur · Rosario\n\nTe vamos a avisar cuando la empresa "
            "lea tu CV.\n\nTrabajoSur · Este es un mensaje automático.",
            "application_received",
        ),
        (
            "Tu postulación a Jefe de Depósito",
            "Hola Sam,\n\nTe escribimos para contarte novedades sobre tu postulación a Jefe de "
            "Depósito en Correo Austral. La empresa finalizó la etapa de selección y decidió "
            "continuar con otros postulantes.\n\nLaburalo · No respondas a este correo.",
            "rejection",
        ),
        (
            "Postulación recibida",
            "Hola Sam, tu postulación fue recibida por Grupo Andino para la vacante de Auxiliar "
            "de Bodega. Te avisaremos cuando revisen tu perfil.\n\nEmpleoRed",
            "application_received",
        ),
        (
            "Je sollicitatie is verstuurd",
            "Hoi Sam,\n\nJe sollicitatie voor Magazijnmedewerker bij Van Dijk Logistiek is "
            "verstuurd naar de werkgever. Je hoort van hen als ze je profiel bekeken hebben.\n\n"
            "Werkzoeken.example",
            "application_received",
        ),
    ],
)
def test_a_boards_mail_about_the_readers_application(subject: str, body: str, want: str) -> None:
    raw = mail(body, subject=subject, frm="Avisos <avisos@board.example>", headers=_BULK)
    assert rules_kind(raw) == want


def test_a_boards_digest_stays_a_digest() -> None:
    body = (
        "Hola Sam,\n\nEstas son las nuevas vacantes para ti esta semana: Analista Contable en "
        "Rosario, Auxiliar de Bodega en Bogotá. ¡Postúlate ya!\n\nTrabajoSur"
    )
    raw = mail(
        body, subject="Nuevas vacantes para ti", frm="Avisos <avisos@board.example>", headers=_BULK
    )
    assert rules_kind(raw) == "unrelated"
