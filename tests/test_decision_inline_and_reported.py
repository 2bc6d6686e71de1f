"""decision_by in answers written into the candidate's quoted mail (an Outlook block whose
answers are marked ">>" or "[MO]", after "answers inline below", "I've answered your questions
below"), and an agency's report of its client's promise with the subject left out ("Le client
... et doit revenir vers moi d'ici mercredi", "De klant ... laat het mij uiterlijk woensdag 25
november weten"). Mails written for these patterns, not taken from any dev set; traps: the
candidate's own question quoted with no answer, an older promise only in the quote.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

WED = "Wed, 18 Nov 2026 09:00:00 +0000"


def _block(top: str, header: tuple[str, str, str], lines: list[str]) -> str:
    """A reply on top of the candidate's mail in an Outlook block (``header``: the words for
    From, Sent, Subject), ``lines`` its text with the answers written in."""
    frm, sent, subject = header
    return (
        f"{top}\n\nJane\n\n{frm}: Sam Lee <{ME}>\n{sent}: Tuesday, November 17, 2026 5:20 PM\n"
        f"{subject}: Next steps\n\n" + "\n\n".join(lines) + "\n\nThanks,\nSam\n"
    )


_EN = ("From", "Sent", "Subject")
CASES = [
    (
        "en-answers-inline-quote-marked",
        _block(
            "Hi Sam - answers inline below.",
            _EN,
            [
                "1. Can I present work under NDA with client names blurred?",
                ">> Absolutely, that's very common for us.",
                "2. When will the team make a decision?",
                ">> The panel sees four candidates that week. We're hoping to make a decision "
                "by Friday, December 11, and I'll call you either way.",
            ],
        ),
        date(2026, 12, 11),
    ),
    (
        "en-answered-below-initials",
        _block(
            "Dear Sam,\n\nLovely to meet you on Friday. I've answered your questions below.",
            _EN,
            [
                "- When do you expect to make a decision?\n[JD] Our panel meets on Thursday 26 "
                "November to make the final decision, and I'll phone all candidates that "
                "afternoon.",
                "- Is the role hybrid?\n[JD] Yes, three days in the office.",
            ],
        ),
        date(2026, 11, 26),
    ),
    (
        "de-antworten-im-text",
        _block(
            "Hallo Sam,\n\ndanke für Ihre Fragen zum Vorstellungsgespräch für die Stelle "
            "als Ingenieur; meine Antworten stehen unten im Text.",
            ("Von", "Gesendet", "Betreff"),
            [
                "Wann fällt die Entscheidung?",
                ">> Die Entscheidung fällt am Donnerstag, 26.11., ich rufe Sie danach an.",
                "Muss ich etwas vorbereiten?",
                ">> Nein, nichts.",
            ],
        ),
        date(2026, 11, 26),
    ),
    (
        "fr-reponses-ci-dessous",
        _block(
            "Bonjour Sam,\n\nmes réponses ci-dessous.",
            ("De", "Envoyé", "Objet"),
            [
                "Quand pensez-vous prendre une décision ?\n[NH] Nous reviendrons vers vous "
                "d'ici le vendredi 27 novembre.",
                "Faut-il apporter un portfolio ?\n[NH] Oui, si possible.",
            ],
        ),
        date(2026, 11, 27),
    ),
    (
        "es-respondo-abajo",
        _block(
            "Hola Sam:\n\ngracias por tus preguntas sobre la entrevista para el puesto de "
            "ingeniero. Te respondo abajo.",
            ("De", "Enviado", "Asunto"),
            [
                "¿Cuándo tendréis una decisión?",
                ">> Te daremos una respuesta antes del viernes 27 de noviembre.",
                "¿Es presencial?",
                ">> Sí, en la oficina de Zaragoza.",
            ],
        ),
        date(2026, 11, 26),
    ),
    (
        "nl-antwoorden-hieronder",
        _block(
            "Hoi Sam,\n\nMijn antwoorden staan hieronder in de tekst.",
            ("Van", "Verzonden", "Onderwerp"),
            [
                "Wanneer hoor ik iets?",
                ">> We laten je uiterlijk vrijdag 27 november weten hoe het verder gaat.",
                "Is de functie hybride?",
                ">> Ja, twee dagen thuis.",
            ],
        ),
        date(2026, 11, 27),
    ),
    # the candidate's question quoted, no answer written in: no promise
    (
        "trap-question-only-in-quote",
        _block(
            "Hi Sam,\n\nThanks, I'll pass this on to the panel.",
            _EN,
            ["Will you have a decision by Friday 27 November?", "> a line I quoted myself"],
        ),
        None,
    ),
    # an agency's report, the subject left out after "et" / in a long Dutch clause
    (
        "fr-cabinet-et-doit-revenir-vers-moi",
        "Bonjour Sam,\n\nLe client voit encore deux candidats et doit revenir vers moi d'ici "
        "mercredi 25 novembre.\n\nTom",
        date(2026, 11, 25),
    ),
    (
        "de-agentur-und-will-sich-melden",
        "Hallo Sam,\n\nder Kunde hat noch zwei Gespräche und will sich bis Mittwoch, 25.11., "
        "bei mir melden.\n\nTom",
        date(2026, 11, 25),
    ),
    (
        "nl-bureau-laat-het-mij-uiterlijk-weten",
        "Hoi Sam,\n\nDe klant heeft nog twee gesprekken en laat het mij uiterlijk woensdag 25 "
        "november weten.\n\nTom",
        date(2026, 11, 25),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"), [pytest.param(body, want, id=name) for name, body, want in CASES]
)
def test_decision_by(body: str, want: date | None) -> None:
    raw = mail(body, date_=WED, subject="RE: Next steps")
    result = classify(parse_message(raw), me=(ME,))
    assert result.decision_by == want, (result.kind, result.reasons)
