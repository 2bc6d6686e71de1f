"""classify(): a person listed by name under a line that introduces the panel is met, the sender
too; a name outside the list, or an optional or observing item, is not, while "optional" said
of something else leaves the person met.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<iv3@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("frm", "body", "listed"),
    [
        (
            "Lori Husby <lhusby@prairie.example>",
            "Good afternoon Sam,\n\nYou're all set for a panel interview on Tuesday, November "
            "17 at 3:45 p.m. Central.\n\nThe panel will be:\n  - Deb Hal, Principal "
            "(dhal@prairie.example)\n  - Kari Lindqvist, Health Services Coordinator (cc'd "
            "here)\n  - a parent representative\n\nLori\nHR Specialist\n",
            "Kari Lindqvist <klindqvist@prairie.example>",
        ),
        (
            "Sophie Tremblay <sophie.tremblay@deuxrives.example>",
            "Bonjour Sam,\n\nNous avons le plaisir de vous convoquer à une entrevue le jeudi "
            "3 décembre 2026 à 13 h 30.\n\nLe comité de sélection sera composé de :\n"
            " - Mme Sophie Tremblay, conseillère en acquisition de talents\n - M. Étienne "
            "Gagnon, chef de service\n   (etienne.gagnon@deuxrives.example)\n\n"
            "Sophie Tremblay\nConseillère en acquisition de talents\n",
            "Sophie Tremblay <sophie.tremblay@deuxrives.example>",
        ),
        (
            "Jonas Berger <jonas.berger@elbfracht.example>",
            "Hallo Sam,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, 19. "
            "November um 14:00 Uhr.\n\nIhre Gesprächspartner:\n• Maren Ott, Teamleitung\n"
            "• Jonas Berger, Personal\n\nViele Grüße\nJonas Berger\nPersonalreferent\n",
            "Maren Ott <maren.ott@elbfracht.example>",
        ),
    ],
)
def test_a_person_listed_by_name_on_the_panel_is_met(frm: str, body: str, listed: str) -> None:
    cc = "" if listed == frm else f"Cc: {listed}\r\n"
    got = interviewers(mail(body, frm=frm, headers=cc))
    assert listed.split("<")[1].rstrip(">") in got


def test_an_optional_or_observing_panel_item_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm.\n\n"
        "The panel will be:\n- Cathal Ryan, Asset Manager (cathal.ryan@corrib.example)\n"
        "- Niamh Walsh (optional, observer)\n\nThanks,\nMags Doherty\nRecruitment Coordinator\n"
    )
    raw = mail(
        body,
        frm="Mags Doherty <mags.doherty@corrib.example>",
        headers="Cc: Niamh Walsh <niamh.walsh@corrib.example>\r\n",
    )
    got = interviewers(raw)
    assert "niamh.walsh@corrib.example" not in got
    assert "mags.doherty@corrib.example" not in got


def test_a_name_outside_a_panel_list_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm with "
        "Cathal Ryan (cathal.ryan@corrib.example).\n\nWhat to bring:\n- your passport\n"
        "- Niamh Walsh's form, signed\n\nThanks,\nMags Doherty\nRecruitment Coordinator\n"
    )
    raw = mail(
        body,
        frm="Mags Doherty <mags.doherty@corrib.example>",
        headers="Cc: Niamh Walsh <niamh.walsh@corrib.example>\r\n",
    )
    assert interviewers(raw) == {"cathal.ryan@corrib.example"}


def test_optional_said_of_something_else_leaves_the_person_met() -> None:
    body = (
        "Hi Sam,\n\nWe've booked your walkthrough for Tuesday 1 December, 1:00-2:00pm CT. "
        "You'll present and then dig in with Priyanka Menon (priyanka.menon@grist.example), "
        "our Group PM. Slides are optional.\n\nBrooke Hal\nRecruiting Lead\n"
    )
    got = interviewers(mail(body, frm="Brooke Hal <brooke@grist.example>"))
    assert got == {"priyanka.menon@grist.example"}
