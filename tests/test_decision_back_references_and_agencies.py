"""decision_by on wordings written for this round, each read wrongly before: "by then" after a
count from a dated event (an ATS's "within 14 days of the closing date of 25 November. If you
have not heard from us by then ..."), an agency's client left unnamed after "and" ("They
have two more interviews on Monday and will let me know by Wednesday"), a promise followed by
"straight after" ("he'll decide by tomorrow and I'll ring you straight after"), a table row
turned into text ("Shortlisting | 25 November"), and "by the start of December". Beside
each, the readings that must not move.

Sent on Wednesday 18 November 2026.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from afterview.understand.dates.decision import find_decision_by

WED = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "by then" is the count's own last day, counted from the event the mail dates
        ("We aim to contact successful candidates within 14 days of the closing date of 25 "
         "November 2026. If you have not heard from us by then, please assume you have been "
         "unsuccessful.", date(2026, 12, 9)),
        ("Wir melden uns innerhalb von zwei Wochen nach Bewerbungsschluss am 30.11. Sollten "
         "Sie bis dahin nichts von uns gehört haben, ist die Stelle anderweitig besetzt.",
         date(2026, 12, 14)),
        # the client, left unnamed after "and", answers the agent
        ("Feedback from the client: they liked you a lot. They have two more interviews on "
         "Monday and will let me know by Wednesday. I'll be in touch as soon as I hear.",
         date(2026, 11, 25)),
        ("The client is seeing two others this week but promised to come back to me by "
         "Monday.", date(2026, 11, 23)),
        # the decision's own day, though a call follows "straight after"
        ("Spoke to Mark at the site - he's going to decide by tomorrow lunchtime and I'll "
         "ring you straight after.", date(2026, 11, 19)),
        ("We'll make a decision by Friday and I'll call you after that.", date(2026, 11, 20)),
        # a table's rows, each read by its own label
        ("Here is the timeline:\n\nInterviews | 30 November\nShortlisting | 25 November",
         date(2026, 11, 25)),
        ("Here is the plan.\n\nInterviews | 30 November\nDecision | by 4 December",
         date(2026, 12, 4)),
        # "by the start of December" is a limit: its first day
        ("We hope to let everyone know by the start of December.", date(2026, 12, 1)),
    ],
)  # fmt: skip
def test_the_promise_s_day(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "by then" after a plain day is that day
        ("Interviews are on 3 December. If you have not heard from us by then, please assume "
         "you have not been shortlisted.", date(2026, 12, 3)),
        # a count from an event the mail does not date gives none, "by then" included
        ("We will let you know within 10 working days of your interview.", None),
        # "please let me know": the candidate's part, even beside a client's
        ("They have two more interviews on Monday. Please let me know by Wednesday if you "
         "are still interested.", None),
        # a span the answer follows is not the answer's day
        ("Interviews will take place on 9 December and we'll be in touch after that.", None),
        ("We're interviewing the week after next and will be in touch soon after.", None),
        # "early December", "at the start of December" stay a part of the month
        ("We'll circle back with next steps early December.", date(2026, 12, 10)),
        ("We'll be in touch at the start of December.", date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_readings_that_stay(text: str, day: date | None) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "kindly" as Indian and Asian English write it: a courtesy, not a request
        ("Kindly expect our feedback within 3 working days.", date(2026, 11, 23)),
        ("Kindly allow us 7 working days to revert.", date(2026, 11, 27)),
        # "you'll know"
        ("The panel sits on the 26th and you'll know the day after.", date(2026, 11, 27)),
        # offers out
        ("Our aim is to have offers out by 4 December.", date(2026, 12, 4)),
        # the time to allow, in French
        ("Comptez une quinzaine de jours avant d'avoir un retour.", date(2026, 12, 2)),
        ("Prévoyez une dizaine de jours pour notre retour.", date(2026, 11, 28)),
        # a ruling, a knot cut
        ("La resolución saldrá como muy tarde el 4 de diciembre.", date(2026, 12, 4)),
        ("De knoop wordt eind volgende week doorgehakt.", date(2026, 11, 27)),
    ],
)
def test_more_ways_to_promise(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    "text",
    [
        "Kindly confirm your availability by Friday.",
        "Kindly send the signed form by 25 November.",
        "You'll know the office by the big red door; see you on Friday.",
        "Offers of help are welcome by Friday.",
        "Prévoyez une dizaine de minutes pour le trajet, l'entretien est vendredi.",
    ],
)
def test_still_no_promise(text: str) -> None:
    assert find_decision_by(text, WED) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wir kommen bis Freitag auf Sie zu.", date(2026, 11, 20)),
        ("Je vous tiens informé d'ici la fin de semaine.", date(2026, 11, 20)),
        ("Je vous fais signe la semaine prochaine.", date(2026, 11, 27)),
        ("Vous serez fixé d'ici vendredi.", date(2026, 11, 20)),
        ("Te respondemos en el plazo de una semana.", date(2026, 11, 25)),
        ("We komen er uiterlijk vrijdag op terug.", date(2026, 11, 20)),
        ("Ik kom er begin volgende week bij je op terug.", date(2026, 11, 25)),
        ("Ik geef je maandag een seintje.", date(2026, 11, 23)),
    ],
)
def test_idioms_of_getting_back(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day


@pytest.mark.parametrize(
    "text",
    [
        # the candidate's own period, and a meeting's time
        ("El plazo para presentar la documentación termina el viernes, te confirmamos luego."),
        "Wir kommen am Freitag um 10 Uhr zu Ihnen ins Büro.",
        "Ik geef je dinsdag om 10 uur een belletje voor de voorbereiding.",
        "Je vous fais signe dès que possible.",
    ],
)
def test_idioms_that_promise_no_day(text: str) -> None:
    assert find_decision_by(text, WED) is None


def test_coming_back_to_this_matter_after_a_cancellation_is_no_decision_date() -> None:
    text = (
        "Door een ziekmelding moeten we ons gesprek van donderdag helaas annuleren. Ik kom hier "
        "volgende week bij je op terug met een paar nieuwe opties."
    )
    assert find_decision_by(text, WED) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("If we haven't been in touch by 4 December, unfortunately you haven't been "
         "successful this time.", date(2026, 12, 4)),
        ("If we have not contacted you by Friday, please assume the role has been filled.",
         date(2026, 11, 20)),
        ("Si no te hemos contactado antes del 4 de diciembre, entiende que no has sido "
         "seleccionado.", date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_unless_the_writer_has_been_in_touch(text: str, day: date) -> None:
    assert find_decision_by(text, WED) == day
