"""A small firm's founder writes like a friend; from the firm's domain, in a thread about the
job, that is still the employer answering."""

from __future__ import annotations

from functools import partial

import pytest

from classifymail import ME, kind, mail

_QUOTE = "\n\n> On 17 Nov 2026, at 22:10, {who} wrote:\n>\n> {quoted}\n"
reply = partial(mail, date_="Wed, 18 Nov 2026 19:02:00 +0000", message_id="<c@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "quoted"),
    [
        (
            "Ines Moreau <ines@paperfold.example>",
            "Re: Junior Brand Designer",
            "Great!! Thursday the 3rd at 11 then, at our workshop. Ring the bell 🙂",
            "Thank you, I'd love to visit about the junior brand designer role. "
            "Thursday 3 December late morning would suit me.",
        ),
        (
            "Dev Okafor <dev@loopkitchen.example>",
            "Re: Sous chef",
            "amazing!! tues at 4 works, come by the kitchen 😄 bring ur knives lol",
            "Hi Dev, thanks for getting back to me about the sous chef position. "
            "I could do Tuesday at 4pm or Wednesday morning.",
        ),
    ],
)
def test_a_casual_hirer_in_a_job_thread_is_not_a_friend(frm, subject, body, quoted) -> None:
    raw = reply(body + _QUOTE.format(who=f"Sam <{ME}>", quoted=quoted), frm=frm, subject=subject)
    assert kind(raw) != "unrelated"


@pytest.mark.parametrize(
    ("frm", "subject", "body", "quoted"),
    [
        (  # a friend at work, in a thread about drinks
            "Mia Lund <mia@northwind.example>",
            "Re: drinks friday?",
            "yes!! fri at 7 then, the usual place 😂",
            "Shall we get drinks on Friday? I could do 7pm.",
        ),
        (  # a friend at free mail who asks about the interview
            "Jo Park <jo.park@gmail.com>",
            "Re: Junior Brand Designer",
            "omg good luck!! fri at noon is so soon 😂 tell me everything after",
            "I have an interview for the junior brand designer role on Friday at noon!",
        ),
    ],
)
def test_a_casual_friend_stays_unrelated(frm, subject, body, quoted) -> None:
    raw = reply(body + _QUOTE.format(who=f"Sam <{ME}>", quoted=quoted), frm=frm, subject=subject)
    assert kind(raw) == "unrelated"


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Hi Sam! Sorry for the slow reply, fundraising week. Loved your portfolio. Could "
            "you send me two or three slots next week for a call? Afternoons are best for me.",
            "Hi Lena, I'm writing about the Product Designer role you posted. My portfolio is "
            "attached.",
        ),
        (
            "hey Sam, thanks for applying!! could you send me a few times that work for a "
            "video call this week?",
            "Dear Lena, please find attached my application for the Product Designer position.",
        ),
    ],
)
def test_a_founder_on_free_mail_asking_for_slots_is_no_friend(body: str, quoted: str) -> None:
    raw = reply(
        body + _QUOTE.format(who=f"Sam <{ME}>", quoted=quoted),
        frm="Lena Vogt <lena.vogt.studio@gmail.com>",
        subject="Re: Product Designer - Vogt Studio",
    )
    assert kind(raw) == "interview_request"


def test_a_friend_on_free_mail_asking_about_times_stays_unrelated() -> None:
    raw = reply(
        "so exciting!! when is it? send me the times and I'll keep my fingers crossed 😂"
        + _QUOTE.format(
            who=f"Sam <{ME}>", quoted="I got an interview for the Product Designer role!"
        ),
        frm="Jo Park <jo.park@gmail.com>",
        subject="Re: Product Designer news",
    )
    assert kind(raw) == "unrelated"
