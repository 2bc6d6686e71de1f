"""classify(): the sender is an interviewer when they list themselves among the panel
("Panel will be:\n- me\n- ..."), in any of the five languages; a recruiter who lists only
others is not."""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<pm@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("frm", "body"),
    [
        (
            "Mags Doherty <mags.doherty@corrib-water.example>",
            "Hi Sam,\n\nWe've confirmed your interview for Thursday 19 November at 2pm in the "
            "Galway office.\n\nOn the panel:\n* myself (chair)\n* Cathal Ryan, Asset Manager "
            "(cathal.ryan@corrib-water.example)\n\nThanks,\nMags\n",
        ),
        (
            "Hélène Garnier <helene.garnier@vallee-verte.example>",
            "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 14h00.\n\n"
            "Le jury :\n1. moi (présidente du jury)\n2. Luc Perrin, directeur financier "
            "(luc.perrin@vallee-verte.example)\n\nBien cordialement,\nHélène Garnier\n",
        ),
        (
            "Jonas Berger <jonas.berger@elbfracht.example>",
            "Hallo Sam,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
            "19. November um 14:00 Uhr.\n\nDabei sind:\n- ich (Teamleitung)\n- Maren Ott "
            "(maren.ott@elbfracht.example)\n\nViele Grüße\nJonas Berger\n",
        ),
    ],
)
def test_a_sender_who_lists_themselves_on_the_panel_is_met(frm: str, body: str) -> None:
    sender = frm.split("<")[1].rstrip(">")
    assert sender in interviewers(mail(body, frm=frm))


def test_a_recruiter_who_lists_only_others_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nWe've confirmed your interview for Thursday 19 November at 2pm.\n\n"
        "On the panel:\n- Cathal Ryan, Asset Manager (cathal.ryan@corrib-water.example)\n"
        "- Niamh Walsh, Engineer (niamh.walsh@corrib-water.example)\n\n"
        "Thanks,\nMags Doherty\nRecruitment Coordinator\n"
    )
    got = interviewers(mail(body, frm="Mags Doherty <mags.doherty@corrib-water.example>"))
    assert "mags.doherty@corrib-water.example" not in got
    assert "cathal.ryan@corrib-water.example" in got
