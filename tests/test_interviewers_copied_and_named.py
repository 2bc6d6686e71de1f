"""classify(): a copied or named person is met where the text puts them in the meeting: found by
the name the text calls them, a copied colleague who joins, people named as those who hold
the interview, an address given apart from the name.

Each cause is pinned by mail of different senders, sectors and languages, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<r2@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("cc", "body"),
    [
        (
            '"Kaya, Ruben" <r.kaya@zuidhaven.example>',
            "Beste Sam,\n\nWe nodigen je graag uit voor een gesprek op donderdag 19 november om "
            "10.30 uur. De selectiecommissie bestaat uit mijzelf en Ruben (HR-adviseur).\n\n"
            "Met vriendelijke groet,\nIlse de Boer\nTeamleider\n",
        ),
        (
            "LIM Jun Hao <junhao.lim@meridian-bank.example>",
            "Dear Sam,\n\nYour video interview is confirmed for Thursday 19 November at 4pm "
            "Singapore time. You will speak with Jun Hao and myself.\n\nRegards,\nTAN Mei\n",
        ),
        (
            "Goh Siew Mei <siewmei.goh@harbour.example>",
            "Hi Sam,\n\nYour interview is booked for Thursday 19 November at 10am. You'll meet "
            "me and Siew Mei from the analytics team.\n\nBest,\nRaj\n",
        ),
    ],
)
def test_a_copied_person_is_found_by_the_name_the_text_calls_them(cc: str, body: str) -> None:
    raw = mail(body, frm="Lead <lead@host.example>", headers=f"Cc: {cc}\r\n")
    assert cc.split("<")[1].rstrip(">") in interviewers(raw)


# --- a copied colleague whom the text says joins --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thursday 19 November at half nine is perfect. Come to the studio, 2nd floor. Dev from "
        "our digital team will sit in too, I've cc'd him.\n\nOona\n",
        "Hallo Sam,\n\nwie besprochen bestätige ich das Gespräch am Donnerstag, 19. November, "
        "10:00 Uhr. Mit dabei ist mein Kollege Dev Patel aus dem Plattform-Team.\n\nJana\n",
        "Hi Sam,\n\nHere is the invite for our talk on Thursday 19 November at 13:30. We will go "
        "through your experience and Dev from HR joins also.\n\nLars\n",
    ],
)
def test_a_copied_colleague_who_joins_is_met(body: str) -> None:
    raw = mail(
        body,
        frm="Oona Marsh <oona@kestrel.example>",
        headers="Cc: Dev Patel <dev.patel@kestrel.example>\r\n",
    )
    assert "dev.patel@kestrel.example" in interviewers(raw)


# --- the words that put a known person in the meeting ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYou're confirmed for Wednesday 18 November at 1:30pm CT, and it'll be Dale "
        "+ Monique again, 45 min. I cc'd them both.\n\nKayla\nTalent Acquisition\n",
        "Dear Sam,\n\nYour case interview on Wednesday 18 November at 9:30 will be conducted "
        "by Dale Morrow and Monique Adeyemi.\n\nKind regards,\nKayla\nRecruitment Team\n",
        "Dear Sam,\n\nI am pleased to confirm your interview on Wednesday 18 November at "
        "9:30am. The panel will be Dale Morrow (Head of Ops) and Monique Adeyemi, with myself "
        "taking notes.\n\nKayla Brandt\nHR Adviser (Recruitment)\n",
    ],
)
def test_people_named_as_those_who_hold_the_interview_are_met(body: str) -> None:
    raw = mail(
        body,
        frm="Kayla Brandt <kayla.brandt@pemberton.example>",
        headers="Cc: Dale Morrow <dale.morrow@pemberton.example>, "
        "Monique Adeyemi <monique.adeyemi@pemberton.example>\r\n",
    )
    met = {"dale.morrow@pemberton.example", "monique.adeyemi@pemberton.example"}
    assert interviewers(raw) == met


# --- an address given apart from the name ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        (
            "Hi Sam,\n\nThursday 19 November at half nine it is. Cathal will join us too, he "
            "looks after the front end. Cathal's email is cathal@corrib.example if you want to "
            "send him the repo.\n\nAoife\n",
            "cathal@corrib.example",
        ),
        (
            "Sehr geehrte Frau Sam,\n\ngerne bestätige ich Ihnen unseren Termin am Dienstag, "
            "24.11., 14:30 Uhr. Ihre Gesprächspartner sind Herr Dr. Jens Oberholz (Leitung "
            "Automatisierung, j.oberholz@ferngrund.example) sowie ich.\n\nSabine Krämer\n",
            "j.oberholz@ferngrund.example",
        ),
        (
            "Hi Sam,\n\nYour onsite is confirmed for Thursday 19 November.\n\n10:00 AM - 10:45 "
            "AM\n  Data Modeling\n  Kofi Mensah-Bonsu, Senior Engineer - "
            "kofi.mensah-bonsu@halyard.example\n\nBest,\nRenata\n",
            "kofi.mensah-bonsu@halyard.example",
        ),
    ],
)
def test_an_address_given_apart_from_the_name_is_named(body: str, address: str) -> None:
    assert address in interviewers(mail(body, frm="Lead <lead@host.example>"))
