"""Interviewers: a writer who says a colleague "will also be on the call", who "moved us to
Friday" or says "we'll talk about ...", and one who offers a day ("I can do her Monday at
4"), attends; one who arranges for others is not put in by those words.
"""

from __future__ import annotations

from functools import partial

import pytest

import classifymail
from afterview.understand.people.attendance import writer_attends

mail = partial(classifymail.mail, message_id="<w5@acme.example>")


@pytest.mark.parametrize(
    "text",
    [
        "So we confirm Tuesday at 2pm. My colleague Dr. Sam Pike will also be on the call.",
        "Confirmado el martes a las 14. Mi compañera Ana estará también en la llamada.",
        "C'est noté pour mardi 14h. Mon collègue Hugo sera aussi de l'appel.",
        "Dienstag 14 Uhr passt. Mein Kollege Herr Lenz ist auch im Gespräch.",
        "Dinsdag 14 uur is genoteerd. Mijn collega Joost zit ook in het gesprek.",
        "Thursday got eaten by a review, so I've moved us to Friday afternoon.",
        "Then we'll talk about our workflow engine and the HPC side.",
        "Danach sprechen wir über Ihre Projekte.",
        "Ensuite on parlera de tes projets actuels.",
        "Después hablaremos de tu experiencia.",
        "Daarna praten we over je projecten.",
    ],
)
def test_a_writer_who_fixes_their_own_meeting_says_they_attend(text):
    assert writer_attends(text, arranges=False)


@pytest.mark.parametrize(
    "text",
    [
        "My colleague Dr. Sam Pike will also be on the call.",
        "Then we'll talk about next steps after your interview with Tom.",
    ],
)
def test_one_who_arranges_for_others_is_not_put_in_by_those_words(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "Lauren, I can do the line cook candidate Monday 11/16 at 4pm, before the rush.",
        "I can see her Tuesday after lunch, send her over.",
        "Ich kann Sie am Montag um 16 Uhr empfangen.",
        "Je peux la recevoir mardi à 16h.",
        "Puedo verla el lunes a las 4.",
        "Ik kan haar maandag om 4 uur zien.",
    ],
)
def test_a_writer_who_offers_a_day_attends(text):
    assert writer_attends(text, arranges=True)


def test_i_can_do_without_a_day_says_nothing():
    assert not writer_attends("I can do the paperwork for you.", arranges=True)


def test_a_forwarded_manager_who_offers_the_day_is_the_interviewer():
    body = (
        "Hi Sam -\n\nForwarding Priya's note so you have the details. Good luck!\n\nTom\n"
        "Tom Akers | Recruiter | Fernhill Garden Centres\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Lal <priya.lal@fernhill.example>\n"
        "Date: Wed, Nov 11, 2026 at 10:47 PM\nSubject: Re: seasonal candidate\n"
        "To: Tom Akers <tom.akers@fernhill.example>\n\n\n"
        "Tom, I can do the seasonal candidate Thursday 11/19 at 10am at the Eastfield store. "
        "Have him ask for me at the tills. Should take 30 min.\n\nP\n"
    )
    raw = mail(
        body,
        subject="Fwd: seasonal candidate",
        frm="Tom Akers <tom.akers@fernhill.example>",
        date_="Thu, 12 Nov 2026 11:03:55 -0600",
    )
    assert classifymail.interviewers_met(raw) == {"priya.lal@fernhill.example"}
