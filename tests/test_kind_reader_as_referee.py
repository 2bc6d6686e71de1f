"""A reference request names the reader as someone else's referee ("has given your name as a
referee", "Sie als Referenz angegeben", "vous a cité comme référence", "te ha indicado como
referencia", "heeft u opgegeven als referentie"): the application, the interview and the offer
it speaks of are the other person's, and the call it asks for is no interview of the reader's.
An employer asking the reader for their own referees is still about the reader's application."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reference request - Tom Bexley",
            "Dear Sam,\n\nTom Bexley has applied for the post of HR Officer with us and has given "
            "your name as a referee. Following his interview we would like to make a conditional "
            "offer. Could you spare ten minutes for a call on Tuesday or Wednesday? Please let me "
            "know which you prefer.\n\nGraham, Recruitment Manager",
        ),
        (
            "Referenz für Frau Keller",
            "Guten Tag,\n\nFrau Keller hat sich bei uns als Buchhalterin beworben und Sie als "
            "Referenz angegeben. Hätten Sie am Donnerstag um 10 Uhr Zeit für ein kurzes "
            "Telefonat?\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ),
        (
            "Demande de référence",
            "Bonjour,\n\nM. Durand a postulé au poste de comptable et vous a cité comme référence. "
            "Seriez-vous disponible jeudi à 10h pour un court entretien téléphonique ?\n\nRH",
        ),
        (
            "Referencia laboral - Ana Gil",
            "Hola Sam:\n\nAna Gil se ha postulado al puesto de administrativa y te ha indicado "
            "como referencia. ¿Podrías atender una llamada el jueves a las 10?\n\nRRHH",
        ),
        (
            "Referentie Daan de Wit",
            "Beste Sam,\n\nDaan de Wit heeft gesolliciteerd op de functie van planner en heeft u "
            "opgegeven als referentie. Kunt u donderdag om 10.00 uur even bellen?\n\nHR",
        ),
    ],
)
def test_the_reader_as_someone_elses_referee(subject: str, body: str) -> None:
    raw = mail(body, subject=subject, frm="Recruitment <recruitment@firm.example>")
    assert rules_kind(raw) == "unrelated"


def test_asked_for_the_readers_own_referees() -> None:
    body = (
        "Dear Sam,\n\nThank you for your interview for the HR Officer post. We would like to "
        "make you a conditional offer of employment, subject to references. Could you give us "
        "the names of two referees?\n\nGraham, Recruitment Manager"
    )
    raw = mail(body, subject="HR Officer", frm="Recruitment <recruitment@firm.example>")
    assert rules_kind(raw) == "offer"
