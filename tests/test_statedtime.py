"""statedtime: a time stated as the fixed plan for a meeting with the candidate.

A day of exercises (an assessment centre, a trial day, a Probetag) is a meeting with the
candidate as much as an interview is; wording of this file's own, in five languages.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from afterview.understand.dates import find_interview_time
from afterview.understand.kinds.statedtime import stated_as_fixed

SENT = datetime(2026, 11, 19, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def fixed(text: str) -> bool:
    found = find_interview_time(text, SENT)
    assert found is not None, text
    return stated_as_fixed(found, text, subject_meeting=False)


@pytest.mark.parametrize(
    "text",
    [
        "Good news: we have booked the assessment centre for Wednesday 2 December at 9:30am. "
        "Please bring photo ID.",
        "Our assessment day is on Wednesday 2 December at 09:30 at the Leeds depot, see you there.",
        "Ihr Probetag bei uns ist am Mittwoch, 2. Dezember, um 8:00 Uhr in der Filiale Mitte.",
        "Votre journée d'essai aura lieu le mercredi 2 décembre à 9h00 à l'atelier.",
        "La jornada de evaluación será el miércoles 2 de diciembre a las 9:30 en la sede.",
        "De assessmentdag is op woensdag 2 december om 9.30 uur op ons hoofdkantoor.",
    ],
)
def test_a_day_of_exercises_is_a_meeting(text: str) -> None:
    assert fixed(text)


@pytest.mark.parametrize(
    "text",
    [
        # an assessment offered as one of two days is not fixed
        "The assessment centre runs on Wednesday 2 December at 9:30am or Thursday 3 December "
        "at 9:30am - which suits you?",
        # a deadline of a test is no meeting with anyone
        "Please complete the online assessment by Wednesday 2 December at 5pm.",
    ],
)
def test_an_offered_or_unattended_assessment_is_not_fixed(text: str) -> None:
    found = find_interview_time(text, SENT)
    assert found is None or not stated_as_fixed(found, text, subject_meeting=False)
