"""A role a draft names must be a job title: words a phrase happens to frame are often
something else - a day ("cancel our interview for Thursday"), a work site ("on the Ashford
job"), a team's step ("the Risk interview format"), a person the writer is meeting ("Hiring
Manager"), a remark in brackets ("(Marcus plays the buyer)"), or in Dutch, French, Spanish
and German running text a pronoun or an adverb after "functie"/"vacature" ("functie iemand
met meer ervaring", "vacature hiermee af"). And what comes round a title is no part of it:
a reference code before it or after a dash ("R-10482", "EFRI/2026/047 –", "- JR-22871"),
the step of the process before or after it ("Sollicitatiegesprek", "Charla", "- entrevue",
", round 2"), the workload after a gender tag ("(w/m/d) 80–100 %"), a verb that goes on
("queda congelada", "verandert niets", "venait").
"""

from __future__ import annotations

import pytest

from afterview.understand.role.title import find_role


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("So sorry - I need to cancel our interview for Wednesday, something came up.", ""),
        ("Apologies, we have to push the interview for Friday 12 June to later.", ""),
        ("Have to cancel tues, we've a flooded basement on the Millbrook job all week.", ""),
        ("Quick question on the Treasury interview format: is it a case study?", ""),
        ("", "Re: Thanks - Hiring Manager interview"),
        ("Agenda\n  0:10  Role play (Priya plays the customer)\n", ""),
        ("Helaas zoeken we voor deze vacature iemand met meer ervaring in de bouw.", ""),
        ("We sluiten de procedure voor deze functie hiermee af.", ""),
        ("Is de functie volledig vanuit Zwolle, of ook hybride?", ""),
        ("Si un jour le poste de nouveau s'ouvre, je vous écrirai.", ""),
    ],
)
def test_words_that_are_no_title_name_no_role(text: str, subject: str) -> None:
    assert find_role([text], subject, None) is None


@pytest.mark.parametrize(
    ("text", "subject", "title"),
    [
        ("", "Your application: R-20931 Field Service Technician", "Field Service Technician"),
        (
            "",
            "ABC/2025/112 – Policy Officer (Trade) – Invitation to interview",
            "Policy Officer (Trade)",
        ),
        ("", "Lead Architect (Cloud Migration) - JR-40411", "Lead Architect (Cloud Migration)"),
        ("", "Geannuleerd: Sollicitatiegesprek Medior Accountant - P. de Wit", "Medior Accountant"),
        ("", "Re: Charla Analista de Riesgos", "Analista de Riesgos"),
        ("", "Re: Poste de comptable principal - entrevue", "Comptable principal"),
        ("\nNorthwind <> Lea (Service Designer, round 3)", "", "Service Designer"),
        (
            "Wir danken Ihnen für Ihre Bewerbung als Risk Analyst (w/m/d) 60–80 % bei uns.",
            "",
            "Risk Analyst",
        ),
        ("La vacante de Jefe de Almacén queda congelada hasta enero.", "", "Jefe de Almacén"),
        (
            "Aan je kandidatuur voor de functie Data Steward verandert dit natuurlijk niets.",
            "",
            "Data Steward",
        ),
        ("Leuk dat je reageerde op de vacature voor Productieplanner!", "", "Productieplanner"),
        ("We have an opening for the Logistics Planner job in Tilburg.", "", "Logistics Planner"),
        ("Thanks for applying for School Psychologist (Posting #5512).", "", "School Psychologist"),
        ("", "Interview Monday 9/3 - Front Office Manager", "Front Office Manager"),
    ],
)
def test_only_the_title_is_kept(text: str, subject: str, title: str) -> None:
    # a line starting with a newline stands for a calendar invitation's title
    texts = ["See you then.", text.lstrip()] if text.startswith("\n") else [text]
    assert find_role(texts, subject, None) == title
