"""classify(): answers written into the quoted mail: marked answers in an unmarked quote are
read, an inline "yes" takes the option it answers; capitals in a quote without a pointer
stay history and inline refusals take no option.

Worded for the rule, not taken from any dev set, with counter-cases.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


def _outlook_reply(top: str, history: str, subject: str) -> bytes:
    body = (
        f"{top}\n\n________________________________\nFrom: Sam <{ME}>\n"
        f"Sent: Monday, November 16, 2026 6:00 PM\nTo: Jane Doe <jane.doe@acme.example>\n"
        f"Subject: {subject}\n\n{history}"
    )
    return mail(body, subject=f"RE: {subject}")


@pytest.mark.parametrize(
    ("top", "history", "subject"),
    [
        (
            "Hi Sam,\n\nMy replies are inline below, marked =>.\n\nJane",
            "Hi Jane,\nThanks for the invitation to interview for the Site Engineer post.\n"
            "Could we do Thursday or Friday afternoon?\n=> Friday 20 November at 2pm it is, "
            "at our Leith office.\nShould I bring anything?\n=> Just photo ID.\nSam",
            "Site Engineer interview",
        ),
        (
            "Hola Sam:\n\nTe respondo abajo en mayúsculas, voy con prisa.\n\nJane",
            "Hola Jane:\nGracias por invitarme a la entrevista para el puesto de analista.\n"
            "¿Os viene bien el jueves por la mañana?\nEL JUEVES 19 A LAS 10:00 TE ESPERAMOS EN "
            "LA OFICINA, CONFIRMADA LA ENTREVISTA.\nUn saludo,\nSam",
            "Entrevista analista",
        ),
    ],
)
def test_marked_answers_in_an_unmarked_quote_are_read(top: str, history: str, subject: str) -> None:
    assert kind(_outlook_reply(top, history, subject)) == "interview_scheduled"


def test_capitals_in_a_quote_without_a_pointer_are_history() -> None:
    raw = _outlook_reply(
        "Hi Sam,\n\nThanks, I'll come back to you with times shortly.\n\nJane",
        "Hi Jane,\nThanks for the invitation to interview for the Site Engineer post.\n"
        "FRIDAY 20 NOVEMBER AT 2PM IT IS - I HAVE BOOKED THE TRAIN.\nSam",
        "Site Engineer interview",
    )
    msg = parse_message(raw)
    assert classify(msg, me=(ME,)).kind != "interview_scheduled"


def _inline_reply(answers: str, subject: str) -> bytes:
    body = f"Hi Sam,\n\nanswering inline.\n\nOn Mon, 16 Nov 2026 at 18:00, Sam <{ME}> wrote:\n\n"
    return mail(body + answers, subject=subject)


@pytest.mark.parametrize(
    ("answers", "subject"),
    [
        (
            "> Thanks for the invitation to interview. I could do:\n>\n> - Monday 30 November, "
            "afternoon\n\nSorry, I'm away all day then.\n\n> - Thursday 3 December, morning\n\n"
            "Yes - let's say 10:00 at our office, 2 Dock Road.\n\n> Sam\n",
            "Re: Interview - Planner role",
        ),
        (
            "> Merci pour l'invitation à l'entretien. Je suis disponible :\n>\n> - lundi 30 "
            "novembre\n\nCe jour-là je suis en déplacement.\n\n> - mardi 1er décembre "
            "après-midi\n\nParfait, disons 14h30 dans nos locaux.\n\n> Sam\n",
            "Re: Entretien - poste de planificateur",
        ),
    ],
)
def test_an_inline_yes_takes_the_option_it_answers(answers: str, subject: str) -> None:
    assert kind(_inline_reply(answers, subject)) == "interview_scheduled"


def test_inline_refusals_take_no_option() -> None:
    answers = (
        "> Thanks for the invitation to interview. I could do:\n>\n> - Monday 30 November, "
        "afternoon\n\nSorry, I'm away all day then.\n\n> - Thursday 3 December, morning\n\n"
        "Let me check with Priya and come back to you.\n\n> Sam\n"
    )
    assert kind(_inline_reply(answers, "Re: Interview - Planner role")) != "interview_scheduled"
