"""A journalist's, a radio producer's or an editor's request to interview the reader is no
job's interview: the writer introduces themself by their desk at an outlet ("I'm a producer
at", "Soy Laura, productora de", "ich bin Redakteurin beim", "ik ben redacteur bij", "je suis
journaliste pour") and names the slot the interview is for (a show's segment, a paper's
edition, a magazine's section or issue). A job at a newspaper or a radio station, said to the
reader as their application, is still a job."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "body", "frm"),
    [
        (
            "Entrevista para el programa",
            "Hola Sam,\n\nSoy Laura, productora de «Mañanas en Radio Sur». Nos encantaría "
            "entrevistarte en directo sobre tu proyecto de huertos urbanos. ¿Te vendría bien el "
            "jueves 12 a las 10:15? Serían unos diez minutos por teléfono.\n\nUn saludo,\nLaura",
            "Laura Gil <laura.gil@radiosur.example>",
        ),
        (
            "Quick interview?",
            "Hi Sam,\n\nI'm writing a feature for the Hallam Echo about the new community garden, "
            "due to run in Saturday's edition. Could I interview you by phone on Thursday at "
            "11am? I'd send you the quotes before we go to print.\n\nThanks,\nDan Price",
            "Dan Price <dan.price@hallamecho.example>",
        ),
        (
            "Interview voor ons magazine",
            "Hoi Sam,\n\nIk ben redacteur bij Stadsblad Utrecht. Voor onze rubriek 'Buurthelden' "
            "in het decembernummer willen we je graag interviewen over het repaircafé. Zou "
            "donderdag 12 november om 14.00 uur schikken?\n\nGroet,\nEva de Boer",
            "Eva de Boer <eva@stadsblad.example>",
        ),
        (
            "Anfrage",
            "Hallo Sam,\n\nich bin Redakteurin beim Lokalradio Weserwelle und wir planen für "
            "unsere Sendung am Samstag einen Beitrag über das Repair-Café. Hätten Sie am "
            "Donnerstag um 11 Uhr Zeit für ein kurzes Interview am Telefon?\n\nViele Grüße\n"
            "Maren Ott",
            "Maren Ott <m.ott@weserwelle.example>",
        ),
        (
            "Une petite interview ?",
            "Bonjour Sam,\n\nJe prépare un reportage sur les jardins partagés pour le numéro de "
            "décembre de La Voix du Quartier. Seriez-vous disponible jeudi 12 novembre à 10h "
            "pour un entretien téléphonique d'une vingtaine de minutes ?\n\nBien à vous,\nClaire",
            "Claire Morel <c.morel@voixduquartier.example>",
        ),
        (
            "Would you come on the show?",
            "Hi Sam,\n\nI'm one of the producers at our campus station and we're preparing a "
            "segment on first-generation students. We'd love to have you on to talk about it - "
            "could you do Wednesday 11 November at 4pm in the studio?\n\nCheers,\nKai",
            "Kai <kai@campusfm.example>",
        ),
    ],
)
def test_a_press_interview_is_no_job(subject: str, body: str, frm: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "frm", "want"),
    [
        (
            "Your application - Marketing Assistant",
            "Dear Sam,\n\nThank you for your application for the Marketing Assistant position at "
            "the Hallam Echo. I'm the editor at the paper and I'd like to invite you to an "
            "interview on Thursday 12 November at 11:00 at our newsroom.\n\nBest,\nRuth Ames",
            "Ruth Ames <ruth.ames@hallamecho.example>",
            "interview_scheduled",
        ),
        (
            "Tu candidatura - Redactora",
            "Hola Sam:\n\nGracias por tu candidatura al puesto de redactora. Lamentamos "
            "comunicarte que hemos decidido seguir adelante con otra candidata para la sección "
            "de cultura.\n\nUn saludo,\nRRHH, Diario del Sur",
            "RRHH <rrhh@diariodelsur.example>",
            "rejection",
        ),
    ],
)
def test_a_job_at_an_outlet_is_still_a_job(subject: str, body: str, frm: str, want: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == want
