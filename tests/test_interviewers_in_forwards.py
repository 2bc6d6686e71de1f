"""classify(): whom the candidate meets in forwarded mail: the first person of a forwarded mail
is its author, the person whose availability set the time is met, and one who forwards or
only passes the news on is not.

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


def _forward(note: str, frm: str, inner_from: str, inner: str) -> bytes:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {inner_from}\n"
        f"Date: Fri, 13 Nov 2026 at 17:58\nSubject: Interview\nTo: {frm}\n\n{inner}\n"
    )
    return mail(body, frm=frm, subject="Fwd: Interview")


# --- the words of a forwarded mail are its author's ---------------------------------------


@pytest.mark.parametrize(
    ("note", "frm", "inner_from", "inner", "met", "not_met"),
    [
        (
            "Hi Sam, forwarding Dr. Okoye's note below so you have it all. Parking is sorted.",
            "Tanya Greer <tgreer@lakemont.example>",
            "Ada Okoye <aokoye@lakemont.example>",
            "Tanya, please pass this on: Sam's visit is confirmed for Thursday 19 November at "
            "10:00, a committee interview with Ray Whitfield (rwhitfield@lakemont.example) "
            "and me.\n\nAda",
            {"aokoye@lakemont.example", "rwhitfield@lakemont.example"},
            "tgreer@lakemont.example",
        ),
        (
            "Morning Sam, good news, see below from our client: you're confirmed. Call me after!",
            "Rob Hale <rob.hale@quayside-talent.example>",
            "Lin Park <lin.park@tessera.example>",
            "Hi Rob, happy to confirm Sam for Wednesday 18 November, 16:00-17:00 UK time. "
            "It'll be me and Felix Grant (felix.grant@tessera.example), our VP Product.\n\nLin",
            {"lin.park@tessera.example", "felix.grant@tessera.example"},
            "rob.hale@quayside-talent.example",
        ),
        (
            "Liebe Sam, Prof. Berger bat mich, seine Nachricht unten weiterzuleiten.",
            "Margit Kovacs <margit.kovacs@uni-au.example>",
            "Florian Berger <florian.berger@uni-au.example>",
            "Hallo zusammen,\n\nwir treffen Frau Sam am Donnerstag, 19.11., 12:00-12:45 Uhr. "
            "Nadja, bitte sei mit mir dabei (nadja.wimmer@uni-au.example).\n\nFlorian",
            {"florian.berger@uni-au.example", "nadja.wimmer@uni-au.example"},
            "margit.kovacs@uni-au.example",
        ),
    ],
)
def test_first_person_in_a_forwarded_mail_is_its_author(
    note: str, frm: str, inner_from: str, inner: str, met: set[str], not_met: str
) -> None:
    got = interviewers(_forward(note, frm, inner_from, inner))
    assert met <= got
    assert not_met not in got


@pytest.mark.parametrize(
    ("note", "frm"),
    [
        (
            "Hi Sam,\n\nSorry for the delay, I'm covering for Jess who is off sick. Mark is still "
            "good for Monday 30 November at 2pm, so that's all booked in.\n\nLorraine\n"
            "Resourcing Advisor\n",
            "Lorraine Hayes <lorraine.hayes@meridian.example>",
        ),
        (
            "Sam - see below from Mark. He'll do your interview, half nine Monday 30 November in "
            "Dundrum. Ask for him at the counter.\nGerry\n",
            "Gerry Fahy <gerry@meridian.example>",
        ),
        (
            "Hi Sam,\n\nSee below from Mark - Monday 30 November at 14:30 works for him, so "
            "that's you confirmed.\n\nAisling\nPeople Coordinator\n",
            "Aisling Nic <aisling.nic@meridian.example>",
        ),
    ],
)
def test_the_person_whose_availability_set_the_time_is_met(note: str, frm: str) -> None:
    quoted = (
        "\n\n-----Original Message-----\nFrom: Mark Ellery <mark.ellery@meridian.example>\n"
        "Sent: 16 November 2026 08:00\nSubject: RE: slot\n\nMonday works for me.\n"
    )
    got = interviewers(mail(note + quoted, frm=frm, subject="FW: Interview slot"))
    assert got == {"mark.ellery@meridian.example"}


def test_a_forwarder_who_only_passes_the_news_on_is_not_met() -> None:
    raw = _forward(
        "Sam!! Sanjay sent this to your old address by mistake. You'll smash it. I'll be on the "
        "4th floor all day.",
        "Anika Rao <anika.rao.92@gmail.example>",
        "Sanjay Kulkarni <sanjay.kulkarni@marlowe.example>",
        "Hi Sam,\n\nWe'd like you to come in for the final round and I've booked it in: "
        "Wednesday 2 December, 1pm to 4pm. You'll meet me and Helen Obi "
        "(helen.obi@marlowe.example) from Model Risk.\n\nSanjay",
    )
    got = interviewers(raw)
    assert got == {"sanjay.kulkarni@marlowe.example", "helen.obi@marlowe.example"}
