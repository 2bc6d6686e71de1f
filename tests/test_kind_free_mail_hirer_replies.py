"""Kind rules: a small employer answering from free mail in the thread about the job, in the
words people type on a phone: "sorry we ended up hiring someone already" turns the reader
down, "Sounds good, Thursday at 3 then" settles the meeting. The same words about a chore or
put as a question do not."""

from __future__ import annotations

import pytest

from classifymail import ME, kind, mail

_ASKED = (
    "\n\nOn Wed, Nov 4, 2026 at 5:02 PM Sam <" + ME + "> wrote:\n"
    "> Hi, I dropped off my resume for the line cook job on Monday. Just checking in!\n"
)


def _reply(new: str, *, frm: str = "Rosa Delgado <rosa.delgado77@gmail.example>") -> bytes:
    return mail(
        new + _ASKED,
        subject="Re: Line cook",
        frm=frm,
        date_="Thu, 05 Nov 2026 09:00:00 -0600",
        headers="In-Reply-To: <ask@example.org>\r\n",
    )


@pytest.mark.parametrize(
    "new",
    [
        "Hi Sam, sorry we ended up hiring someone already. Thanks for coming in though!",
        "Hey Sam - we ended up picking somebody with more line experience. Good luck!",
    ],
)
def test_ended_up_hiring_someone_is_a_rejection(new: str) -> None:
    assert kind(_reply(new)) == "rejection"


def test_ended_up_hiring_someone_for_a_chore_is_no_rejection() -> None:
    raw = mail(
        "Hi Sam,\n\nNo need to come round on Saturday, we ended up hiring someone to paint "
        "the fence. Thanks for offering!\n\nRosa",
        subject="Re: the fence",
        frm="Rosa Delgado <rosa.delgado77@gmail.example>",
    )
    assert kind(raw) != "rejection"


@pytest.mark.parametrize(
    "new",
    [
        "Sounds good, Thursday at 3 then. Ask for Chef Marco when you get here.",
        "Perfect, Thursday at 3pm then. Ask for Chef Marco when you get here.",
    ],
)
def test_a_day_and_hour_then_settles_the_meeting(new: str) -> None:
    assert kind(_reply(new)) == "interview_scheduled"


def test_a_day_and_hour_then_asked_settles_nothing() -> None:
    assert kind(_reply("Thursday at 3 then? Or is Friday better for you?")) != (
        "interview_scheduled"
    )


@pytest.mark.parametrize(
    "new",
    [
        "Can you come in Thursday at 3 to meet Chef?",
        "Could you pop by the restaurant on Monday afternoon? Ask for Marco.",
    ],
)
def test_asked_to_come_in_is_a_request(new: str) -> None:
    assert kind(_reply(new)) == "interview_request"


def test_a_friend_asking_you_over_is_no_request() -> None:
    raw = mail(
        "Hey Sam!\n\nCan you come over Saturday at 7? We're doing a barbecue, bring Alex.\n\nRosa",
        subject="Saturday",
        frm="Rosa Delgado <rosa.delgado77@gmail.example>",
    )
    assert kind(raw) == "unrelated"
