"""classify(): an agency recruiter's closing lines say the mail is about a job.

Written for the rules, not taken from any dev set.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import kind

mail = partial(classifymail.mail, message_id="<r3@acme.example>")


@pytest.mark.parametrize(
    "closing",
    [
        "Tom Reilly\nSenior Consultant - Finance\nHarbourline Partners | 0161 555 0142\n"
        "Harbourline Partners Ltd acts as an employment agency.",
        "Tom Reilly\nPrincipal Recruitment Consultant\nHarbourline",
        "Tom Reilly\nPersonalberater | Harbourline GmbH",
    ],
)
def test_an_agency_recruiters_note_is_about_a_job(closing: str) -> None:
    # no word of interviews or jobs in the text: only the closing lines say who writes
    body = (
        "Hi Sam,\n\nGood news - Lumen Foods have come back to me and Thursday works for them, "
        "so that's now confirmed: Thursday 12th at 10:30 at their Leeds office. You'll be "
        "meeting Priya Nair, their Head of Finance.\n\nGive me a ring after.\n\n"
        f"Cheers,\n{closing}"
    )
    raw = mail(body, subject="Lumen Foods", frm="Tom Reilly <tom@harbourline.example>")
    assert kind(raw) != "unrelated"
