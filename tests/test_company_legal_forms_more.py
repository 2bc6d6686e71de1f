"""The legal forms people leave out when they name an employer, and look-alikes they keep.

The labelled mail drops a legal form nearly always (GmbH 170 times, Ltd 97, B.V. 49, AG 39,
S.A. 36, plc 25, S.L. 19: counted over the dev sets) and keeps it where it is part of the
name ("Crumb & Co", "Banque Rochemont & Cie") or where the name is an acronym ("REIN
asbl"). Added: a Flemish non-profit's "vzw", Peru's "S.A.C." and "S.A.A.", a sole trader's
"E.I.R.L.", a family firm's "Hnos."; only their dotted forms, so a name ending in "Sac" or
"Saa" keeps its word.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.names import normalise_company
from classifymail import company, mail

mail = functools.partial(mail, message_id="<legal-more@x.example>")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Zorgnet Waasland vzw", "Zorgnet Waasland"),
        ("Andescon Ingenieros S.A.C.", "Andescon Ingenieros"),
        ("Cementera del Pacífico S.A.A.", "Cementera del Pacífico"),
        ("Textiles Andinos E.I.R.L.", "Textiles Andinos"),
        ("Distribuidora Quintero Hnos.", "Distribuidora Quintero"),
        ("Maison Sac", "Maison Sac"),
        ("Casa Saa", "Casa Saa"),
        ("REIN asbl", "REIN asbl"),
        ("Crumb & Co", "Crumb & Co"),
    ],
)
def test_normalise_company(written: str, said: str) -> None:
    assert normalise_company(written) == said


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Lucía Torres <ltorres@andinamin.example>",
            "Estimada Sam:\n\nLe invitamos a una entrevista el martes 17 de noviembre a las "
            "10:00.\n\nSaludos,\nLucía Torres\nJefa de Selección\nMinera Andina del Sur S.A.C.\n",
            "Minera Andina del Sur",
        ),
        (
            "Griet Peeters <griet.peeters@woonzorg-kempen.example>",
            "Dag Sam,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 17 november om "
            "10 uur.\n\nGriet Peeters\nWoonzorg Kempen vzw\n",
            "Woonzorg Kempen",
        ),
    ],
)
def test_the_employer_without_its_form(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Entrevista")) == want
