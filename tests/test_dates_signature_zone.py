"""A booked interview's bare time under a server's UTC Date header is in the zone of the
writer's phone code, which often stands only in the signature. Mail written for these tests;
Europe keeps winter time (+01:00) and Singapore +08:00 in late November 2026."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        (
            "Hi Sam,\n\nThis is to confirm your interview on Thursday 19 November at 14:00 at "
            "our office; ask for me at the reception.\n\nBest regards,\nAnna Berg\n\n"
            "Anna Berg | HR Business Partner\nAcme GmbH | Leopoldstr. 12\nTel. +49 89 555 0101\n",
            1,
        ),
        (
            "Bonjour Sam,\n\nJe vous confirme notre entretien le mardi 24 novembre à 9h30 dans "
            "nos locaux.\n\nBien à vous,\nClaire Dubois\n\n--\nClaire Dubois\nRessources "
            "humaines\nTél. +41 22 555 12 12\n",
            1,
        ),
        (
            "Hi Sam,\n\nYou're confirmed for the panel interview on Wednesday 25 November at "
            "3:00 pm, level 12 reception.\n\nThanks,\nWei Ling\n\n--\nTan Wei Ling | Talent "
            "Acquisition\nMobile: +65 9123 4567\n",
            8,
        ),
    ],
)
def test_signature_phone_code_sets_the_zone_of_a_booked_time(body: str, offset: int) -> None:
    raw = mail(body, subject="Interview confirmed", date_="Mon, 16 Nov 2026 09:12:00 +0000")
    result = classify(parse_message(raw), me=(ME,))
    assert result.interview is not None, result.reasons
    assert result.interview.start.utcoffset() == timedelta(hours=offset)


def test_a_stated_offset_of_the_date_header_is_kept() -> None:
    # a Date header with the writer's own offset already says the zone: no signature needed
    body = (
        "Hi Sam,\n\nConfirming your interview on Thursday 19 November at 14:00.\n\nBest,\n"
        "Dana Cole\n\n--\nDana Cole | Recruiter\nT +65 9123 4567\n"
    )
    raw = mail(body, subject="Interview confirmed", date_="Mon, 16 Nov 2026 09:12:00 -0500")
    result = classify(parse_message(raw), me=(ME,))
    assert result.interview is not None
    assert result.interview.start.utcoffset() == timedelta(hours=-5)
