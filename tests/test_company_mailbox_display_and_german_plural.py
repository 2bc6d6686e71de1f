"""classify(): a robot mailbox's name is no employer, and German plural names keep their
own form after "bei den" / "an den".

- An ATS sending as "noreply", "No-Reply", "Notifications" or "do-not-reply" shows its
  mailbox's word, not a firm: the subject's "Data Analyst at Quarrystone Labs" names it.
- "Ihre Bewerbung bei den Stadtwerken Fallingen" is a mail from Stadtwerke Fallingen (the
  dative plural bends the name); "an den Kliniken Oberau", "an der Universität Seeland"
  name the body applied to, where the domain's initials spell nothing.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<mdg@x.example>")

_INVITE = (
    "Hi Sam,\n\nWe'd like to invite you to an interview on Thursday 19 November at 2pm.\n\n"
    "Best,\nThe hiring team\n"
)


@pytest.mark.parametrize(
    "frm",
    [
        "noreply <noreply@ats.example>",
        "No-Reply <no-reply@hire.example>",
        "Notifications <notifications@ats.example>",
    ],
)
def test_a_robot_mailbox_display_is_no_employer(frm: str) -> None:
    subject = "Interview invitation – Data Analyst at Quarrystone Labs"
    assert company(mail(_INVITE, frm=frm, subject=subject)) == "Quarrystone Labs"


_NO_DE = "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
_NO_DE += "entschieden haben.\n\nMit freundlichen Grüßen\nIhr Personalteam\n"


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        ("vielen Dank für Ihre Bewerbung bei den Stadtwerken Fallingen.", "Stadtwerke Fallingen"),
        (
            "danke für Ihre Bewerbung bei den Verkehrsbetrieben Nordheide.",
            "Verkehrsbetriebe Nordheide",
        ),
        (
            "wir freuen uns über Ihr Interesse an einer Tätigkeit an den Kliniken Oberau.",
            "Kliniken Oberau",
        ),
        ("vielen Dank für Ihre Bewerbung an der Universität Seeland.", "Universität Seeland"),
    ],
)
def test_german_plural_and_an_der_names(opening: str, want: str) -> None:
    body = f"Sehr geehrte Frau Sam,\n\n{opening} {_NO_DE}"
    assert (
        company(mail(body, frm="Karriere <karriere@swf.example>", subject="Ihre Bewerbung")) == want
    )
