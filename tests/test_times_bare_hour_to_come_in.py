"""Interview start: a bare hour after the words that tell the candidate when to come ("come
at 3", "Come in for 10", "pop in at 11", "see you at 2", "komm um 3 vorbei", "kom om 3
langs") is that day's time, the day fixed in the sentence before ("yes lets do monday
23rd. come at 3 when lunch finishes"): how owners of cafés, shops and small firms book a
chat or a trial shift. Counter-cases: counts and lengths after the same words ("come in for
10 minutes", "come at 3 sites", "be here for 2 days").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates import find_interview_time
from classifymail import mail

SENT = datetime.fromisoformat("2026-11-11T21:47:00+00:00")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday's perfect. Come in for 10 and we'll do a trial shift.", "2026-11-14T10:00"),
        ("yes lets do monday 23rd. come at 3 when lunch finishes", "2026-11-23T15:00"),
        ("Friday works for us. Pop in at 11 and ask for Dave at the counter.", "2026-11-13T11:00"),
        ("Thursday it is then! See you at 2, we're at the back of the market.", "2026-11-12T14:00"),
        ("Tuesday is fine. Can you get here for 9? We open the kitchen then.", "2026-11-17T09:00"),
        ("Samstag passt. Komm einfach um 3 vorbei zum Probearbeiten.", "2026-11-14T15:00"),
        ("Zaterdag is goed. Kom om 10 langs voor een proefdag.", "2026-11-14T10:00"),
        ("Le samedi me va. Passe vers 10 pour une journée d'essai.", "2026-11-14T10:00"),
    ],
)
def test_a_bare_hour_to_come_in_is_the_days_time(text: str, expected: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is not None, text
    assert found.start.isoformat()[:16] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's perfect. Come in for 10 minutes before the shift and I'll show you round.",
        "On Friday our team will come at 3 sites across the county.",
        "Monday works. You would be here for 2 days of training after that.",
        "Thursday is the open day: start at 10 Market Street and follow the signs.",
        "Samstag passt. Komm mit 3 Freunden vorbei.",
    ],
)
def test_counts_and_lengths_after_those_words_are_no_time(text: str) -> None:
    assert find_interview_time(text, SENT) is None


def test_an_owners_short_reply_books_the_trial_shift_at_its_hour() -> None:
    raw = mail(
        "Hiya Sam\n\nSaturday's perfect. Come in for 10 and we'll do a trial shift till 2, "
        "you'll be on front of house with me and Aoife. Wear black!\n\nMarisa x\n",
        frm="Marisa Doyle <marisa@thebentfork.example>",
        subject="Re: Weekend front of house",
        date_="Wed, 11 Nov 2026 21:47:12 +0000",
    )
    result = classify(parse_message(raw), me=("sam@example.org",))
    assert result.kind == "interview_scheduled"
    assert result.interview is not None
    assert result.interview.start.isoformat()[:16] == "2026-11-14T10:00"
    assert {p.email for p in result.interview.interviewers} == {"marisa@thebentfork.example"}
