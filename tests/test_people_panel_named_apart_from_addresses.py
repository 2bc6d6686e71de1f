"""classify(): a panel listed by name under its heading, with a blank line between heading and
list (as Outlook and council letters set it), is met; each listed person is known by an address
given elsewhere in the mail: the sender's own, a copied colleague's, or one the text gives
apart ("Helen is happy to be contacted at helen@x"). Someone named outside the list, and
a list under a heading that is about something else, are not met.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<pn1@x.example>", date_="Thu, 05 Nov 2026 11:00:00 +0000"
)

CASES = [
    (
        '"Bell, Kirsty" <kirsty.bell@ashby-dc.example>',
        "",
        "Dear Sam\n\nI would like to invite you to interview on Tuesday 17th November at "
        "9.30am in Committee Room 2.\n\nThe interview panel will be:\n\n"
        "    Helen Marsh - Head of Digital (Chair)\n    Owen Pritchard - Service Desk Manager\n"
        "    Kirsty Bell - HR Advisor\n\nIf you have any questions about the presentation, "
        "Helen is happy to be contacted directly at helen.marsh@ashby-dc.example.\n\n"
        "Kind regards\n\nKirsty Bell\nHR Advisor (Recruitment)\nAshby District Council\n",
        {"helen.marsh@ashby-dc.example", "kirsty.bell@ashby-dc.example"},
    ),
    (
        "Jonas Berger <jonas.berger@elbfracht.example>",
        "Cc: Maren Ott <maren.ott@elbfracht.example>\r\n",
        "Hallo Sam,\n\nhiermit lade ich Sie zum Vorstellungsgespräch am Donnerstag, 19. "
        "November um 14:00 Uhr ein.\n\nIhre Gesprächspartner:\n\nMaren Ott – Teamleitung "
        "Disposition\nJonas Berger – Personal\n\nViele Grüße\nJonas Berger\nPersonalreferent\n",
        {"maren.ott@elbfracht.example", "jonas.berger@elbfracht.example"},
    ),
    (
        "Claire Dumas <claire.dumas@rivegauche.example>",
        "Cc: Hugo Lefèvre <hugo.lefevre@rivegauche.example>\r\n",
        "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 10h30.\n\n"
        "Le jury sera composé de :\n\n- M. Hugo Lefèvre, directeur technique\n"
        "- Mme Anne Roux, responsable produit\n\nCordialement,\nClaire Dumas\n"
        "Chargée de recrutement\n",
        {"hugo.lefevre@rivegauche.example"},
    ),
    (
        "Lucía Gil <lucia.gil@aceitesdelsur.example>",
        "Cc: Pablo Ortega <pablo.ortega@aceitesdelsur.example>\r\n",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 11:00.\n\n"
        "Te entrevistarán:\n\n  Pablo Ortega, jefe de planta\n  Lucía Gil, selección\n\n"
        "Un saludo,\nLucía Gil\n",
        {"pablo.ortega@aceitesdelsur.example", "lucia.gil@aceitesdelsur.example"},
    ),
    (
        "Joost de Wit <joost.dewit@polderwerk.example>",
        "Cc: Marloes Kuipers <marloes.kuipers@polderwerk.example>\r\n",
        "Beste Sam,\n\nHierbij bevestig ik het gesprek op donderdag 19 november om 13.30 uur."
        "\n\nDe selectiecommissie:\n\n* Marloes Kuipers (teamleider)\n* Joost de Wit "
        "(HR-adviseur)\n\nMet vriendelijke groet,\nJoost de Wit\n",
        {"marloes.kuipers@polderwerk.example", "joost.dewit@polderwerk.example"},
    ),
]


@pytest.mark.parametrize(("frm", "headers", "body", "want"), CASES)
def test_a_panel_listed_after_a_blank_line_is_met(frm, headers, body, want) -> None:
    assert want <= interviewers(mail(body, frm=frm, headers=headers))


def test_a_list_under_a_heading_of_something_else_is_not_a_panel() -> None:
    body = (
        "Dear Sam\n\nYour interview with Tom Reed (tom.reed@ashby-dc.example) is on Tuesday "
        "17th November at 9.30am.\n\nPlease bring the following documents:\n\n"
        "    Passport or Birth Certificate\n    Proof of Address\n\nThe HR team:\n\n"
        "    Dana Kerr - HR Officer\n\nKind regards\nDana Kerr\nHR Officer\n"
    )
    got = interviewers(
        mail(
            body,
            frm="Dana Kerr <dana.kerr@ashby-dc.example>",
            headers="Cc: Nia Bold <nia.bold@ashby-dc.example>\r\n",
        )
    )
    assert got == {"tom.reed@ashby-dc.example"}


def test_a_paragraph_after_the_list_is_not_on_the_panel() -> None:
    body = (
        "Dear Sam\n\nYou are invited to interview on Tuesday 17th November at 9.30am.\n\n"
        "The interview panel will be:\n\n    Helen Marsh - Head of Digital (Chair)\n"
        "    Owen Pritchard - Service Desk Manager\n\n"
        "Ruth Caine - our receptionist - can help with parking on the day.\n\n"
        "Kind regards\nKirsty Bell\nHR Advisor\n"
    )
    got = interviewers(
        mail(
            body,
            frm="Kirsty Bell <kirsty.bell@ashby-dc.example>",
            headers="Cc: Ruth Caine <ruth.caine@ashby-dc.example>, "
            "Helen Marsh <helen.marsh@ashby-dc.example>\r\n",
        )
    )
    assert got == {"helen.marsh@ashby-dc.example"}
