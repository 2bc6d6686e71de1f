"""classify(): a board's or small firm's mail that names its employer only in passing.

A board passing on a recruiter's message ("Inès Ferrand via Welcome to the Jungle") says
whose it is ("Maison Corvelle vous a envoyé un message"); a board's receipt says who will
read the CV ("Nubaria Energía recibirá tu CV"), and a name the notice sets in capitals
("NUBARIA ENERGIA SL") keeps the accents the sentence writes. An ATS's reply box shown as the
firm ("Open Orchard Foundation" <openorchard-1@...>) is no person. A branch's mailbox
("Bramble & Birch Deansgate" <deansgate.gm@brambleandbirch...>) names the firm without its
branch. A shop owner signing "Nadia x" from a free mailbox names the shop on the next line.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<bs@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Inès Ferrand via Welcome to the Jungle "
            "<messages@notifications.welcometothejungle.example>",
            "Maison Corvelle vous a envoyé un message",
            "Bonjour Sam,\n\nVotre profil a retenu notre attention et j'aimerais vous proposer un "
            "premier échange téléphonique. Pourriez-vous m'indiquer vos disponibilités ?\n\n"
            "Inès\n\nVotre réponse sera transmise à Maison Corvelle.\n",
            "Maison Corvelle",
        ),
        (
            "Jonas Weber via Jobwerk <nachrichten@mail.jobwerk.example>",
            "Brauerei Kessel hat Ihnen eine Nachricht gesendet",
            "Hallo Sam,\n\nwir möchten Sie gern zu einem Vorstellungsgespräch einladen. Wann "
            "passt es Ihnen nächste Woche?\n\nJonas\n",
            "Brauerei Kessel",
        ),
    ],
)
def test_a_board_passing_on_a_message(frm, subject, body, want):
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "InfoJobs <noreply@mailing.infojobs.example>",
            "Te has inscrito en la oferta «Analista de Datos»",
            "¡Hola, Sam!\n\nTe has inscrito correctamente en la oferta:\n\nAnalista de Datos\n"
            "NUBARIA ENERGIA SL · Madrid · Contrato indefinido\n\nNubaria Energía recibirá tu "
            "CV y tu carta de presentación.\n",
            "Nubaria Energía",
        ),
        (
            "Jobsprout <noreply@jobsprout.example>",
            "Application sent",
            "Hi Sam,\n\nYour application for Data Analyst is complete.\n\nHalden Freight will "
            "receive your application and CV shortly.\n",
            "Halden Freight",
        ),
    ],
)
def test_a_board_says_who_will_read_the_cv(frm, subject, body, want):
    assert company(mail(body, frm=frm, subject=subject)) == want


def test_an_ats_reply_box_shown_as_the_firm_is_no_person():
    raw = mail(
        "Hi Sam,\n\nThank you for applying for the Community Grants Officer role with Open "
        "Orchard Foundation. We will be in touch by Friday 27 November.\n\nWith thanks,\n"
        "The Open Orchard team\n",
        frm="Open Orchard Foundation <noreply@candidates.workablemail.example>",
        subject="Thanks for applying to Open Orchard Foundation",
        headers="Reply-To: Open Orchard Foundation <openorchard-1@jobs.workablemail.example>\r\n",
    )
    assert company(raw) == "Open Orchard Foundation"


def test_a_branch_mailbox_names_the_firm_without_its_branch():
    raw = mail(
        "Hi Sam,\n\nYour trial shift is booked for Saturday 14 November at 10:00 at Bramble & "
        "Birch Deansgate. Ask for Priya at the pass.\n\nSee you then,\nBramble & Birch\n",
        frm="Bramble & Birch Deansgate <deansgate.gm@brambleandbirch.example>",
        subject="Trial shift booked - Bramble & Birch Deansgate",
    )
    assert company(raw) == "Bramble & Birch"


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Nadia Farouk <nadia.farouk.bakes@mailbox.example>",
            "Hi Sam!!\n\nLoved your application. I'd like to have a proper chat - are you "
            "free for an interview on Tuesday at 10?\n\nNadia x\n"
            "Crumb & Co - sourdough, pastries & too much coffee\nChapel Allerton\n",
            "Crumb & Co",
        ),
        (
            "Lotte Visser <lotte.visser.bakt@mailbox.example>",
            "Hoi Sam!\n\nDank voor je sollicitatie. We nodigen je uit voor een "
            "sollicitatiegesprek op dinsdag om 10 uur.\n\nLotte xx\n"
            "Bakkerij Visser - brood & banket\n",
            "Bakkerij Visser",
        ),
    ],
)
def test_a_kiss_after_the_first_name_signs_off(frm, body, want):
    assert company(mail(body, frm=frm, subject="Re: Part-time job")) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Werving & Selectie | Noordkaap Retail Groep <werving@noordkaap.example>",
            "Beste Sam,\n\nGraag nodig ik je uit voor het tweede gesprek bij Fietsdepot op "
            "dinsdag 1 december om 10.00 uur. Zoals je weet is Fietsdepot onderdeel van "
            "Noordkaap Retail Groep.\n\nMet vriendelijke groet,\n\nFemke Brouwer\n"
            "Recruiter | Noordkaap Retail Groep\n",
            "Fietsdepot",
        ),
        (
            "Talent | Hallam Retail Group <talent@hallamretail.example>",
            "Hi Sam,\n\nI'd like to invite you to a second interview at Larkspur Pets "
            "on Tuesday 1 December at 10am. Larkspur Pets is part of Hallam Retail Group.\n\n"
            "Best,\nDana Cole\nRecruiter | Hallam Retail Group\n",
            "Larkspur Pets",
        ),
    ],
)
def test_the_brand_before_its_group_and_its_groups_word(frm, body, want):
    assert company(mail(body, frm=frm, subject="Second interview")) == want


def test_capitals_keep_the_accents_either_way():
    # the name found without accents takes them from the capitals ("CLÍNICA MONTEARAGÓN")
    raw = mail(
        "Hola Sam,\n\nGracias por tu candidatura. Te invitamos a una entrevista el martes 24 "
        "a las 10:00.\n\nUn saludo,\nLucía Pérez\nCLÍNICA MONTEARAGÓN\n",
        frm="Lucía Pérez <lucia.perez@clinicamontearagon.example>",
        subject="Entrevista",
    )
    assert company(raw) == "Clínica Montearagón"
