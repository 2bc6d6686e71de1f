"""A reply that picks one time on a day the candidate offered books the interview, however it
says so: the hirer takes it ("We take the Wednesday 18 at 14h30", "on prend mercredi à 10h",
"nehmen wir Donnerstag um 11 Uhr"), says it suits right after naming it ("Thursday half two
is grand", "el jueves a las 17:00 nos va bien", "Dienstag um 10 passt gut"), or sees the
candidate then ("Fijn dat donderdag lukt! Dan zien we je om half tien"). A time said to suit
and then doubted in the same sentence, or asked about, books nothing."""

from __future__ import annotations

import pytest

from classifymail import ME, mail, rules_kind


def _reply(subject: str, body: str, offered: str, frm: str) -> bytes:
    quote = "\n".join(f"> {line}" for line in offered.split("\n"))
    return mail(
        f"{body}\n\nOn Mon 9 Nov 2026 at 09:12, Sam <{ME}> wrote:\n{quote}",
        subject=subject,
        frm=frm,
    )


@pytest.mark.parametrize(
    ("subject", "body", "offered", "frm"),
    [
        (
            "RE: Data Analyst - availabilities",
            "Hello Sam,\n\nThank you for your availabilities. We take the Wednesday 11 at 14h30, "
            "on Teams, 45 minutes with myself and Élodie.\n\nMathieu",
            "Hi Mathieu,\nThanks for getting back to me about the Data Analyst role! I can do "
            "Wednesday afternoon or Thursday morning.\nSam",
            "Mathieu Roy <mathieu.roy@mosswood.example>",
        ),
        (
            "Re: Staff nurse post",
            "Hi Sam\n\nThursday half two is grand. Come up to the ward and ask for me at the "
            "nurses station.\n\nSinead\n\nSent from my iPhone",
            "Hi Sinead,\nThanks for getting back to me about the staff nurse position. I could do "
            "any time Thursday afternoon.\nSam",
            "Sinead Brophy <sinead.brophy@stanneshospital.example>",
        ),
        (
            "AW: Bewerbung Lagerist",
            "Hallo Sam,\n\ndanke für die Rückmeldung. Dann nehmen wir Donnerstag um 11 Uhr, bei "
            "uns im Lager, Tor 3.\n\nGruß\nUwe Kroll",
            "Hallo Herr Kroll,\nvielen Dank für Ihre Nachricht zu meiner Bewerbung. Ich hätte "
            "Mittwoch oder Donnerstag Zeit.\nSam",
            "Uwe Kroll <u.kroll@kroll-logistik.example>",
        ),
        (
            "RE: Candidature assistante comptable",
            "Bonjour Sam,\n\nMerci pour vos disponibilités. On prend mercredi à 10h dans nos "
            "bureaux, 12 rue des Lilas.\n\nCordialement,\nNadia Benali",
            "Bonjour Madame Benali,\nMerci pour votre retour sur ma candidature. Je suis "
            "disponible mercredi matin ou jeudi après-midi.\nSam",
            "Nadia Benali <n.benali@cabinet-lilas.example>",
        ),
        (
            "Re: Candidatura auxiliar administrativo",
            "Hola Sam:\n\nEl jueves a las 17:00 nos va bien. Te esperamos en la oficina de la "
            "calle Mayor 3.\n\nSaludos,\nJavier",
            "Hola Javier,\nGracias por contestar a mi candidatura. Podría el miércoles o el "
            "jueves por la tarde.\nSam",
            "Javier Ortega <javier.ortega@gestoriaortega.example>",
        ),
        (
            "Re: Sollicitatie teamleider",
            "Beste Sam,\n\nFijn dat donderdag 12 november lukt! Dan zien we je om half tien op "
            "onze locatie aan de Kanaalweg.\n\nMet vriendelijke groet,\nIngrid",
            "Beste mevrouw Wolters,\nDank voor de uitnodiging voor een gesprek over de functie. "
            "Ik kan donderdag de hele ochtend.\nSam",
            "Ingrid Wolters <i.wolters@osgdevaart.example>",
        ),
    ],
)
def test_a_time_picked_on_an_offered_day_is_booked(
    subject: str, body: str, offered: str, frm: str
) -> None:
    assert rules_kind(_reply(subject, body, offered, frm)) == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body", "offered", "frm"),
    [
        (
            "Re: Staff nurse post",
            "Hi Sam\n\nThursday half two is grand for me but I need to check the rota with my "
            "manager first, I'll let you know tomorrow.\n\nSinead",
            "Hi Sinead,\nThanks for getting back to me about the staff nurse position. I could do "
            "any time Thursday afternoon.\nSam",
            "Sinead Brophy <sinead.brophy@stanneshospital.example>",
        ),
        (
            "RE: Data Analyst - availabilities",
            "Hello Sam,\n\nWould Wednesday 11 at 14h30 work for you? Otherwise Thursday.\n\n"
            "Mathieu",
            "Hi Mathieu,\nThanks for getting back to me about the Data Analyst role! I can do "
            "Wednesday afternoon or Thursday morning.\nSam",
            "Mathieu Roy <mathieu.roy@mosswood.example>",
        ),
    ],
)
def test_a_time_doubted_or_asked_is_not_booked(
    subject: str, body: str, offered: str, frm: str
) -> None:
    assert rules_kind(_reply(subject, body, offered, frm)) != "interview_scheduled"
