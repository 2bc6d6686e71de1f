"""Kind rules: a thread about a job gives its mail a job's context: a hirer on free mail settles
the time in their own thread, a call-off in a thread named after a job is a cancellation;
a friend meeting up, a friend's new job and a relative's own round stay unrelated.
"""

from __future__ import annotations

import pytest

from classifymail import noor_kind as kind_of
from classifymail import noor_mail as mail


def thread(new: str, quoted: str, *, subject: str, sender: str) -> bytes:
    return mail(
        f"{new}\n\n> {quoted.replace(chr(10), chr(10) + '> ')}",
        subject=subject,
        sender=sender,
        headers="In-Reply-To: <hirer-r7@example.org>\r\n",
    )


HIRER_ON_FREE_MAIL = [
    thread(
        "Grand, see you tomorrow at 8 then. Park round the back by the roller door.\n\nMick",
        "On 17 Nov 2026, Noor Haddad wrote:\nTomorrow morning is good for me, thanks Mick.\n\n"
        "On 17 Nov 2026, Mick Doran wrote:\nHi Noor, thanks for sending your CV in for the "
        "mechanic job. We're a small garage, could you come by tomorrow so we can have a "
        "chat?\nMick, Doran Motors",
        subject="Re: Re: hello",
        sender="Mick Doran <mickdoran64@gmail.com>",
    ),
    thread(
        "Perfecto. Entonces el jueves a las 10 en el bar, entra por la puerta de la terraza.\n\n"
        "Un saludo,\nPaco",
        "El 17 nov 2026, Noor Haddad escribió:\nEl jueves por la mañana me va bien.\n\n"
        "El 16 nov 2026, Paco Lledó escribió:\nHola Noor, hemos recibido tu currículum para "
        "el puesto de camarera. ¿Podrías pasar por el bar esta semana para conocernos?\n"
        "Paco, Bar Lledó",
        subject="RE: camarera",
        sender="Paco Lledó <pacolledo@hotmail.com>",
    ),
    thread(
        "Top. Dan donderdag om 14.30 uur bij ons in de zaak, de bel zit naast de etalage.\n\n"
        "Groet,\nHenk",
        "Op 17 nov 2026 schreef Noor Haddad:\nDonderdagmiddag kan ik goed.\n\n"
        "Op 16 nov 2026 schreef Henk Bos:\nHoi Noor, bedankt voor je sollicitatie als "
        "verkoopmedewerker in onze winkel. Heb je deze week tijd om langs te komen?\n"
        "Henk, Bos Fietsen",
        subject="Re: vacature",
        sender="Henk Bos <henkbos@ziggo.nl>",
    ),
]


@pytest.mark.parametrize("raw", HIRER_ON_FREE_MAIL, ids=["en", "es", "nl"])
def test_a_hirer_on_free_mail_settles_the_time_in_their_own_thread(raw: bytes) -> None:
    assert kind_of(raw) == "interview_scheduled"


def test_a_friend_meeting_up_in_a_thread_about_the_users_interview_is_unrelated() -> None:
    raw = thread(
        "Ha, love it. See you tomorrow at 8 then, usual cafe, I'll get the coffees in x",
        "On 17 Nov 2026, Noor Haddad wrote:\nMy interview at the garage went ok I think! "
        "Coffee tomorrow before work?",
        subject="Re: coffee",
        sender="Aoife <aoife.k88@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"


# --- 4. a subject that names a job ("Re: barista job") is job context --------------------

SUBJECT_NAMES_THE_JOB = [
    thread(
        "so sorry ive got to cancel tmrw, the van broke down and im stuck in Leeds. will text "
        "you another day next week\n\nDarren",
        "On 16 Nov 2026, Darren Holt wrote:\nalright Noor, pop in Wednesday at 10 for a chat, "
        "yard's behind the garage",
        subject="Re: delivery driver job",
        sender="Darren Holt <darren.holt.haulage@gmail.com>",
    ),
    thread(
        "Hallo Noor, tut mir leid, ich muss morgen leider absagen, wir haben einen "
        "Wasserschaden im Lokal. Ich melde mich nächste Woche.\nGruß Toni",
        "Am 16.11.2026 schrieb Toni Berger:\nKomm doch morgen um 15 Uhr vorbei, dann können "
        "wir reden.",
        subject="AW: Job als Kellnerin",
        sender="Toni Berger <toni.berger@web.de>",
    ),
    thread(
        "Hola Noor, lo siento mucho pero tengo que cancelar lo de mañana, se me ha complicado "
        "el día en la tienda. Te escribo para buscar otro día.\nLuisa",
        "El 16 nov 2026, Luisa Marín escribió:\nPásate mañana a las 12 por la tienda y "
        "hablamos un rato.",
        subject="RE: puesto de dependienta",
        sender="Luisa Marín <luisamarin@yahoo.es>",
    ),
]


@pytest.mark.parametrize("raw", SUBJECT_NAMES_THE_JOB, ids=["en", "de", "es"])
def test_a_call_off_in_a_thread_named_after_a_job_is_a_cancellation(raw: bytes) -> None:
    assert kind_of(raw) == "interview_cancelled"


def test_a_friends_new_job_is_no_job_context() -> None:
    raw = thread(
        "so sorry ive got to cancel tmrw, they want me in for training at the new place. "
        "drinks next week instead?\n\nSiobhan",
        "On 16 Nov 2026, Siobhan wrote:\nfancy a catch up tmrw at 7? got loads to tell you",
        subject="Re: new job!!",
        sender="Siobhan <siobhan.m91@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"


# --- 5. a relative telling of their own interview round is not the user's interview ---------

OWN_ROUND = [
    "Hey,\n\nSunday lunch works for me, but I have my tech round with Brightline Software on "
    "Friday at 3pm so I'll drive up after that. Good luck with your interview on Monday!"
    "\n\nLiam",
    "Hi sis,\n\nThursday suits me for the cinema. I have my panel round with the council at "
    "10am that day, all the best for your own interview btw.\n\nTom",
    "Hiya,\n\nFriday dinner works for me, I've my second round with Harbour Bank on Friday at "
    "2pm so might be late. Hope your interview goes well!\n\nx Orla",
]


@pytest.mark.parametrize("body", OWN_ROUND, ids=["technical", "panel", "second"])
def test_a_relatives_own_round_is_unrelated(body: str) -> None:
    raw = thread(
        body,
        "On 17 Nov 2026, Noor Haddad wrote:\nAre you around this weekend for a family meal?",
        subject="Re: family meal",
        sender="Liam Haddad <liam.haddad@gmail.com>",
    )
    assert kind_of(raw) == "unrelated"
