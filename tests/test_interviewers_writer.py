"""Whether the writer of a scheduling mail is among those met.

- "moving us from Friday to Monday", "I've pushed us back to 3", "bumping us to Thursday":
  the writer moves a meeting they are in;
- "Ravi will hop on for the 2nd half": someone joins for part of the writer's meeting;
- a sender that says it is a program ("It's Ava, the virtual recruiting assistant", "je suis
  votre assistante virtuelle", 🤖) meets no one, however personal its address looks; a job
  called "Virtual Assistant" says nothing of the writer.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.attendance import writer_attends
from classifymail import chosen_interviewers

ME = "cand@example.org"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kenji - moving us from Friday to Monday since Colin is travelling.",
        "Quick one: I've pushed us back to 3pm, Colin's flight lands late.",
        "Bumping us to Thursday 10am if that's ok - Colin has a clash.",
        "Rescheduling us for next Tuesday at 9, same link. Colin will be there too.",
    ],
)
def test_the_writer_who_moves_us_attends(text):
    assert writer_attends(text, arranges=False)


def test_an_organizer_moving_us_stays_beside_the_colleague_named():
    aisha = Person(name="Aisha Mensah", email="aisha@firm.example")
    colin = Person(name="Colin Park", email="colin@firm.example")
    text = "Hi Kenji - moving us from Friday to Monday since Colin is travelling.\n\nAisha"
    got = chosen_interviewers(text, aisha, organizer=aisha, attendees=[colin])
    assert got == {aisha.email, colin.email}


@pytest.mark.parametrize(
    "text",
    [
        "thurs 2pm works! Ravi will hop on for the 2nd half for the data part.",
        "Mon at 11 then. Priya is going to join for the 1st half, then it's just us.",
        "Great - Friday it is. Sam will dial in for the latter part.",
    ],
)
def test_one_who_joins_for_part_of_it_leaves_the_writer_the_rest(text):
    assert writer_attends(text, arranges=False)


@pytest.mark.parametrize(
    "text",
    [
        "It's Ava, Mercy Pines' virtual recruiting assistant. You're booked with Tasha on Mon.",
        "Bonjour, je suis Léa, votre assistante virtuelle. Votre entretien est confirmé mardi.",
        "Hola, soy Max, tu asistente virtual de selección. Tu entrevista es el lunes a las 10.",
        "Hallo, hier ist Kim, Ihr digitaler Bewerbungsassistent. Ihr Termin: Montag 10 Uhr.",
        "Hi! Your interview is set for Monday 10am. Talk soon! Ava 🤖",
    ],
)
def test_a_sender_that_says_it_is_a_program_meets_no_one(text):
    bot = Person(name="Ava at Careers", email="ava@firm.candidate-assistant.example")
    assert bot.email not in chosen_interviewers(text, bot)


def test_a_job_called_virtual_assistant_leaves_the_writer_in():
    owner = Person(name="Nora Blake", email="nora@smallfirm.example")
    text = "Your interview for the Virtual Assistant position: Monday at 10, at my office."
    assert owner.email in chosen_interviewers(text, owner)
