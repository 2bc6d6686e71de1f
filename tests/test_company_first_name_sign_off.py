"""classify(): someone writing from a free mailbox who signs with their first name alone
and their business on the next line ("Imran" then "Crumb & Co Leicester", "Javi" then
"Taberna El Candil", "Ute" then "Blumen Lindner & Co") names the employer there; a town after
a partnership's "& Co" is its branch, not its name, while a trade after it stays ("Hale & Co
Solicitors").
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.branchplace import without_branch_place
from afterview.understand.company.naming import from_sign_off, titled
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<fn@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Imran Qureshi <imran.q.crumbs@gmail.example>",
            "Re: Saturday",
            "Hi Sam,\n\nThanks for coming in on Saturday, the team really liked you. I need to "
            "go through the numbers with my business partner before I can offer you the "
            "assistant manager job. I will let you know by Friday.\n\nImran\n"
            "Crumb & Co Leicester\n07700 900733\n",
            "Crumb & Co",
        ),
        (
            "Javi Ortega <javiortega77@correo.example>",
            "Re: entrevista",
            "Hola Sam,\n\nGracias por venir el sábado. Me gustaría invitarte a una segunda "
            "entrevista para el puesto de encargada el jueves 12 de noviembre a las 17h en la "
            "tienda.\n\nUn saludo\nJavi\nTaberna El Candil\n",
            "Taberna El Candil",
        ),
        (
            "Ute Lindner <ute.lindner@gmx.example>",
            "Ihre Bewerbung",
            "Hallo Sam,\n\ndanke für Ihre Bewerbung als Verkäuferin. Ich lade Sie gerne zu "
            "einem Vorstellungsgespräch am Donnerstag, 12. November um 9 Uhr ein.\n\n"
            "Beste Grüße\nUte\nBlumen Lindner & Co\n",
            "Blumen Lindner & Co",
        ),
    ],
)
def test_a_first_name_then_a_business_line_names_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


def test_only_the_writers_own_first_name_signs() -> None:
    text = "Thanks,\nMaria\nCasa Verde Catering\n"
    assert from_sign_off(text, "Maria Gil") == ["Casa Verde Catering"]
    assert from_sign_off(text, "Ana Gil") == []


def test_a_line_after_the_first_name_that_is_a_title_names_no_business() -> None:
    assert from_sign_off("Cheers,\nMaria\nStore Manager\n", "Maria Gil") == []


def test_a_firm_with_its_town_is_no_job_title() -> None:
    assert not titled("Crumb & Co Leicester")
    assert titled("Shift Leader")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Crumb & Co Leicester", "Crumb & Co"),
        ("Hale & Co Solicitors", "Hale & Co Solicitors"),
        ("Baxter & Co Opticians", "Baxter & Co Opticians"),
        ("Thistle & Co", "Thistle & Co"),
    ],
)
def test_a_town_after_and_co_is_a_branch(name: str, want: str) -> None:
    assert without_branch_place(name, [""]) == want
