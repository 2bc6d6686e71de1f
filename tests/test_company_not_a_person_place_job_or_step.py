"""classify(): a name of something else is never taken for the employer.

The ways of finding the employer (a subject's segments, a display name, a signature's
parts) also land on names of other things the mail speaks of; a careful reader knows each
and looks on for the employer:

- a person: the reader's own first name in an invitation's title ("Kenji / Halyard"), read
  from their address (kenji.wr@...); the person a tool writes for ("Naledi Khumalo via
  Mosaic Pay", greeted or replied to by the first name alone), whose firm is named after
  "via"; a desk's display name ("Tallyhive Recruiting") is no person whose part is refused;
- a place: a town or a region a subject sets the job in ("- Lyon", "- Lower Mainland");
- the job: "Controller Regional", "Tele RN", "Hydrologist III", "Sachbearbeitung X";
- a step of hiring or a document: "Entrevue", "Technical Deep Dive", "Kennismaking", "CV".
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.orgname import names_something_else


def _mail(subject: str, body: str, frm: str, to: str = "Sam Reyes <sam.reyes@example.org>"):
    return (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Tue, 03 Nov 2026 10:00:00 +0000\r\nMessage-ID: <np@x.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def company(subject: str, body: str, frm: str, to: str = "Sam Reyes <sam.reyes@example.org>"):
    raw = _mail(subject, body, frm, to)
    return classify(parse_message(raw), me=(to.split("<")[-1].rstrip(">"),)).company


@pytest.mark.parametrize(
    ("subject", "body", "frm", "to", "want"),
    [
        (  # the reader's first name, from their own address, beside the firm's short name
            "Invitation: Kenji / Halyard - analytics chat @ Fri Nov 13, 2026 1:30pm",
            "Hi,\n\nYour interview for the analyst role is moved to Friday at 1:30pm, "
            "same Meet link as before.\n\nGrace\n",
            "Grace Liu <grace.liu@halyardmetrics.example>",
            "kenji.wr@example.com",
            "Halyard Metrics",
        ),
        (
            "Einladung: Amira / Brückner - Kennenlernen am 12.11.2026 um 10:00",
            "Hallo Amira,\n\nwie besprochen die Einladung zum Vorstellungsgespräch für Ihre "
            "Bewerbung am Donnerstag, 12.11. um 10 Uhr bei uns im Büro.\n\nViele Grüße\n"
            "Jonas Weber\nBrückner Bau GmbH\n",
            "Jonas Weber <j.weber@brueckner-bau.example>",
            "amira.haddou@example.de",
            "Brückner Bau",
        ),
        (
            "Uitnodiging: Femke / Polderhaven - gesprek di 10 nov 14:00",
            "Hoi Femke,\n\nHierbij de uitnodiging voor je sollicitatiegesprek op dinsdag "
            "10 november om 14:00.\n\nGroet,\nDaan\n",
            "Daan de Wit <daan.dewit@polderhaven.example>",
            "femke.vos@example.nl",
            "Polderhaven",
        ),
    ],
)
def test_the_readers_own_first_name_is_no_employer(subject, body, frm, to, want):
    assert company(subject, body, frm, to) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Naledi Khumalo via Mosaic Pay <no-reply@teamtailor.com>",
            'Naledi Khumalo sent you a message about Product Designer\n\n"Hi Sam, what is '
            'your notice period?\n\nNaledi"\n\nReply to Naledi: https://career.example/m/1\n',
            "Mosaic Pay",
        ),
        (
            "Lucía Ferrer vía Hoteles Brisamar <no-reply@teamtailor.com>",
            "Lucía Ferrer te ha enviado un mensaje sobre tu candidatura a Recepcionista\n\n"
            '"Hola Sam, ¿tienes disponibilidad el jueves para una entrevista?\n\nLucía"\n\n'
            "Responder a Lucía: https://career.example/m/2\n",
            "Hoteles Brisamar",
        ),
        (
            "Tom Becker über Kranbau Nord <no-reply@teamtailor.com>",
            "Tom Becker hat Ihnen eine Nachricht zu Ihrer Bewerbung geschickt\n\n"
            '"Hallo Sam, passt Ihnen Donnerstag für ein Vorstellungsgespräch?\n\nTom"\n\n'
            "Antworten an Tom: https://career.example/m/3\n",
            "Kranbau Nord",
        ),
    ],
)
def test_a_person_writing_through_a_tool_names_their_firm_after_via(frm, body, want):
    assert company("New message", body, frm) == want


@pytest.mark.parametrize(
    ("subject", "frm", "body", "want"),
    [
        (  # a town
            "RE: Votre candidature - Chargé(e) RH généraliste - Lyon",
            "Claire Vasseur <c.vasseur@groupe-ormeau.example>",
            "Bonjour,\n\nJe vous confirme notre entretien le mardi 17 novembre à 14h30.\n\n"
            "Bien cordialement,\nClaire Vasseur\n",
            "Groupe Ormeau",
        ),
        (  # the job, in the Romance order
            "Búsqueda confidencial – Controller Regional (retail)",
            "Francisca Mora <fmora@andesbuscar.example>",
            "Hola Sam:\n\nVi tu postulación para el cargo de Controller Regional. ¿Te "
            "acomoda una entrevista por videollamada este jueves?\n\nSaludos,\nFrancisca\n",
            "Andesbuscar",
        ),
        (  # the step, in French
            "Invitation : Entrevue – Designer UX/UI @ jeu. 26 nov. 2026 14h30",
            "Élodie Gagnon <elodie.gagnon@atelierboreal.example>",
            "Bonjour Sam,\n\nVoici l'invitation pour votre entrevue jeudi à 14h30.\n\n"
            "Au plaisir,\nÉlodie\n",
            "Atelier Boreal",  # the domain read as a person would: a trade word leading
        ),
        (  # the step, in English, from a scheduling tool writing for the firm
            "Rescheduled: Technical Deep Dive - Staff Engineer at Tallyhive",
            "Tallyhive Recruiting <interviews@loopline.example>",
            "Hi Sam,\n\nYour Technical Deep Dive for the Staff Engineer role at Tallyhive "
            "has been moved to Wednesday, November 18, 2026, 11:00 AM.\n\n-- Sent via Loopline\n",
            "Tallyhive",
        ),
    ],
)
def test_a_town_a_job_or_a_step_in_the_subject_is_no_employer(subject, frm, body, want):
    assert company(subject, body, frm) == want


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("Lyon", "place"),
        ("Lower Mainland", "place"),
        ("Asie-Pacifique", "place"),
        ("Controller Regional", "job"),
        ("Gerente Comercial", "job"),
        ("Tele RN", "job"),
        ("Hydrologist III", "job"),
        ("Regional Ops Mgr", "job"),
        ("Sachbearbeitung Umweltdaten", "job"),
        ("Entrevue", "step"),
        ("Technical Deep Dive", "step"),
        ("Kennismaking", "step"),
        ("Zweites Gespräch", "step"),
        ("CV", "step"),
        # organisations, whatever words they hold
        ("Amsterdam Trade Bank", None),
        ("Paris Baguette", None),
        ("Kestrel Bank", None),
        ("Chef Works", None),
        ("Maison Lune", None),
        ("Pacific Coast Logistics", None),
    ],
)
def test_what_a_name_names_instead(name, what):
    assert names_something_else(name) == what


def test_a_name_the_employers_domain_spells_stands_whatever_its_words():
    assert names_something_else("Lyon", own_label="lyon") is None
    assert names_something_else("Tate Whitfield", own_label="tatewhitfield") is None


def test_a_person_by_address_or_greeting_and_a_desk_is_none():
    people = [("Grace Liu", "grace.liu@halyard.example"), ("", "kenji.wr@example.com")]
    assert names_something_else("Kenji", people=people) == "person"
    assert names_something_else("Grace Liu", people=people) == "person"
    # a desk's display name at no-reply@ is no person
    desk = [("Polderkracht Energie", "no-reply@teamtailor.example")]
    assert names_something_else("Polderkracht Energie", people=desk) is None
    assert names_something_else("Naledi Khumalo", texts=["Reply to Naledi: x"]) == "person"
    assert names_something_else("Naledi Khumalo", texts=["Naledi Khumalo wrote"]) is None


@pytest.mark.parametrize(
    ("subject", "frm", "body", "want"),
    [
        (  # the client's branch town after its name
            "Maison Lune Paris - interview confirmed",
            "Becky Lowther <becky.l@kestrelrecruit.example>",
            "Hi Sam,\n\nGreat news: my client Maison Lune Paris would like to interview you "
            "for the Boutique Manager role on Thursday 12 November at 11am.\n\n"
            "Becky Lowther\nSenior Consultant\nKestrel Retail Recruitment\n",
            "Maison Lune",
        ),
        (  # the job a subject names is no client: the agency's mail then names none
            "Tele RN - Bayou Crescent",
            "Dana Pruitt <dpruitt@meridiancrest-staffing.example>",
            "Hi Sam,\n\nMy client for the Tele RN contract wants to set up an interview with "
            "you. Are you free Thursday at 2pm?\n\nDana Pruitt\nRecruiter\n"
            "Meridian Crest Staffing Solutions\n",
            None,
        ),
    ],
)
def test_an_agencys_client_is_neither_its_town_nor_the_job(subject, frm, body, want):
    assert company(subject, body, frm) == want
