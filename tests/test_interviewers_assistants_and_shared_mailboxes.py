"""classify(): an assistant or HR writing on someone's behalf: the one for whom they invite is
met, one written for while away is not, and a shared mailbox organising the invitation is
never met.

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
    ("body", "cc"),
    [
        (
            "Dear Sam,\n\nI am writing on behalf of Mr Lim Jun Hao, Group COO, to confirm your "
            "video interview on Friday 20 November at 4pm Singapore time.\n\nTan Wei Ling (Ms)\n"
            "Executive Assistant to Group COO\n",
            "LIM Jun Hao <junhao.lim@meridian-bank.example>",
        ),
        (
            "Geachte mevrouw Sam,\n\nNamens de voorzitter van de selectiecommissie, prof. dr. "
            "Pieter Declercq (in cc), nodig ik u uit voor een selectiegesprek voor de vacature "
            "docent Ecohydrologie op vrijdag 20 "
            "november 2026 om 14.00 uur.\n\nGriet Vanhoutte\nPersoneelsdienst\n",
            "Declercq Pieter <pieter.declercq@scheldeland.example>",
        ),
        (
            "Sehr geehrte Frau Sam,\n\nim Auftrag von Frau Dr. Hanna Berg lade ich Sie zum "
            "Vorstellungsgespräch am Freitag, 20. November 2026, um 11:00 Uhr ein.\n\n"
            "Mit freundlichen Grüßen\nSekretariat Berg\n",
            "Hanna Berg <hanna.berg@kanzlei-berg.example>",
        ),
    ],
)
def test_the_one_for_whom_an_assistant_invites_is_met(body: str, cc: str) -> None:
    raw = mail(body, frm="Assistant <assistant@host.example>", headers=f"Cc: {cc}\r\n")
    assert interviewers(raw) == {cc.split("<")[1].rstrip(">")}


def test_one_written_for_while_away_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nI'm writing on behalf of Dana Whitcomb, who is on leave this week, to "
        "confirm your interview on Friday 20 November at 2pm with Tom Reyes "
        "(tom.reyes@host.example).\n\nPriya\nRecruiting Coordinator\n"
    )
    raw = mail(
        body,
        frm="Priya Nair <priya.nair@host.example>",
        headers="Cc: Dana Whitcomb <dana.whitcomb@host.example>\r\n",
    )
    assert interviewers(raw) == {"tom.reyes@host.example"}


@pytest.mark.parametrize(
    "address",
    [
        "recruiting-calendar@halyard.example",
        "ne-pas-repondre@cdg.example",
        "talento@selvatica.example",
        "early-careers@thornbury.example",
    ],
)
def test_a_shared_mailbox_organising_the_invitation_is_not_met(address: str) -> None:
    ics = (
        "--zz\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r2@x\r\n"
        "DTSTART:20261119T140000Z\r\nDTEND:20261119T150000Z\r\nSUMMARY:Interview\r\n"
        f"ORGANIZER;CN=Recruiting:mailto:{address}\r\n"
        "ATTENDEE;CN=Sam:mailto:sam@example.org\r\n"
        "ATTENDEE;CN=Wen Zhao:mailto:wen.zhao@halyard.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    body = "Hi Sam,\n\nYour interview with Wen Zhao is confirmed for Thursday 19 November.\n"
    raw = mail(body, frm=f"Recruiting <{address}>", extra_parts=ics)
    assert interviewers(raw) == {"wen.zhao@halyard.example"}
