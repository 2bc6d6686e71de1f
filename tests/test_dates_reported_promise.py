"""decision_by: an agency reports its client's promise to come back ("they've promised to come
back to me within two weeks"): the client owes the answer, so it is a decision date, not a
deadline set for the candidate ("could you come back to me by Friday?")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

MONDAY = datetime(2026, 11, 9, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Their panel is still being set, but they've promised to come back to me within "
         "two weeks.", date(2026, 11, 23)),
        ("I chased the client today; the hiring manager will get back to me by Friday.",
         date(2026, 11, 13)),
        ("J'ai relancé le client : ils reviendront vers moi d'ici vendredi.", date(2026, 11, 13)),
        ("Die Kanzlei hat zugesagt, dass sie sich bis Freitag bei mir melden.",
         date(2026, 11, 13)),
        ("El cliente me dirá algo el viernes 13.", date(2026, 11, 13)),
    ],
)  # fmt: skip
def test_a_clients_promise_reported_by_an_agency_is_a_decision_date(text: str, day: date) -> None:
    assert find_decision_by(text, MONDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        "Could you come back to me by Friday with your availability?",
        "Sie melden sich bitte bis Freitag bei mir.",
        "Pourriez-vous revenir vers moi d'ici vendredi ?",
    ],
)
def test_a_deadline_for_the_candidate_stays_no_decision_date(text: str) -> None:
    assert find_decision_by(text, MONDAY) is None


# A promise kept only if the candidate is chosen still names the employer's last day: silence
# after it is the answer, as after "if you have not heard from us by Friday" (dev labels give
# "if your experience matches, a recruiter will contact you within two weeks" its day).
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Should your background be a strong match, we will be in touch by Friday.",
         date(2026, 11, 13)),
        ("Wenn Sie in der engeren Auswahl sind, melden wir uns bis Freitag.", date(2026, 11, 13)),
        ("Si votre candidature est retenue, nous vous contacterons d'ici vendredi.",
         date(2026, 11, 13)),
        ("Si encajas, te contactaremos antes del viernes.", date(2026, 11, 12)),
        ("Als je geselecteerd bent, nemen we voor vrijdag contact op.", date(2026, 11, 12)),
    ],
)  # fmt: skip
def test_a_promise_kept_only_if_chosen_still_gives_its_day(text: str, day: date) -> None:
    assert find_decision_by(text, MONDAY) == day
