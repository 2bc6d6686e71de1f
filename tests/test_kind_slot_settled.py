"""A reply that settles a meeting the thread was arranging is a booked interview.

Three ways a short reply books one and says little: it agrees and fixes the hour on a day the
thread put forward ("passt, dann am 3.12. um 11 Uhr" over "Donnerstag Nachmittag würde
passen"); it takes one of several times the thread offered though the thread never called
them a meeting ("Would any of these suit? - Tue 10th, 2pm - Wed 11th, 11:00"); it answers an
option inline ("B) Tue 11/10, 1:30pm" over "Yes - that one"). A question, a condition or a
reply that only promises to check books nothing.
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, frm="Priya Shah <priya.shah@harbourline.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Warehouse Team Lead - next steps",
            "Hi Sam,\n\nGreat, then Thursday 5 November at 2pm at our Leeds depot. Ask for me "
            "at the gatehouse.\n\nPriya\n\nOn Mon, 2 Nov 2026 at 18:02, Sam wrote:\n> Thanks "
            "for getting back to me! I could do Thursday afternoon or Friday morning.\n>\n> On "
            "Mon, 2 Nov 2026, Priya Shah wrote:\n>> We'd like to meet you in person. Which days "
            "suit you next week?",
        ),
        (
            "RE: Entretien - chargée de communication",
            "Bonjour Sam,\n\nParfait, alors mardi 10 novembre à 15h dans nos locaux de la rue "
            "Garibaldi. Demandez Claire à l'accueil.\n\nBien à vous,\nPriya\n\nLe 2 nov. 2026 "
            "à 17:40, Sam a écrit :\n> Merci pour votre retour. Je serais disponible mardi "
            "prochain dans l'après-midi.\n>\n>> Nous aimerions vous rencontrer la semaine "
            "prochaine. Quelles sont vos disponibilités ?",
        ),
        (
            "RE: Puesto de técnica de compras",
            "Hola Sam:\n\nPerfecto, entonces el jueves 5 de noviembre a las 16:00 en nuestra "
            "oficina de Valencia. Pregunta por mí en recepción.\n\nUn saludo,\nPriya\n\nEl lun, "
            "2 nov 2026 a las 19:10, Sam escribió:\n> ¡Gracias! Me vendría bien el jueves por "
            "la tarde.\n>\n>> Nos gustaría conocerte en persona. ¿Qué días te vienen bien?",
        ),
    ],
)
def test_agreeing_and_fixing_the_hour_on_a_day_the_thread_named_books_it(
    subject: str, body: str
) -> None:
    assert rules_kind(mail(body, subject=subject)) == "interview_scheduled"


@pytest.mark.parametrize(
    "reply",
    [
        # a question: the time is proposed, not settled
        "Great - then would Thursday 5 November at 2pm work for you?",
        # a promise to check
        "Thursday 5 November at 2pm might be possible, I'll check with the depot manager and "
        "get back to you.",
        # a counter-proposal on a day the thread never named
        "Thursday is full on our side unfortunately. Tuesday 10 November at 2pm instead?",
    ],
)
def test_a_reply_that_asks_or_defers_books_nothing(reply: str) -> None:
    body = (
        f"Hi Sam,\n\n{reply}\n\nPriya\n\nOn Mon, 2 Nov 2026 at 18:02, Sam wrote:\n> I could "
        "do Thursday afternoon or Friday morning.\n>\n>> We'd like to meet you in person. "
        "Which days suit you next week?"
    )
    kind = rules_kind(mail(body, subject="Re: Warehouse Team Lead - next steps"))
    assert kind != "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: HR Generalist - next stage",
            "Hi Sam,\n\nLovely, Wednesday 11 November at 11:00 is booked in. Please allow an "
            "hour, and ask reception for me.\n\nPriya\n\nFrom: Sam <sam@example.org>\nSent: "
            "03 November 2026 08:10\nTo: Priya Shah\nSubject: Re: HR Generalist - next stage\n\n"
            "Wednesday 11th at 11:00 would be ideal for me.\n\nFrom: Priya Shah\nSent: 02 "
            "November 2026 16:42\nSubject: HR Generalist - next stage\n\n> Would any of these "
            "suit?\n>   - Tuesday 10th, 2pm\n>   - Wednesday 11th, 11:00\n>   - Thursday 12th, "
            "4pm",
        ),
        (
            "AW: Bewerbung als Disponentin",
            "Hallo Sam,\n\nprima, dann ist Mittwoch, 11.11., um 11 Uhr eingetragen. Bitte "
            "melden Sie sich am Empfang im 2. Stock.\n\nViele Grüße\nPriya\n\nAm 03.11.2026 um "
            "08:10 schrieb Sam:\n> Mittwoch, 11.11., um 11 Uhr wäre mir am liebsten.\n>\n>> "
            "Welche dieser Zeiten passt Ihnen?\n>> - Dienstag, 10.11., 14 Uhr\n>> - Mittwoch, "
            "11.11., 11 Uhr\n>> - Donnerstag, 12.11., 16 Uhr",
        ),
    ],
)
def test_taking_one_of_several_times_the_thread_offered_books_it(subject: str, body: str) -> None:
    assert rules_kind(mail(body, subject=subject)) == "interview_scheduled"


def test_an_option_answered_inline_by_the_line_after_it_is_taken() -> None:
    body = (
        "Morning Sam - answers inline.\n\n"
        "On Mon, Nov 2, 2026 at 4:12 PM Sam <sam@example.org> wrote:\n"
        "> Thanks for the invite to the call with your plant manager. I could do:\n"
        "> A) Mon 11/9, 9:00am ET\n"
        "Can't, I'm at the plant all morning.\n\n"
        "> B) Tue 11/10, 1:30pm ET\n"
        "Yes - let's take this one. Jo will send the link.\n\n"
        "> C) Wed 11/11, 4:00pm ET\n"
        "> Let me know which suits.\n"
    )
    raw = mail(body, subject="Re: Maintenance Planner - call with our plant manager")
    assert rules_kind(raw) == "interview_scheduled"
