"""Casual ways to ask a candidate for times or a call, in five languages: 'Pásame dos o tres
huecos', 'Schick mir zwei, drei Termine', 'Wanneer komt het jou uit?', '¿Te apetece que
hagamos una llamada?'; sending other things or asking when a parcel comes is no request."""

from __future__ import annotations

import functools

import pytest

from afterview.understand.phrases.requesting import REQUEST
from classifymail import kind, mail

application_mail = functools.partial(
    mail, subject="Re: Your application", frm="Marta Ibáñez <marta@lumbre.example>"
)


def asks(sentence: str) -> bool:
    return any(pattern.search(sentence) for pattern in REQUEST)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pásame dos o tres huecos y lo cerramos.",
        "Mándame un par de huecos que te vengan bien.",
        "¿Te apetece que hagamos una llamada?",
        "¿Te parece si hacemos una videollamada el lunes?",
        "Schick mir zwei, drei Termine, dann fixieren wir das.",
        "Hast du Lust auf ein kurzes Telefonat?",
        "Envoie-moi deux ou trois créneaux.",
        "Ça te dirait qu'on s'appelle la semaine prochaine ?",
        "Wanneer komt het jou uit?",
        "Stuur me twee of drie momenten, dan plannen we iets.",
        "Zin in een kennismakingsgesprek?",
        "Fancy a quick call next week?",
    ],
)
def test_a_casual_request_for_times_or_a_call_is_a_request(sentence):
    assert asks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pásame el informe cuando puedas.",
        "¿Te parece que hagamos los cambios en el contrato?",
        "Schick mir zwei, drei Beispiele deiner Arbeit.",
        "Schick mir die Unterlagen.",
        "Envoie-moi deux exemples de tes projets.",
        "Wanneer komt het pakket?",
        "Stuur me twee foto's van het werk.",
        "Zin in een nieuwe uitdaging?",
    ],
)
def test_asking_for_other_things_is_no_request(sentence):
    assert not asks(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "Hola Sam,\n\nGracias por tu candidatura para el puesto de cocinero. Nos ha gustado "
        "tu perfil. Pásame dos o tres huecos esta semana y lo cerramos.\n\nMarta\n",
        "Hallo Sam,\n\ndanke für deine Bewerbung als Koch. Dein Profil gefällt uns. Schick "
        "mir zwei, drei Termine für nächste Woche.\n\nMarta\n",
        "Hoi Sam,\n\nBedankt voor je sollicitatie als kok. Je profiel spreekt ons aan. "
        "Wanneer komt het jou uit om even te bellen?\n\nMarta\n",
    ],
)
def test_a_short_reply_to_an_application_asking_for_times_is_an_interview_request(body):
    assert kind(application_mail(body)) == "interview_request"
