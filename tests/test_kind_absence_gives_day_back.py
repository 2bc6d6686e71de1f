"""Kind rules: absences said in other words give the day back: on site, a business trip,
offline, at a conference with patchy access, "til 11/16", "bis 23.11", a return date on a
wrapped line; a deadline in a ticket receipt is no return.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ROBIN as ME
from classifymail import robin_mail as mail

_OOO = "Auto-Submitted: auto-replied\r\n"
ABSENT = [
    # (text, sent, back on)
    (
        "Hello,\n\nI'm on site at the Teesside plant until Thursday 19 November with very "
        "little signal, so I won't see your mail before I'm back.\n\nOwen",
        "Mon, 16 Nov 2026 08:00:00 +0000",
        date(2026, 11, 20),
    ),
    (
        "Hi! offline til 11/25, visiting family. text me if it's urgent!!\n- Jo",
        "Mon, 16 Nov 2026 08:00:00 -0500",
        date(2026, 11, 26),
    ),
    (
        "Thanks for your email. I'm at RetailTech Summit until 20 November with patchy "
        "access to email and will reply when I'm back.\n\nPriya",
        "Tue, 17 Nov 2026 08:00:00 +0000",
        date(2026, 11, 21),
    ),
    (
        "Thank you for your message. I am away at a client workshop and will return\nto the "
        "office on Monday 23 November.\n\nKind regards,\nHelen",
        "Tue, 17 Nov 2026 08:00:00 +0000",
        date(2026, 11, 23),
    ),
    (
        "Guten Tag,\n\nich bin bis 24.11 auf Montage in Linz und nur eingeschränkt "
        "erreichbar.\n\nMit freundlichen Grüßen\nStefan Huber",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Bonjour,\n\nje suis en mission chez un client jusqu'au 24 novembre, avec un accès "
        "limité à mes courriels.\n\nCordialement,\nLéa",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Hola:\n\nEstoy de viaje de negocios hasta el 24 de noviembre, sin conexión "
        "la mayor parte del día.\n\nSaludos,\nPablo",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
    (
        "Hallo,\n\nik ben op zakenreis tot 24 november en beperkt bereikbaar.\n\nGroet,\nWouter",
        "Tue, 17 Nov 2026 08:00:00 +0100",
        date(2026, 11, 25),
    ),
]


@pytest.mark.parametrize(
    ("text", "sent", "back"),
    ABSENT,
    ids=["on-site", "offline-til", "summit", "wrapped", "montage", "mission", "viaje", "reis"],
)
def test_an_absence_in_other_words_gives_the_day_back(text: str, sent: str, back: date) -> None:
    raw = mail(
        text,
        subject="Automatic reply: Re: Warehouse Lead application",
        sender="Someone <someone@harbourline.example>",
        date=sent,
        headers=_OOO,
    )
    got = rules_only(parse_message(raw), me=(ME,))
    assert (got.kind, got.back_on) == ("auto_reply", back)


def test_a_deadline_in_a_ticket_receipt_is_no_return() -> None:
    raw = mail(
        "Thank you for contacting Harbourline People Services. Your request is logged and "
        "applications for the Warehouse Lead role stay open until 30 November.",
        subject="Automatic reply: Re: Warehouse Lead application",
        sender="People Services <people@harbourline.example>",
        headers=_OOO,
    )
    assert rules_only(parse_message(raw), me=(ME,)).back_on is None
