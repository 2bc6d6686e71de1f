"""classify(): "Interview with X" as a subject or a line opens it, capitalised.

An agency's consultant heads the mail "Interview with Tallis Engineering" or "Entrevista con
Hoteles Miramar" and writes the client's name once more in words no other rule reads ("would
like to meet you", "quiere conocerte"): the client is the employer. Worded afresh; the
counter-cases are the interviewer's own name after the same words.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<iv-with@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Mark Hill <mark@apexrecruitment.example>",
            "Interview with Tallis Engineering",
            "Hi Sam,\n\nGreat news - Tallis Engineering would like to meet you on Tuesday 17 "
            "November at 10am at their Derby office.\n\nMark Hill\nSenior Consultant\n"
            "Apex Recruitment\n",
            "Tallis Engineering",
        ),
        (
            "Ana Gómez <agomez@seleccionplus.example>",
            "Entrevista con Hoteles Miramar",
            "Hola Sam,\n\nHoteles Miramar quiere conocerte el martes 17 de noviembre a las "
            "10:00.\n\nAna Gómez\nSelección Plus\n",
            "Hoteles Miramar",
        ),
        (
            "Priya Nair <priya@keystonestaffing.example>",
            "Re: Interview at Quarry Hill Engineering",
            "Hi Sam,\n\nYou're confirmed for Thursday 19 November at 2pm. Ask for Dave at "
            "reception.\n\nPriya\nKeystone Staffing\n",
            "Quarry Hill Engineering",
        ),
    ],
)
def test_the_client_a_subject_names(frm: str, subject: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Rita Lang <rita.lang@copperleaf.example>",
            "Interview with Jane Doe",
            "Hi Sam,\n\nThanks for applying to Copperleaf. Your interview with Jane Doe is on "
            "Tuesday 17 November at 10am.\n\nRita\n",
            "Copperleaf",
        ),
        (
            "Marta López <marta.lopez@vinoteca-sur.example>",
            "Entrevista con Marta López",
            "Hola Sam,\n\nTe esperamos el martes 17 de noviembre a las 10:00 en Vinoteca Sur "
            "para la entrevista.\n\nMarta López\nVinoteca Sur\n",
            "Vinoteca Sur",
        ),
    ],
)
def test_a_person_after_the_words_is_no_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want
