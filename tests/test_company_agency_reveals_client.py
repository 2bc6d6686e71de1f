"""classify(): an agency's mail names its client, the employer.

Known by its sign-off where its domain writes "&" as "and" or shortens its trade
("Maple & Finch Recruitment" of mapleandfinch, "Pennant Recruitment" of pennantrec); the
client revealed in so many words ("the client is Kestrel Freight", "le client est ...",
"el cliente es ...", "der Kunde ist ...", "de opdrachtgever is ...") before the person the
CV went to; a client whose name ends like a role's word ("Brightwater") where the text says
what it did ("Brightwater have asked me to cancel"). Worded afresh; counter-cases are an
in-house desk and a client left unnamed.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<agency-client@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Dom Ashworth <dom@tallowfinch.example>",
            "RE: Staff Data Engineer - logistics scale-up",
            "Hi Sam,\n\nAs promised, the client is Kestrel Freight. I've sent your CV across "
            "to Rosalind Achebe, their Head of Data, and expect to hear back by Friday.\n\n"
            "Dom\n",
            "Kestrel Freight",
        ),
        (
            "Julie Caron <j.caron@talentis.example>",
            "Votre candidature",
            "Bonjour Sam,\n\nBonne nouvelle : maintenant que votre dossier est transmis, je "
            "peux vous dire que le client est Maison Aubrac. Ils souhaitent vous rencontrer "
            "jeudi.\n\nJulie\n",
            "Maison Aubrac",
        ),
        (
            "Pablo Ruiz <pablo@seleccionamos.example>",
            "Tu candidatura",
            "Hola Sam,\n\nYa te puedo decir que el cliente es Conservas Ribera y quieren "
            "conocerte el jueves.\n\nPablo\n",
            "Conservas Ribera",
        ),
        (
            "Sarah Lind <sarah@mapleandfinch.example>",
            "FW: Sam - feedback",
            "Hi Sam,\n\nGreat news - they'd like two references before the final round. Could "
            "you send me names today?\n\nSarah Lind\nPrincipal Consultant, Data & Analytics\n"
            "Maple & Finch Recruitment | Toronto\n\nFrom: Paul Achebe "
            "<paul.achebe@kestrelbank.example>\nSent: Thursday, November 19, 2026 1:52 PM\n"
            "To: Sarah Lind <sarah@mapleandfinch.example>\nSubject: Sam - feedback\n\n"
            "Sarah - team liked "
            "Sam a lot. We need two references first.\n\nPaul Achebe\nDirector | Kestrel Bank\n",
            "Kestrel Bank",
        ),
        (
            "Olivia Hart <olivia.hart@pennantrec.example>",
            "Silverwater Audit – Thursday cancelled, sorry!",
            "Hi Sam,\n\nBad news I'm afraid – Silverwater have asked me to cancel Thursday's "
            "interview for the IT Audit Senior role. Headcount has been frozen.\n\nOlivia\n\n"
            "Olivia Hart | Principal Consultant, Risk & Audit\nPennant Recruitment | 07700 "
            "900 418\n",
            "Silverwater Audit",
        ),
    ],
)
def test_the_agencys_client(frm: str, subject: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        # an in-house desk signs its employer's name and "Recruitment Team"
        (
            "Ana Cole <ana.cole@harbourline.example>",
            "Interview",
            "Hi Sam,\n\nWe would like to invite you to an interview on Tuesday 17 November at "
            "10am.\n\nAna Cole\nHarbourline Recruitment Team\n",
            "Harbourline",
        ),
        # the client not named: the agency is no employer
        (
            "Dom Ashworth <dom@tallowfinch.example>",
            "Staff Data Engineer",
            "Hi Sam,\n\nThe client is keen to move quickly; I'll share who it is once you're "
            "happy to be put forward.\n\nDom\nTallowfinch Search\n",
            None,
        ),
    ],
)
def test_counter_cases(frm: str, subject: str, body: str, want: str | None) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want
