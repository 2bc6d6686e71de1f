"""Latin American Spanish calls applicants "postulantes" (and Spain's public sector
"aspirantes"): "decidimos avanzar con otros postulantes" is the same refusal as "con otros
candidatos". A club's grant given to other applicants is still no job. Worded afresh in
three trades and registers."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Tu postulación a Analista Contable",
            "Hola Sam:\n\nGracias por postularte al puesto de Analista Contable. Luego de revisar "
            "tu perfil, decidimos avanzar con otros postulantes cuyo perfil se ajusta más a la "
            "búsqueda.\n\nSaludos,\nRecursos Humanos, Lácteos del Sur",
            "RRHH Lácteos del Sur <rrhh@lacteosdelsur.example>",
            "rejection",
        ),
        (
            "Proceso de selección - Vendedor",
            "Estimado Sam,\n\nLe agradecemos su interés en la vacante de Vendedor. En esta ocasión "
            "la empresa ha optado por otro aspirante para el puesto.\n\nAtentamente,\nSelección "
            "de Personal",
            "Selección <seleccion@ferreteriaandina.example>",
            "rejection",
        ),
        (
            "Actualización de tu candidatura",
            "Hola Sam,\n\nTe contamos que el equipo de selección de Farmacias Río decidió "
            "continuar con otros postulantes para la posición de Auxiliar de Farmacia. ¡Gracias "
            "por tu tiempo!\n\nEquipo de Talento",
            "Talento <talento@farmaciasrio.example>",
            "rejection",
        ),
        (
            "Beca de natación",
            "Hola Sam:\n\nEl club decidió continuar con otros postulantes para la beca deportiva "
            "de esta temporada.\n\nComisión directiva",
            "Club Náutico <secretaria@clubnautico.example>",
            "unrelated",
        ),
    ],
)
def test_other_postulantes_chosen(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want
