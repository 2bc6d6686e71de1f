"""A booked interview and the employer's decision date in one mail (third round): the
interview's start stays where it was, and the decision date follows the round's rules (a
count from the interview, a range of interview days beside the promise, a negated "nicht vor
dem", a half month in French); an invitation that asks the candidate to reply by Friday gives
none.
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from classifymail import ME, mail

WED = "Wed, 18 Nov 2026 09:00:00 +0000"
# None read wrongly now ("sched-range-decide" was employer_reply: the sentence around the
# time ran on into "All interviews take place 24-26 November").
OPEN: set[str] = set()

CASES = [
    ("sched-then-decide",
     "Hi Sam,\n\nYour interview is confirmed for Tuesday 24 November at 10:00 at our Leeds "
     "office. We'll make our decision within a week of the interview.",
     date(2026, 12, 1), "2026-11-24T10:00"),
    ("sched-range-decide",
     "Hi Sam,\n\nI'm pleased to confirm your interview on Thursday 26 November at 2pm. All "
     "interviews take place 24-26 November and we'll let everyone know by 4 December.",
     date(2026, 12, 4), "2026-11-26T14:00"),
    ("sched-not-before",
     "Hallo Sam,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Dienstag, 24.11.2026 um "
     "10:00 Uhr. Eine Entscheidung wird nicht vor dem 7. Dezember fallen.",
     None, "2026-11-24T10:00"),
    ("sched-fr-quinzaine",
     "Bonjour Sam,\n\nJe vous confirme votre entretien le mardi 24 novembre à 10h. Nous vous "
     "donnerons une réponse dans la première quinzaine de décembre.",
     date(2026, 12, 15), "2026-11-24T10:00"),
    ("request-reply-by",
     "Hi Sam,\n\nWe'd like to invite you to interview. Could you let me know by Friday which of "
     "these suits: Monday 23 November at 10am or Tuesday 24 November at 2pm?",
     None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "want", "start"),
    [
        pytest.param(
            body,
            want,
            start,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason="kind")] if name in OPEN else [],
        )
        for name, body, want, start in CASES
    ],
)
def test_booked_interview_and_decision_date(body: str, want: date | None, start: str) -> None:
    result = classify(parse_message(mail(body, date_=WED, subject="Interview")), me=(ME,))
    found = result.interview.start.isoformat()[:16] if result.interview else None
    assert (result.decision_by, found) == (want, start), result.kind
