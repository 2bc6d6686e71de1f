"""classify(): a booking robot's Reply-To host is met; one given only as the contact is not."""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<iv3@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


def _booking(body: str, reply_to: str) -> bytes:
    return mail(
        body,
        frm="Bookly <notifications@bookly.example>",
        headers=f"Reply-To: {reply_to}\r\n",
        subject="New event: Phone screen",
    )


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Phone Screen"
            "\n\nHost:\nDevon Park\n\nEvent Date/Time:\n12:00pm - 12:30pm (Central Time), "
            "Friday, November 20, 2026\n\nQuestions about this event? Contact Devon at "
            "devon.park@fernhill.example\n",
            "Devon Park <devon.park@fernhill.example>",
        ),
        (
            "Hallo Sam,\n\nIhr Termin ist gebucht: Gespräch mit Ulrike Haas.\n\nWann: Freitag, "
            "20. November 2026, 12:00 - 12:30 Uhr\nWo: Telefon\n",
            "Ulrike Haas <ulrike.haas@nordlicht.example>",
        ),
        (
            "Bonjour Sam,\n\nVous avez rendez-vous avec Martin Lefebvre (hôte).\n\nQuand : "
            "vendredi 20 novembre 2026, 12 h 00 - 12 h 30\nOù : appel téléphonique\n",
            "martin@lefebvre-conseil.example",
        ),
    ],
)
def test_a_booking_robots_reply_to_host_is_met(body: str, host: str) -> None:
    address = host.split("<")[-1].rstrip(">")
    name = "" if "<" in host else "Martin Lefebvre "
    raw = _booking(body, f"{name}<{address}>" if name else host)
    assert interviewers(raw) == {address}


def test_a_booking_robots_reply_to_only_given_as_contact_is_not_met() -> None:
    body = (
        "Hi Sam,\n\nYour phone screen is booked for Friday, November 20, 2026 at 12:00pm "
        "Central Time.\n\nQuestions? Contact Jane Roe at jane.roe@fernhill.example\n"
    )
    raw = _booking(body, "Jane Roe <jane.roe@fernhill.example>")
    assert "jane.roe@fernhill.example" not in interviewers(raw)
