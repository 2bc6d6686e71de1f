"""Rejections said as the hiring going on with someone else, in the words people use when they
avoid the stock phrases: the process named at length before "mit einer Kandidatin
fortzusetzen", others chosen without an article ("für Kandidatinnen und Kandidaten
entschieden, deren ..."), "ended up going with an internal candidate"."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import mail as _mail
from classifymail import rules_kind

mail = partial(_mail, subject="Ihre Bewerbung", frm="Personal <jobs@nordlicht-bau.example>")


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag Sam,\n\nwir haben uns entschieden, das Bewerbungsverfahren für die Stelle "
        "Bauleiter Hochbau (w/m/d) mit einem Kandidaten fortzusetzen, dessen Erfahrung im "
        "Brückenbau noch besser passt.\n\nFreundliche Grüße\nPersonal",
        "Hallo Sam,\n\nnach reiflicher Überlegung haben wir uns letztlich für Bewerberinnen "
        "und Bewerber entschieden, deren Profil näher an unseren Anforderungen liegt.\n\n"
        "Viele Grüße\nLena",
        "Hi Sam,\n\nThanks again for your time with the team. We've ended up going with "
        "someone who already knows our stack, so I'm sorry this isn't better news.\n\nRob",
        "Sam, sorry to do this by email - we're going with another welder who already has "
        "his ticket, so we won't need you on the 30th after all.",
        "Hey Sam - honest update: we end up going with an internal candidate for the lead "
        "role, they've been covering it since spring. Would love to stay in touch.",
    ],
)
def test_the_hiring_going_on_with_others_is_a_rejection(body: str) -> None:
    assert rules_kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # the day's plan, not the hiring: a time, and what stays the same for the reader
        "Hallo Sam,\n\nwir werden das Auswahlverfahren am Freitag um 10 Uhr mit einer "
        "Kandidatin fortsetzen, die nur dann Zeit hat - für Sie ändert sich nichts.\n\n"
        "Grüße\nLena",
        # a choice still to be made
        "Hallo Sam,\n\nsobald wir uns für Kandidatinnen und Kandidaten entschieden haben, "
        "melden wir uns bei Ihnen.\n\nViele Grüße\nLena",
        # someone else's process going on, said of a colleague's hire
        "Hi Sam,\n\nWe ended up going with a different venue for Thursday's interview: "
        "Room 4B on the second floor.\n\nRob",
    ],
)
def test_a_plan_or_a_choice_to_come_is_no_rejection(body: str) -> None:
    assert rules_kind(mail(body)) != "rejection"
