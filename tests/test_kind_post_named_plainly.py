"""Mail about a post that names it plainly, with no "role" or "position" beside it.

A job board writes "your application for Dental Nurse" and a hiring system relays "Naledi
sent you a message about Product Designer": a careful reader sees a job in both. The rules
must too, because in a clinic's or a bank's mail their health-care and banking words would
otherwise read as the reader's own appointment or card, and a hiring system's relayed
question ("what is your notice period?") has no job word of its own. The hard negatives
beside them keep the same words without a post applied for. (Titles are read in English
only so far: "tu solicitud para Auxiliar de Enfermería", with no "puesto", is not yet.)
"""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, date_="Mon, 16 Nov 2026 10:00:00 +0000")
BOARD = "Jobnest <no-reply@jobnest.example>"


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            BOARD,
            "Hi Sam,\n\nBrightsmile Dental has reviewed your application for Dental Nurse and "
            "has decided not to progress it at this stage.\n\nJobnest\n",
            "rejection",
        ),
        (
            "Careers at Kestrel Physio <jobs@kestrelphysio.example>",
            "Dear Sam,\n\nThank you for your application for Senior Physiotherapist. After "
            "careful review we have decided not to progress your application further. Our "
            "patients and clinic team wish you well.\n\nKestrel Physio\n",
            "rejection",
        ),
        (
            BOARD,
            "Hola Sam,\n\nClínica Dental Sonrisa ha revisado tu solicitud para el puesto de "
            "Auxiliar de Enfermería y ha decidido no continuar con tu candidatura.\n\nJobnest\n",
            "rejection",
        ),
    ],
)
def test_a_post_applied_for_makes_a_clinics_words_its_workplace(
    frm: str, body: str, want: str
) -> None:
    assert rules_kind(mail(body, frm=frm, subject="An update on your application")) == want


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYour check-up with our dental hygienist is booked for Tuesday 24 "
        "November at 2:40 PM. Please confirm or call us to rebook.\n\nBrightsmile Dental\n",
        "Dear Sam,\n\nThank you for applying for the Skylark Rewards Credit Card. We will "
        "review your application and write to you within 5 days.\n\nSkylark Bank\n",
    ],
)
def test_the_same_words_without_a_post_stay_unrelated(body: str) -> None:
    assert rules_kind(mail(body, frm="Brightsmile <hello@brightsmile.example>")) == "unrelated"


@pytest.mark.parametrize(
    ("frm", "subject", "body"),
    [
        (
            "Naledi Khumalo via Mosaic Pay <no-reply@teamtailor.com>",
            "New message",
            "Naledi Khumalo sent you a message about Product Designer\n\n"
            '"Hi Sam, what is your notice period?"\n\nReply to Naledi: https://x.example/m/1\n',
        ),
        (
            "Tomás Ferrer via Rutas Norte <notifications@greenhouse.io>",
            "Tomás Ferrer sent you a message",
            "Message about: Logistics Coordinator\n\n"
            '"Could you send me your availability for next week?"\n',
        ),
        (
            "Greet Janssens via Polderbank <no-reply@teamtailor.com>",
            "Nieuw bericht over Data Analist",
            "Greet Janssens heeft je een bericht gestuurd\n\n"
            '"Hoi Sam, kun je je salarisverwachting delen?"\n',
        ),
    ],
)
def test_a_hiring_systems_relay_about_a_post_is_the_employers_word(
    frm: str, subject: str, body: str
) -> None:
    assert rules_kind(mail(body, frm=frm, subject=subject)) != "unrelated"


def test_a_relay_about_no_post_stays_unrelated() -> None:
    raw = mail(
        'Anna sent you a message\n\n"See you at the party on Saturday!"\n',
        frm="Anna via Partyful <no-reply@calendly.com>",
        subject="New message",
    )
    assert rules_kind(raw) == "unrelated"
