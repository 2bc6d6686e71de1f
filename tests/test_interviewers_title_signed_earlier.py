"""Interviewers: a short reply without a signature from one whose earlier mail in the thread
signs with a recruiting title is no interviewer for "see you Friday" or for fixing the time
alone ("Aoife Dunne / Talent Acquisition" moves the meeting with Ciarán), though "Thomas will
join too" still puts them in; and "así se suma Tomás" said by one who fixes their own
meeting puts the writer in with Tomás.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from classifymail import chosen_interviewers

# (new text, quoted earlier mail of the sender, sender, the one met)
_MOVES = [
    (
        "Morning! Ciarán has been pulled onto site tomorrow so we've moved you to Friday at "
        "half nine instead. Same place.\n\nShout if that's a problem, otherwise see you Friday"
        "\n\nAoife",
        "Hi Sam,\nYou're booked in for Thursday at 2pm. You'll meet Ciarán Fahy "
        "(ciaran.fahy@slaney.example), our Rail Director.\nKind regards,\nAoife Dunne\n"
        "Talent Acquisition | Slaney Partners",
        Person("Aoife Dunne", "aoife.dunne@slaney.example"),
        Person("Ciarán Fahy", "ciaran.fahy@slaney.example"),
    ),
    (
        "Hallo Sam, Herr Brandt muss leider zu einem Kunden, daher verschieben wir auf "
        "Freitag um 10 Uhr. Bis Freitag!\n\nKatrin",
        "Guten Tag,\nSie sprechen mit Herrn Jonas Brandt (jonas.brandt@kesselwerk.example), "
        "Leiter Fertigung.\nMit freundlichen Grüßen\nKatrin Weiß\nPersonalabteilung",
        Person("Katrin Weiß", "katrin.weiss@kesselwerk.example"),
        Person("Jonas Brandt", "jonas.brandt@kesselwerk.example"),
    ),
    (
        "Bonjour Sam, Mme Roux a un empêchement jeudi, l'entretien passe donc à vendredi 10h. "
        "À vendredi !\n\nSophie",
        "Bonjour,\nVous rencontrerez Claire Roux (claire.roux@ardoise.example), directrice "
        "technique.\nCordialement,\nSophie Martin\nChargée de recrutement",
        Person("Sophie Martin", "sophie.martin@ardoise.example"),
        Person("Claire Roux", "claire.roux@ardoise.example"),
    ),
]


@pytest.mark.parametrize(("new", "quoted", "sender", "met"), _MOVES)
def test_a_recruiter_known_from_the_thread_is_not_met_for_moving_the_time(new, quoted, sender, met):
    found = chosen_interviewers(
        new, sender, history=quoted, book=[sender, met], candidate="sam@example.org"
    )
    assert found == {met.email}


def test_one_known_to_recruit_who_says_another_joins_too_attends():
    sender = Person("Nadia Keller", "nadia.keller@alpenlicht.example")
    copied = Person("Thomas Gerber", "thomas.gerber@alpenlicht.example")
    found = chosen_interviewers(
        "Done, sent you the invite for the 3rd, 12 noon. Thomas will join too (in cc), he "
        "leads the rooftop team.\n\nBest\nNadia",
        sender,
        history="Could we do 2 or 3 December around lunch?\nKind regards\nNadia Keller\n"
        "HR Business Partner",
        book=[sender, copied],
        copied=[copied],
    )
    assert found == {sender.email, copied.email}


@pytest.mark.parametrize(
    "text",
    [
        "Genial. Vamos con el martes 24 a las 15:30, así se suma Tomás (lo copio), que es el "
        "director de arte.\n\nAbrazo,\nCaro",
        "Perfecto, el jueves a las 11. Luego se une Tomás, de producto, para la parte técnica."
        "\n\nCaro",
        "Quedamos el lunes a las 10; se sumará Tomás Iturbe, nuestro director de arte.\n\nCaro",
    ],
)
def test_one_who_fixes_their_meeting_and_says_another_joins_attends(text):
    sender = Person("Carolina Ferraro", "caro@nuberoja.example")
    copied = Person("Tomás Iturbe", "tomas@nuberoja.example")
    found = chosen_interviewers(text, sender, book=[sender, copied], copied=[copied])
    assert found == {sender.email, copied.email}
