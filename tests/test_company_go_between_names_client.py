"""classify(): a staffing firm's or recruitment outsourcer's mail names its client.

A careful reader knows a go-between by the kind of firm it signs as (a temp agency,
"Personaldienstleistungen", "uitzendbureau", an "RPO", "recruiting on behalf of X") or by
how it passes the employer's word on ("the confirmation from client", "vom Kunden"), even
where its domain holds no agency word; the employer is then the client the mail names,
and a firm the subject heads with and the text speaks of outweighs a place the text
names after "at". Worded afresh, in other sectors and languages than the dev sets, with
counter-cases of an employer's own in-house desk.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.agency import acts_for_client, is_agency
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<ag2@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    "signature",
    [
        "Joris Claes\nConsultant Bouw\nBouwkracht uitzendbureau - kantoor Gent",
        "Petra Vogt\nDisponentin | Nordlicht Zeitarbeit GmbH",
        "Lena Hoff\nPersonalberaterin\nBlauwerk Personaldienstleistungen GmbH",
        "Dana Ruiz\nTalent Sourcer, Keystone RPO",
        "Ade Bello\nSenior Recruiter\nRecruiting on behalf of Halcyon Foods",
        "Claire Morel\nChargée de recrutement, Atout agence d'intérim",
        "Marta Gil\nConsultora, Plenum Empresa de Trabajo Temporal",
    ],
)
def test_the_kind_of_firm_signing_makes_an_agency(signature: str) -> None:
    assert is_agency("plainfirm.example", signature, "")


@pytest.mark.parametrize(
    "signature",
    [
        "Ruth Saenz\nTalent Acquisition Partner\nHalcyon Foods",
        "Kees Bos\nAfdeling Werving & Selectie\nGemeente Dijkwater",
        "Ines Roth\nPersonalreferentin\nStadtwerke Elbtal GmbH",
        "Ben Ott\nHead of Recruitment\nRiverton Rail",
    ],
)
def test_an_in_house_desk_is_no_agency(signature: str) -> None:
    assert not is_agency("halcyonfoods.example", signature, "")


@pytest.mark.parametrize(
    "text",
    [
        "PFB the interview confirmation from client, all set for Monday.",
        "Hier die Bestätigung vom Kunden für Donnerstag.",
        "Voici le retour du client : ils aimeraient vous revoir.",
        "Te reenvío la respuesta del cliente sobre la entrevista.",
        "Hierbij de terugkoppeling van de opdrachtgever over je gesprek.",
    ],
)
def test_passing_on_the_clients_word_is_a_go_between(text: str) -> None:
    assert acts_for_client(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will present to a client from our retail portfolio during the case study.",
        "Our client services team sits on the third floor.",
        "Die Kundenzufriedenheit ist uns wichtig; Sie betreuen Kunden im Außendienst.",
    ],
)
def test_an_employer_speaking_of_its_own_clients_is_no_go_between(text: str) -> None:
    assert not acts_for_client(text)


def test_a_temp_agency_without_a_trade_domain_names_its_client() -> None:
    raw = mail(
        "Hallo Sam,\n\nwie besprochen: die Firma Ostwind Kältetechnik möchte Sie kennenlernen "
        "für die Stelle als Servicetechniker.\n\nTermin: Dienstag, 17.11.2026 um 9:00 Uhr\n"
        "Ort: Ostwind Kältetechnik, Hafenstraße 4, Rostock\n\nViele Grüße\nPetra Vogt\n"
        "Disponentin | Nordlicht Zeitarbeit GmbH\n",
        subject="Vorstellungsgespräch bei Ostwind Kältetechnik",
        frm="Petra Vogt <p.vogt@nordlicht-nord.example>",
    )
    assert company(raw) == "Ostwind Kältetechnik"


def test_an_outsourcer_recruiting_on_behalf_of_a_client_names_it() -> None:
    raw = mail(
        "Hi Sam,\n\nThanks for your time today. The hiring manager would like to see you for "
        "the Warehouse Lead role.\n\nBest,\nDana\n\nDana Ruiz\nTalent Sourcer, Keystone RPO\n"
        "Recruiting on behalf of Halcyon Foods\n",
        subject="Next step - Warehouse Lead",
        frm="Dana Ruiz <dana.ruiz@keystonepeople.example>",
    )
    assert company(raw) == "Halcyon Foods"


def test_the_firm_the_subject_heads_with_outweighs_a_place() -> None:
    raw = mail(
        "Hi Sam\n\nGood news - Marrow have read your CV for the Site Supervisor job and "
        "want to see you for an interview at Doncaster next week. Can you send me two or "
        "three times that suit?\n\nCheers\nOllie\n\n--\nOllie Grant | Consultant | "
        "Bramhall Construction Recruitment\n",
        subject="Marrow Civils - they'd like to meet",
        frm="Ollie Grant <ollie@bramhall-recruitment.example>",
    )
    assert company(raw) == "Marrow Civils"


def test_an_employers_own_mail_keeps_its_name() -> None:
    raw = mail(
        "Hi Sam,\n\nWe'd like to invite you to an interview at our Leeds office for the "
        "Site Supervisor role. Could you send me a few times next week?\n\nBest,\nRuth\n\n"
        "Ruth Saenz\nTalent Acquisition Partner\nMarrow Civils\n",
        subject="Update Site Supervisor - Marrow Civils",
        frm="Ruth Saenz <ruth.saenz@marrowcivils.example>",
    )
    assert company(raw) == "Marrow Civils"
