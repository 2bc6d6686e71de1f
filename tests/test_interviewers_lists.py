"""Interviewers named in a list without marks: a head like "You'll meet:", "Ihre
Gesprächspartner:", "Vous rencontrerez :" and then one line per person, led by the name
("  Kwame Asante - Director, Network Planning"). A careful reader takes each such line as an
item as surely as a bulleted one; a line of prose after the head, one for the person to ask,
or an observer's is no item.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.named_met import on_panel, panel_lines

_LISTS = [
    (
        "You'll meet:\n  Kwame Asante - Director, Network Planning\n"
        "  Brigid Thorne - Talent Acquisition Partner\n\nJoin Zoom: https://z.example/j/1",
        ["Kwame Asante", "Brigid Thorne"],
    ),
    (
        "Ihre Gesprächspartner:\nDr. Ines Vogt (Laborleitung)\nMarkus Brandl, Teamleiter QS\n",
        ["Ines Vogt", "Markus Brandl"],
    ),
    (
        "Vous rencontrerez :\nSolène Marchand | Directrice financière\n"
        "Hugo van der Berg | Contrôleur de gestion\n",
        ["Solène Marchand", "Hugo van der Berg"],
    ),
    (
        "Panel:\nMaria del Carmen Ruiz – Jefa de Enfermería\nPedro Lago – Supervisor\n",
        ["Maria del Carmen Ruiz", "Pedro Lago"],
    ),
]


@pytest.mark.parametrize(("text", "names"), _LISTS)
def test_unmarked_name_lines_under_a_panel_head_are_items(text, names):
    for name in names:
        person = Person(name=name, email=f"{name.split()[0].lower()}@firm.example")
        assert on_panel(panel_lines(text), person), name


@pytest.mark.parametrize(
    "text",
    [
        # prose after the head is not a list
        "Your interviewers:\nPlease arrive ten minutes early and ask for Brigid Thorne.\n",
        # the list ends at a blank line
        "You'll meet:\n  Kwame Asante - Director\n\nBrigid Thorne\nTalent Partner\n",
        # no head at all: a signature block
        "Best,\nBrigid Thorne\nTalent Acquisition Partner\n",
        # the one to ask and an observer are no items
        "Interviewers:\nKwame Asante - Director\nBrigid Thorne - questions? reach out anytime\n",
        "Interviewers:\nKwame Asante - Director\nBrigid Thorne (observer)\n",
    ],
)
def test_lines_that_are_no_items_stay_out(text):
    brigid = Person(name="Brigid Thorne", email="brigid@firm.example")
    assert not on_panel(panel_lines(text), brigid)


def test_a_marked_list_keeps_its_continuation_lines_as_continuations():
    text = "Interviewers:\n- Kwame Asante, Director\n  Brigid Thorne will introduce him\n"
    brigid = Person(name="Brigid Thorne", email="brigid@firm.example")
    kwame = Person(name="Kwame Asante", email="kwame@firm.example")
    assert on_panel(panel_lines(text), kwame)
    assert not on_panel(panel_lines(text), brigid)
