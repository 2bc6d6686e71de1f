"""Interviewers: a writer who puts themselves in the list of those met ("You'll meet with
myself, ...", "moi et Julie", "sowie die Unterzeichnerin", "on va être deux") attends, even
when they sign as a recruiter; one who is only there to take notes or watch does not, nor
one whose "me" sits in a word ("Join with Google Meet meet.google.com"), in a past exchange
("Per our chat") or in what to do if something goes wrong ("text me and I'll chase").
"""

from __future__ import annotations

import pytest

from afterview.understand.people.attendance import writer_attends


@pytest.mark.parametrize(
    "text",
    [
        "You'll be meeting with myself, Dr. Ana Ruiz (Head of Design) and Tom Weller.",
        "The afternoon is a conversation with myself and two of the site leads.",
        "Vous rencontrerez moi et Julie Gagnon-Roy, chargée de projets.",
        "On va être deux : moi et Hugo Marchal, notre directeur technique.",
        "Nous serons deux pour l'entretien, Hugo Marchal et moi.",
        "Der Auswahlkommission gehören Frau Dr. Ott, Herr Brandt sowie die Unterzeichnerin an.",
        "Am Gespräch nehmen Herr Lenz und der Unterzeichner teil.",
        "Im Gespräch sitzen ich und Frau Kowalski aus der Fachabteilung.",
        "Seremos dos en la entrevista: Paola Ortiz y yo.",
        "We zijn met z'n tweeën: Joost de Vries en ik.",
        "We'll be two on the call, Priya from engineering and me.",
    ],
)
def test_a_writer_in_the_list_of_those_met_attends_even_as_a_recruiter(text):
    assert writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "The panel will be Priya Nandakumar and Cllr Dennis Auld, with myself taking notes.",
        "Mr Okafor will interview you and I'll be taking the minutes.",
        "Tom Weller will lead the interview; I'll sit in as an observer.",
        "Mme Roux mènera l'entretien, je serai là pour prendre des notes.",
        "Herr Lenz führt das Gespräch, ich führe Protokoll.",
        "Te entrevistará Paola Ortiz; yo tomaré notas.",
        "Joost voert het gesprek, ik notuleer.",
    ],
)
def test_a_writer_who_only_takes_notes_or_watches_does_not(text):
    assert not writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "Joining info\nJoin with Google Meet\nmeet.google.example/vxa-kqdo-tne",
        "We'll connect you with members of the product team on Thursday.",
        "Great talking yesterday. Per our chat I've locked in the next conversation with Marcus.",
        "As per our call, Dana Okafor will see you on Friday at 10.",
        "Laut unserem Telefonat sehen Sie Frau Lenz am Freitag.",
        "Según nuestra llamada, te verá Paola Ortiz el viernes.",
        "Volgens ons gesprek ziet Joost je vrijdag.",
        "Ingrid will call your cell. If she hasn't called by 11:05, text me and I'll chase.",
        "Frau Lenz ruft Sie an. Falls sie sich nicht meldet, schreiben Sie mir und ich hake nach.",
        "Paola te llamará. Si no te llama a las 11:05, escríbeme y yo lo miro.",
    ],
)
def test_me_in_a_word_a_past_exchange_or_a_fallback_says_nothing(text):
    assert not writer_attends(text, arranges=True)
