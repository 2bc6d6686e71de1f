"""classify(): a name written in sentence case, which the employer's domain spells.

French, Spanish, Italian, Portuguese and Dutch firms write their names with lower-case
words inside ("Le Phare numérique", "La Huerta del sur", "Bureau voor de Bouw"). Where the
mail writes such a name whose letters, squashed, are the domain's label, that is the name,
not the domain's own title-cased label ("Lephare Numérique"). A sentence whose words merely
spell the label ("The next step is a call", from thenextstep.example), words the label
spells across a comma, or words all in lower case are no name.
"""

from __future__ import annotations

import pytest

from classifymail import company, mail

CASES = [
    (
        "Claire Dubois <claire.dubois@lepharenumerique.example>",
        "Entretien - Chargée de communication",
        "Bonjour Sam,\n\nMerci pour votre candidature chez Le Phare numérique. Je vous "
        "propose un entretien le mardi 17 novembre à 10h.\n\nBien cordialement,\nClaire "
        "Dubois\nResponsable RH\n",
        "Le Phare numérique",
    ),
    (
        "Recrutement <recrutement@lepharenumerique.example>",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature et reviendrons vers vous très "
        "vite.\n\nL'équipe recrutement\nLe Phare numérique · Nantes\n",
        "Le Phare numérique",
    ),
    (
        "Lucía Gómez <lucia@lahuertadelsur.example>",
        "Entrevista - Encargado de tienda",
        "Hola Sam,\n\nGracias por tu interés en La Huerta del sur. Nos gustaría conocerte "
        "el jueves 12 de noviembre a las 10:00 en la tienda.\n\nUn saludo,\nLucía Gómez\n"
        "La Huerta del sur\n",
        "La Huerta del sur",
    ),
    (
        "Pieter de Vries <p.devries@bureauvoordebouw.example>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Sam,\n\nDank voor je sollicitatie bij Bureau voor de Bouw. Graag nodigen we "
        "je uit voor een gesprek op dinsdag 10 november om 14:00.\n\nMet vriendelijke "
        "groet,\nPieter de Vries\nBureau voor de Bouw\n",
        "Bureau voor de Bouw",
    ),
    (
        "Giulia Rossi <giulia@labottegadelpane.example>",
        "Colloquio",
        "Ciao Sam,\n\ngrazie per la tua candidatura a La Bottega del pane. Ti proponiamo un "
        "colloquio giovedì 12 novembre alle 10:00.\n\nCordiali saluti,\nGiulia Rossi\n",
        "La Bottega del pane",
    ),
    (
        "Ana Costa <ana.costa@oficinadacosta.example>",
        "Entrevista",
        "Olá Sam,\n\nObrigada pela sua candidatura à Oficina da Costa nova. Gostaríamos de "
        "marcar uma entrevista na quinta-feira às 10h.\n\nCumprimentos,\nAna Costa\n"
        "Oficina da Costa nova\n",
        # the label spells "Oficina da Costa": a capitalised run that already spells it whole
        "Oficina da Costa",
    ),
]

# Hard negatives: what classify named before sentence case was read, which must not change.
NEGATIVES = [
    (
        "Jo Park <jo@thenextstep.example>",
        "Your application",
        "Hi Sam,\n\nThanks for applying. The next step is a call with our founder on "
        "Tuesday at 2pm.\n\nBest,\nJo Park\n",
        "Thenextstep",
    ),
    (
        "Claire Dubois <claire@lepharenumerique.example>",
        "Entretien",
        "Bonjour Sam,\n\nNous éclairons Le Phare, numérique et humain, notre projet. Je "
        "vous propose un entretien mardi à 10h.\n\nClaire Dubois\n",
        "Lephare Numérique",
    ),
    (
        "Lucía Gómez <lucia@lahuertadelsur.example>",
        "Entrevista",
        "Hola Sam,\n\nayer visitamos la huerta del sur con el equipo. Nos gustaría "
        "conocerte el jueves a las 10:00.\n\nUn saludo,\nLucía Gómez\n",
        "Lahuertadelsur",
    ),
    (
        "Marc Petit <marc@lamaisondupain.example>",
        "Entretien",
        "Bonjour Sam,\n\nMerci pour votre candidature chez La Maison du Pain. Je vous "
        "propose un entretien mardi à 10h.\n\nMarc Petit\nLa Maison du Pain\n",
        "La Maison du Pain",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "expected"), CASES)
def test_sentence_case_name(frm: str, subject: str, body: str, expected: str) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == expected


@pytest.mark.parametrize(("frm", "subject", "body", "expected"), NEGATIVES)
def test_words_spelling_a_label_by_chance(frm: str, subject: str, body: str, expected: str) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == expected
