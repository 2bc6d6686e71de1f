"""A shared flat's refusal reads word for word like a job's ("we went with someone else"):
the flat-share words say what was applied for, in five languages."""

from __future__ import annotations

import pytest

from classifymail import kind, mail


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "The room on Cavendish Road",
            "Hi Sam, thanks for coming round on Sunday to meet everyone. We've decided to go "
            "with another applicant as our new housemate, sorry! Good luck with your interviews!",
        ),
        (
            "WG-Zimmer Lindenstraße",
            "Hallo Sam, danke fürs Vorbeikommen beim WG-Casting! Leider haben wir uns für "
            "jemand anderen entschieden. Viel Glück bei deinen Bewerbungsgesprächen!",
        ),
        (
            "Chambre rue des Lilas",
            "Bonjour Sam, merci pour ta visite. Nous avons malheureusement choisi une autre "
            "personne pour la colocation. Bonne chance pour tes entretiens !",
        ),
        (
            "Habitación en Gràcia",
            "Hola Sam, gracias por venir. Al final hemos elegido a otra persona como "
            "compañera de piso. ¡Suerte con tus entrevistas!",
        ),
        (
            "Kamer Oudegracht",
            "Hoi Sam, bedankt voor je komst naar de hospiteeravond. Helaas hebben we voor "
            "een andere huisgenoot gekozen. Succes met je sollicitatiegesprekken!",
        ),
    ],
)
def test_a_flat_shares_refusal_is_no_job_rejection(subject: str, body: str) -> None:
    # from an address that is no free mail, wishing the user well with their interviews
    raw = mail(body, subject=subject, frm="Lotte Brenner <lotte@cavendish-house.example>")
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (  # "WG:" is a German mail client's forward prefix, not a flat share
            "WG: Absage - Data Engineer",
            "Sehr geehrte Frau Sam, leider müssen wir Ihnen mitteilen, dass wir uns für eine "
            "andere Kandidatin entschieden haben. Mit freundlichen Grüßen, Personalabteilung",
            "rejection",
        ),
        (  # a data centre's colocation is a job's subject
            "Colocation Engineer - interview",
            "Dear Sam, thank you for your application for the Colocation Engineer position. "
            "We would like to invite you to an interview. Could you let me know which of "
            "these slots suits you: Tuesday 10am or Wednesday 2pm?",
            "interview_request",
        ),
    ],
)
def test_look_alikes_stay_job_mail(subject: str, body: str, expected: str) -> None:
    raw = mail(body, subject=subject, frm="Hiring <jobs@nordwerk.example>")
    assert kind(raw) == expected
