"""classify(): a time the thread proposed, said to work in a reply about meeting, is booked; a
time asked whether it works is not.

Worded for the rule, not taken from any dev set, in several registers and languages.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from classifymail import ME, kind

mail = partial(
    classifymail.mail,
    subject="Your application",
    date_="Tue, 17 Nov 2026 10:00:00 +0000",
    message_id="<ks2@acme.example>",
)


def _reply(top: str, quoted: str, subject: str) -> bytes:
    body = f"{top}\n\nOn Mon, 16 Nov 2026 at 18:00, Sam <{ME}> wrote:\n\n" + "\n".join(
        f"> {line}" for line in quoted.splitlines()
    )
    return mail(body, subject=subject)


@pytest.mark.parametrize(
    ("top", "quoted", "subject"),
    [
        (
            "Tuesday at 2pm works. Come to the back door on Mill Lane and ask for me.\n\nJane",
            "Hi Jane,\nThanks for thinking of me for the sous chef position - happy to come in and "
            "meet. I could do Tuesday at 2pm or Wednesday morning.\nSam",
            "Re: Sous chef job",
        ),
        (
            "Dienstag um 14 Uhr passt. Bitte melden Sie sich am Empfang.\n\nJane Doe",
            "Hallo Frau Doe,\ndanke für Ihre Nachricht zur Stelle als Elektroniker. Gerne können "
            "wir uns treffen: Dienstag um 14 Uhr oder Mittwoch vormittags.\nSam",
            "Re: Stelle Elektroniker",
        ),
    ],
)
def test_a_proposed_time_said_to_work_is_booked(top: str, quoted: str, subject: str) -> None:
    assert kind(_reply(top, quoted, subject)) == "interview_scheduled"


def test_a_time_asked_whether_it_works_is_no_booking() -> None:
    raw = _reply(
        "Does Tuesday at 2pm work? Come to the back door if so.\n\nJane",
        "Hi Jane,\nThanks for thinking of me for the sous chef position - happy to come in and "
        "meet.\nSam",
        "Re: Sous chef job",
    )
    assert kind(raw) != "interview_scheduled"
