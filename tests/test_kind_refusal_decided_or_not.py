"""Kind rules: a refusal counts only once it is decided.

A refusal that holds only if the candidate hears nothing is no rejection, a decided one is;
the post going to someone else is a rejection, going on with the candidate and another is
not, and telling later whether the candidate is invited is a reply. Each rule is tested with
differently worded mail (registers, sectors, languages) and with the near miss it must not
swallow.
"""

from __future__ import annotations

import pytest

from classifymail import application_mail as mail
from classifymail import rules_kind as kind

NO_NEWS_RECEIPTS = [
    # English, public sector ATS, condition mid-sentence
    (
        "Dear Sam,\n\nThank you for submitting your application for the post of Ward Clerk "
        "(ref 88-WC-12).\n\nOwing to the number of applications we receive, if you have not "
        "heard from us within four weeks of the closing date, please assume that your "
        "application has not been successful on this occasion.\n\nRecruitment Team",
        "Application submitted: Ward Clerk",
    ),
    # English, retail, "should you not be contacted"
    (
        "Hi Sam,\n\nThanks for applying for the Store Supervisor role at Brightmart. We have "
        "received your application.\n\nShould you not be contacted by 30 November, your "
        "application was unfortunately not shortlisted.\n\nBrightmart Careers",
        "We've got your application",
    ),
    # German
    (
        "Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin. Ihre "
        "Bewerbung ist bei uns eingegangen.\n\nAufgrund der hohen Zahl an Zuschriften gilt: "
        "falls Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre "
        "Bewerbung leider nicht "
        "berücksichtigen.\n\nIhr Personalteam",
        "Eingangsbestätigung Ihrer Bewerbung",
    ),
    # French
    (
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste d'assistant "
        "comptable.\n\nCompte tenu du volume, sans nouvelles de notre part d'ici trois semaines, "
        "votre candidature n'aura malheureusement pas été retenue.\n\nLe service RH",
        "Accusé de réception de votre candidature",
    ),
    # Spanish
    (
        "Hola Sam,\n\nGracias por tu candidatura al puesto de técnico de almacén. Hemos "
        "recibido tu candidatura.\n\nDebido al volumen, si no recibes "
        "noticias nuestras en 15 días, entiende que lamentablemente tu candidatura no ha "
        "sido seleccionada.\n\nEquipo de Talento",
        "Hemos recibido tu candidatura",
    ),
    # Dutch
    (
        "Beste Sam,\n\nBedankt voor je sollicitatie als magazijnmedewerker. We hebben je "
        "sollicitatie ontvangen.\n\nVanwege het grote aantal reacties: als je binnen "
        "drie weken niets van ons hebt gehoord, dan gaan we helaas niet verder met je "
        "sollicitatie.\n\nTeam Werving",
        "Ontvangstbevestiging sollicitatie",
    ),
]


@pytest.mark.parametrize(("body", "subject"), NO_NEWS_RECEIPTS)
def test_refusal_conditional_on_silence_is_no_rejection(body: str, subject: str) -> None:
    assert kind(mail(body, subject=subject)) == "application_received"


@pytest.mark.parametrize(
    "body",
    [
        # the decision itself, then a conditional line about the future: still a rejection
        "Dear Sam,\n\nThank you for interviewing for the Ward Clerk post. Unfortunately we "
        "will not be progressing your application further. If you have not heard from us "
        "about other vacancies, do keep an eye on our site.\n\nRecruitment Team",
        "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Kandidatin entschieden haben. Vielen Dank für Ihre Zeit im Vorstellungsgespräch.\n\n"
        "Ihr Personalteam",
    ],
)
def test_a_decided_refusal_stays_a_rejection(body: str) -> None:
    assert kind(mail(body)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks again for Thursday. After a lot of back and forth we have decided "
        "to make an offer to another candidate whose background is a closer fit.\n\nBest,\nLukas",
        "Dear Sam,\n\nThe panel has decided to extend the offer to another applicant on this "
        "occasion. Thank you for the time you gave us.\n\nHR Team",
        "Hi Sam,\n\nThis was a hard one. In the end we decided to continue the procedure for "
        "the Data Engineer (Consultancy) role with another candidate who has more client "
        "experience.\n\nWarm regards,\nYara",
        "Hola Sam,\n\nGracias por tu tiempo en el proceso. Después de revisar tu perfil, el "
        "equipo decidió avanzar con candidatos cuya experiencia se ajusta más a lo que "
        "buscamos.\n\nSaludos,\nTalento",
        "Hola Sam:\n\nTras las entrevistas, optamos por seguir con personas cuyo perfil encaja "
        "mejor con el puesto. Te deseamos mucho éxito.\n\nRecursos Humanos",
    ],
)
def test_the_post_going_to_someone_else_is_a_rejection(body: str) -> None:
    assert kind(mail(body, subject="Your application")) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nGood news: we have decided to proceed to the final round with you and "
        "another candidate. Could you send me two or three slots next week?\n\nBest,\nLukas",
        "Hi Sam,\n\nWe have decided to move the panel for the Data Engineer role to Friday, "
        "alongside another candidate's. Does 10am still suit you?\n\nYara",
    ],
)
def test_going_on_with_the_candidate_and_another_is_no_rejection(body: str) -> None:
    assert kind(mail(body, subject="Next steps")) != "rejection"


# --- "we'll tell you if you are invited" invites no one yet ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for the call last Thursday. We are still meeting candidates "
        "for the Consultant position. We will inform you within two weeks if you are invited "
        "for the case interview with our partners.\n\nKind regards,\nSophie",
        "Bonjour Sam,\n\nMerci pour notre échange. Nous rencontrons encore quelques candidats "
        "pour le poste de juriste et nous vous dirons d'ici vendredi si vous êtes convoqué à "
        "l'entretien final.\n\nCordialement,\nClaire",
        "Hi Sam,\n\nThanks for your patience with the Analyst role. The hiring manager is "
        "reviewing the shortlist this week and I'll let you know whether you're invited to "
        "the panel interview.\n\nBest,\nRuth",
    ],
)
def test_telling_later_if_the_candidate_is_invited_is_a_reply(body: str) -> None:
    assert kind(mail(body, subject="Your application - next steps")) == "employer_reply"
