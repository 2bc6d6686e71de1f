"""Kind rules: a meeting called off in other words is cancelled; another candidate's
cancellation that frees a slot cancels nothing.
"""

from __future__ import annotations

import pytest

from classifymail import robin_kind as kind_of
from classifymail import robin_reply as _reply

CALLED_OFF = [
    _reply(
        "Robin, really sorry but I have to cancel our 10:30 on Friday - the inspectors are in "
        "all day. I'll come back to you with another time next week.\n\nDee",
        "Thanks Dee, see you Friday at 10:30 for the interview.",
        subject="Re: Interview Friday",
        sender="Dee Harlow <dee@harlowbakery.example>",
    ),
    _reply(
        "Hi Robin, we're cancelling Thursday's interview for the Site Supervisor role: the "
        "post has been put on hold while the budget is reviewed. Apologies for the short "
        "notice.\n\nMark",
        "Hi Mark, confirming Thursday 26 November at 9am.",
        subject="Re: Site Supervisor - interview",
        sender="Mark Dunne <mark.dunne@dunne-build.example>",
    ),
    _reply(
        "Hallo Robin,\n\nleider sagen wir das Vorstellungsgespräch am Donnerstag ab, da die "
        "Abteilungsleiterin kurzfristig verreisen muss. "
        "Entschuldigen Sie bitte die Umstände.\n\nViele Grüße\n"
        "Petra Lang",
        "Sehr geehrte Frau Lang, gerne bestätige ich den Termin am Donnerstag um 10 Uhr.",
        subject="AW: Vorstellungsgespräch Donnerstag",
        sender="Petra Lang <p.lang@lang-logistik.example>",
    ),
    _reply(
        "Hola Robin:\n\nTe escribo para decirte que suspendemos la entrevista del jueves 26: "
        "la directora ha tenido que viajar. Te propondré otra fecha en cuanto pueda.\n\n"
        "Un saludo,\nInés",
        "Perfecto, nos vemos el jueves 26 a las 10:00.",
        subject="RE: Entrevista jueves",
        sender="Inés Prado <ines.prado@pradoasesores.example>",
    ),
    _reply(
        "Hoi Robin,\n\nHelaas zeggen we het gesprek van donderdag af: de vacature is "
        "ingetrokken. Excuses voor het late bericht.\n\nGroet,\nBram",
        "Top, tot donderdag om 10:00!",
        subject="Re: Gesprek donderdag",
        sender="Bram Visser <bram@visser-techniek.example>",
    ),
]


@pytest.mark.parametrize("raw", CALLED_OFF, ids=["our-10:30", "were-cancelling", "de", "es", "nl"])
def test_a_meeting_called_off_in_other_words(raw: bytes) -> None:
    assert kind_of(raw) == "interview_cancelled"


def test_another_candidates_cancellation_frees_a_slot_and_cancels_nothing() -> None:
    raw = _reply(
        "Hi Robin, good news: another candidate had to cancel, so we can move you to Tuesday "
        "24 November at 2pm instead. Does that work?\n\nDee",
        "Hi Dee, any chance of an earlier interview slot?",
        subject="Re: Interview Friday",
        sender="Dee Harlow <dee@harlowbakery.example>",
    )
    assert kind_of(raw) != "interview_cancelled"
