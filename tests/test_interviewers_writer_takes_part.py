"""Interviewers: a writer who says in the first person that they take part attends, even one
who recruits: they come with another ("je serai accompagnée de Julie", "ich werde von Frau
Lenz begleitet"), take part too ("je participerai également", "yo también estaré"), sit on
the panel ("I'll be one of your interviewers", "je ferai partie du jury"), lead it ("I'll be
conducting the interview", "ich führe das Gespräch") or meet the candidate together with a
colleague ("Gemeinsam mit Frau Lenz möchte ich Sie kennenlernen"). Words about someone else's
part, or "together with" a document, say nothing of the writer.
"""

from __future__ import annotations

import pytest

from afterview.understand.people.attendance import writer_attends


@pytest.mark.parametrize(
    "text",
    [
        "Je serai accompagnée de Julie Martin, responsable technique.",
        "Je serai accompagné par notre directeur, Hugo Marchal.",
        "I'll be accompanied by our head of data, Tom Weller.",
        "Ich werde von Frau Lenz aus der Fachabteilung begleitet.",
        "Begleitet werde ich von Herrn Brandt, Leiter Fertigung.",
        "Estaré acompañada de Paola Ortiz, jefa de producto.",
        "Ik word vergezeld door Joost de Vries.",
        "I'll be on the call too, along with Tom.",
        "Je participerai également, avec Julie.",
        "Ich nehme ebenfalls am Gespräch teil.",
        "Ich bin beim Gespräch auch dabei.",
        "Yo también estaré en la entrevista.",
        "Ik ben ook bij het gesprek aanwezig.",
        "Ik zit zelf ook bij het gesprek.",
        "I will be one of your interviewers.",
        "I'm on the interview panel with two engineers.",
        "Je ferai partie du jury.",
        "Ich bin Mitglied der Auswahlkommission.",
        "Formaré parte del tribunal.",
        "Ik zit in de selectiecommissie.",
        "I'll be conducting the interview together with Tom.",
        "I'll lead the conversation, Tom joins for the last half hour.",
        "Je conduirai l'entretien avec Hugo.",
        "Ich führe das Gespräch gemeinsam mit Herrn Brandt.",
        "Yo dirigiré la entrevista.",
        "Together with my colleague Tom, I'd like to meet you on Tuesday.",
        "Gemeinsam mit Frau Lenz möchte ich Sie kennenlernen.",
        "Junto con mi compañera Ana, me encantaría conocerte el martes.",
        "Avec ma collègue Julie, nous aimerions vous rencontrer mardi.",
        "I'm looking forward to speaking with you on Tuesday together with Tom.",
        "Ich freue mich, Sie gemeinsam mit Herrn Lenz kennenzulernen.",
    ],
)
def test_a_writer_who_says_they_take_part_attends_even_as_a_recruiter(text):
    assert writer_attends(text, arranges=True)


@pytest.mark.parametrize(
    "text",
    [
        "You'll be on the call with Tom too.",
        "Tom Weller will lead the interview.",
        "Together with your CV, please bring two references.",
        "Together with Ann Kim, our Head of Data, you will discuss the case; I will send details.",
        "Gemeinsam mit Herrn Lenz wird Frau Ott das Gespräch führen.",
        "Julie Martin sera accompagnée de Hugo Marchal.",
        "Paola estará acompañada de Ana.",
        "Tom is one of your interviewers.",
        "Ich nehme an, dass Herr Lenz das Gespräch führt.",
        "I'll send the calendar invite shortly.",
    ],
)
def test_words_about_someone_elses_part_say_nothing_of_the_writer(text):
    assert not writer_attends(text, arranges=True)
