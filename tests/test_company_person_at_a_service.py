"""classify(): a person's name in a service's From display is never the employer.

- A recruiter writing through an ATS's mailbox ("Dana Whitlock" <noreply@ats...>) signs
  with that same name over their title and firm: the firm is the employer, not the person.
- A display that pairs the person with their firm by a dash ("Sanne Visser - Polderlink")
  names the firm after the dash where the sender's address spells it.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<pas@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Dana Whitlock <noreply@smartrecruiters.com>",
            "Update on your application",
            "Hi Sam,\n\nThank you for your time over the last weeks. After much thought we "
            "have decided to move forward with another candidate for the Analyst role.\n\n"
            "We wish you every success,\nDana Whitlock\nPeople Team, Quillfern Analytics\n",
            "Quillfern Analytics",
        ),
        (
            "Jorinde Maas <jorinde-maas@hire.lever.co>",
            "Vragen over je sollicitatie",
            "Hoi Sam,\n\nDank voor je sollicitatie voor de functie Accountmanager. Voordat ik "
            "je profiel doorstuur naar de manager heb ik nog twee vragen: wat zijn je "
            "salariswensen en per wanneer ben je beschikbaar?\n\nGroet,\nJorinde\n\n"
            "Jorinde Maas\nRecruiter, Duinwater Installatietechniek\n",
            "Duinwater Installatietechniek",
        ),
        (
            "Matthias Oberholzer <noreply@jobs.personio.de>",
            "Ihre Bewerbung",
            "Guten Tag Sam,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\n"
            "Freundliche Grüsse\nMatthias Oberholzer\nHR Business Partner · Gletscherbräu AG\n",
            "Gletscherbräu",
        ),
    ],
)
def test_a_recruiters_own_name_at_a_service_is_not_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Sanne Visser - Polderlink <polderlink@mail.recruitee.example>",
            "Hoi Sam,\n\nBedankt voor je interesse. Helaas gaan we niet verder met je "
            "sollicitatie.\n\nGroet,\nSanne\n",
            "Polderlink",
        ),
        (
            "Lucía Ferrer – Almazara Olivel <almazaraolivel@mail.teamtailor.example>",
            "Hola Sam,\n\nGracias por tu interés. Lamentablemente hemos decidido continuar "
            "con otras candidaturas.\n\nUn saludo,\nLucía\n",
            "Almazara Olivel",
        ),
        (
            "Tom Reilly - Harrowby Kitchens <careers@harrowbykitchens.example>",
            "Hi Sam,\n\nThanks for applying. Unfortunately we will not be taking your "
            "application further this time.\n\nTom\n",
            "Harrowby Kitchens",
        ),
    ],
)
def test_a_person_dash_firm_display_names_the_firm(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Your application")) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Hi Sam,\n\nThanks for applying to the Account Executive, Mid-Market role - two quick "
            "questions before I pass you on: salary expectations and notice period?\n\nBest,\n"
            "Priya\n\nPriya Natarajan\nRecruiter, Tallowmere Software\n",
            "Tallowmere Software",
        ),
        (
            "Hola Sam:\n\nGracias por postularte a la Analista de Datos, Riesgos y Fraude "
            "vacante. ¿Cuáles son tus expectativas salariales?\n\nSaludos,\nMarta\n\n"
            "Marta Quiroga\nReclutadora, Banco Serrano\n",
            "Banco Serrano",
        ),
    ],
)
def test_a_title_running_past_a_comma_before_role_is_no_employer(body: str, want: str) -> None:
    frm = (
        "Priya Natarajan <noreply@hire.lever.co>"
        if "Priya" in body
        else ("Marta Quiroga <noreply@hire.lever.co>")
    )
    assert company(mail(body, frm=frm, subject="Your application")) == want
