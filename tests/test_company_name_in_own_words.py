"""Company names on fresh mail: the employer as a person would name it, from the mail's own
words, not a branch's place, a job board's name or a booking service's."""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.spelling import title_from_domain
from classifymail import ME, mail

mail = functools.partial(mail, subject="Your application", message_id="<cn2@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


_ASK = (
    "Hi Sam,\n\nThanks for your CV. Could you come in for a quick interview next week? "
    "Let me know which day suits you.\n\n"
)


@pytest.mark.parametrize(
    ("domain", "sign_off", "name"),
    [
        # a shop, café or depot signs with the branch it runs: the place is no part of the name
        ("brambleandpine", "Marta\nBramble & Pine Leeds", "Bramble & Pine"),
        ("oakhollowoutdoor", "Store Manager, Oakhollow Outdoor Galway", "Oakhollow Outdoor"),
        ("velarmuebles", "Luis\nVelar Muebles Sevilla", "Velar Muebles"),
        ("boulangeriefleury", "Claire\nBoulangerie Fleury Lyon", "Boulangerie Fleury"),
    ],
)
def test_a_branchs_place_after_the_name_is_not_part_of_it(
    domain: str, sign_off: str, name: str
) -> None:
    assert company(mail(_ASK + sign_off, frm=f"Marta Ruiz <m.ruiz@{domain}.example>")) == name


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        # counter-cases: a word that recurs, or a name that is not whole without it, stays
        (
            "thornleigh",
            "Thornleigh Pottery is hiring. Visit Thornleigh Pottery on Saturday.",
            "Thornleigh Pottery",
        ),
        ("quillfield", "the Quillfield Academies Trust", "Quillfield Academies Trust"),
        ("glenmara", "Glenmara Hotels", "Glenmara Hotels"),
    ],
)
def test_a_word_that_recurs_or_completes_the_name_stays(domain: str, text: str, name: str) -> None:
    body = f"{_ASK}{text}\n\nBest,\nMarta Ruiz"
    assert company(mail(body, frm=f"Marta Ruiz <m.ruiz@{domain}.example>")) == name


def test_a_named_store_does_not_beat_the_name_with_its_trade() -> None:
    body = (
        "Hi Sam, thanks for applying!\n\nStore: Larkfield Bramhall\nRole: Customer Assistant\n\n"
        "We'll be in touch soon.\n\nLarkfield Foodstores Careers"
    )
    raw = mail(body, frm="Ava <ava@larkfield.example>", subject="Thanks for applying")
    assert company(raw) == "Larkfield Foodstores"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("pavilionsports.example", "Pavilion Sports"),
        ("hopsacktaproom.example", "Hopsack Taproom"),
        ("kerrydistribution.example", "Kerry Distribution"),
        ("ashlanesupermarkets.example", "Ashlane Supermarkets"),
    ],
)
def test_a_domain_with_a_trade_word_splits_at_it(domain: str, name: str) -> None:
    assert title_from_domain(domain) == name


@pytest.mark.parametrize(
    ("domain", "line", "name"),
    [
        # no title opens the line: the name comes first, its town after the comma
        ("quaysidegalway", "Quayside Hotel, Galway", "Quayside Hotel"),
        ("fondaleal", "Fonda Leal, Oaxaca", "Fonda Leal"),
        ("marebleulille", "Maison Marebleu, Lille", "Maison Marebleu"),
    ],
)
def test_a_signature_line_of_name_then_town_gives_the_name(domain: str, line: str, name: str):
    body = f"{_ASK}Thanks,\nNiamh\n\nNiamh Walsh\nDuty Manager\n{line}"
    assert company(mail(body, frm=f"Niamh Walsh <niamh@{domain}.example>")) == name


def test_a_title_then_company_line_still_gives_the_company() -> None:
    # counter-case: "Title, Company" keeps the part after the comma
    body = f"{_ASK}Thanks,\nNiamh Walsh\nHead Receptionist, Lough Corrib Lodge"
    assert company(mail(body, frm="Niamh Walsh <niamh@gmail.example>")) == "Lough Corrib Lodge"


@pytest.mark.parametrize(
    ("domain", "line", "name"),
    [
        ("brennanretail", "Brennan Retail Ltd t/a Corner Cupboard", "Corner Cupboard"),
        ("okaforfoods", "Okafor Foods Limited, trading as Jollof Junction", "Jollof Junction"),
    ],
)
def test_the_name_a_firm_trades_as_is_the_employer(domain: str, line: str, name: str) -> None:
    body = f"{_ASK}Tom\nArea Manager\n{line}"
    assert company(mail(body, frm=f"Tom Byrne <tom@{domain}.example>")) == name


def test_a_firm_without_a_trading_name_keeps_its_own() -> None:
    body = f"{_ASK}Tom\nArea Manager\nBrennan Retail Ltd - Dundrum | Swords"
    assert company(mail(body, frm="Tom Byrne <tom@brennanretail.example>")) == "Brennan Retail"


def test_an_article_opening_a_signatures_name_line_is_part_of_it() -> None:
    body = (
        "Bonjour Sam,\n\nMerci pour votre candidature. Pourriez-vous passer jeudi pour un "
        "entretien ?\n\nCordialement,\nLéa Martin\nCheffe de salle\nLe Comptoir Vermeil, Lyon"
    )
    raw = mail(body, frm="Léa Martin <lea@comptoirvermeil.example>", subject="Candidature")
    assert company(raw) == "Le Comptoir Vermeil"


def test_a_name_ending_like_a_title_but_naming_a_place_of_work_is_kept() -> None:
    body = f"{_ASK}Thanks,\nDana Reyes\nNurse Manager\nBayshore Community Health Center, Oakland"
    raw = mail(body, frm="Dana Reyes <dana.reyes@gmail.example>")
    assert company(raw) == "Bayshore Community Health Center"


_ES = "Hola Sam,\n\nTe escribo sobre {}. Nos gustaría invitarte a una entrevista el jueves."
_FR = "Bonjour Sam,\n\nJe vous écris au sujet de {}. Pourriez-vous venir en entretien jeudi ?"


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        ("olivarsol", _ES.format("la oferta de Conservas Olivarsol"), "Conservas Olivarsol"),
        ("kerlouan", _FR.format("la Coopérative Kerlouan"), "Coopérative Kerlouan"),
        ("pradera", _ES.format("el puesto en Grupo Hotelero Pradera"), "Grupo Hotelero Pradera"),
        (
            "sauvigny-labs",
            _FR.format("votre candidature aux Laboratoires Sauvigny"),
            "Laboratoires Sauvigny",
        ),
    ],
)
def test_a_trade_word_before_the_domains_name_belongs_to_it(
    domain: str, text: str, name: str
) -> None:
    raw = mail(f"{text}\n\nAna", frm=f"Ana Gil <ana@{domain}.example>", subject="Entrevista")
    assert company(raw) == name


def test_a_persons_first_name_before_the_domains_name_is_not_part_of_it() -> None:
    # counter-case: "Philippe Ortalan" is the founder, the firm is still Ortalan
    body = (
        "Bonjour Sam,\n\nVous serez reçue par Philippe Ortalan jeudi à 10h pour un entretien."
        "\n\nCordialement,\nSophie\nOrtalan"
    )
    raw = mail(body, frm="Sophie Roux <sophie@ortalan.example>", subject="Entretien")
    assert company(raw) == "Ortalan"


@pytest.mark.parametrize(
    ("domain", "sign_off", "name"),
    [
        # initials of the last words, not an abbreviation of one of them
        ("mesquitevalleymc", "Mesquite Valley Medical Center", "Mesquite Valley Medical Center"),
        ("larkspurbh", "Larkspur Behavioral Health", "Larkspur Behavioral Health"),
        ("valdemorahu", "Valdemora Hospital Universitario", "Valdemora Hospital Universitario"),
    ],
)
def test_a_label_ending_in_initials_spells_each_word(domain: str, sign_off: str, name: str):
    body = f"{_ASK}Regards,\nJo Patel\nNurse Recruiter\n{sign_off}"
    assert company(mail(body, frm=f"Jo Patel <jpatel@{domain}.example>")) == name


def test_a_label_abbreviating_one_word_still_reads_as_it() -> None:
    # counter-case: "lindqvist-mb" stands for one word, "Maschinenbau"
    body = (
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie gern zu einem Gespräch am "
        "Donnerstag ein.\n\nViele Grüße\nJonas Berg\nLindqvist Maschinenbau"
    )
    raw = mail(body, frm="Jonas Berg <berg@lindqvist-mb.example>", subject="Ihre Bewerbung")
    assert company(raw) == "Lindqvist Maschinenbau"


def test_a_school_districts_k12_domain_names_the_district() -> None:
    body = (
        f"{_ASK}Lori Husby\nHR Specialist\nWillow Creek Public Schools, ISD 412\n"
        "300 Main St, Willow Creek, MN"
    )
    raw = mail(body, frm="Lori Husby <lhusby@willowcreek.k12.example>")
    assert company(raw) == "Willow Creek Public Schools"


def test_a_typographic_apostrophe_is_the_typed_one() -> None:
    body = f"{_ASK}Colleen MacIsaac\nSt. Ciarán’s Health Centre | Halifax, Nova Scotia"
    raw = mail(body, frm="Colleen MacIsaac <colleen@stciarans.example>")
    assert company(raw) == "St. Ciarán's Health Centre"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Hello Sam,\n\nGood news: the client has agreed to lift the confidentiality: it is "
            "Tollymore Foods, the family group behind the Tollymore brand. The chairman will "
            "see you on Thursday at 10:00 for an interview.\n\nBest,\nPaul Devlin\n"
            "Devlin Search Partners",
            "Tollymore Foods",
        ),
        (
            "Estimada Sam:\n\nYa compartí su perfil con nuestro cliente y ahora puedo decirle de "
            "quién se trata: es Cerámicas Valdivia, el grupo familiar de Puebla. La entrevista "
            "será el jueves a las 10:00.\n\nSaludos,\nMauricio Ferrán\nFerrán Search",
            "Cerámicas Valdivia",
        ),
        (
            "Bonjour Sam,\n\nNotre client accepte de lever la confidentialité : il s'agit de la "
            "Fromagerie Lanoë, à Rennes. L'entretien aura lieu jeudi à 10h.\n\nCordialement,\n"
            "Anne Roux\nRoux Recrutement",
            "Fromagerie Lanoë",
        ),
    ],
)
def test_a_search_firms_client_named_later_in_the_paragraph_is_the_employer(
    body: str, name: str
) -> None:
    raw = mail(body, frm="Paul Devlin <paul@devlinsearch.example>", subject="Next step")
    assert company(raw) == name


def test_it_is_without_a_client_in_the_paragraph_names_nobody() -> None:
    # counter-case: "it is Thursday Kitchen" far from any word for the client is no reveal
    body = (
        "Hello Sam,\n\nOur client would like to meet you for an interview on Thursday at 10:00."
        "\n\nAs for the venue, it is Harbour Room on the second floor.\n\nBest,\nPaul Devlin\n"
        "Devlin Search Partners"
    )
    raw = mail(body, frm="Paul Devlin <paul@devlinsearch.example>", subject="Next step")
    assert company(raw) != "Harbour Room"


def test_a_search_firm_with_its_client_unnamed_is_not_the_employer() -> None:
    body = (
        "Hola Sam:\n\nTe cuento cómo quedó lo del jueves: nuestro cliente salió muy bien "
        "impresionado. Necesitan dos referencias antes del viernes.\n\nUn abrazo,\nLucía"
    )
    raw = mail(body, frm="Lucía Benavente <lb@cumbre-talent.example>", subject="Referencias")
    assert company(raw) is None


def test_an_ats_mail_domain_holding_an_agency_word_is_no_agency() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying for Customer Experience Advisor (Welsh Speaker) at "
        "Glasfryn Contact Centre. We will review your application and be in touch.\n\n"
        "Glasfryn Careers"
    )
    raw = mail(
        body,
        frm="Glasfryn Careers <glasfryn@talent-icims-mail.example>",
        subject="Thank you for applying – Customer Experience Advisor (Welsh Speaker)",
    )
    assert company(raw) == "Glasfryn Contact Centre"


def test_a_careers_senders_name_is_written_out_even_when_the_short_one_recurs() -> None:
    body = (
        "Dear Sam,\n\nThank you for your interest in joining Ashcombe Home & Garden this season."
        "\n\nLocation: Ashcombe Didsbury\nDate: 03/12/2026 at 12:00\n\nKind regards,\n"
        "Ashcombe Talent Acquisition"
    )
    raw = mail(body, frm="Ashcombe Careers <ashcombe@myworkday-mail.example>")
    assert company(raw) == "Ashcombe Home & Garden"


@pytest.mark.parametrize(
    ("domain", "sign_off", "name"),
    [
        # "St." opens a saint's name; its dot ends no sentence
        (
            "stciarans",
            "Colleen MacIsaac | Talent Acquisition Partner\nSt. Ciarán's Health Centre",
            "St. Ciarán's Health Centre",
        ),
        (
            "mtalder",
            "Marc Gagnon\nHR Advisor\nMt. Alder Community College",
            "Mt. Alder Community College",
        ),
    ],
)
def test_a_saints_name_is_spelled_from_the_domain(domain: str, sign_off: str, name: str) -> None:
    body = "Thanks for your message. I am out of the office until Monday.\n\n" + sign_off
    assert company(mail(body, frm=f"Colleen <c@{domain}.example>")) == name


def test_a_job_title_in_the_subject_is_no_employer() -> None:
    body = (
        "Hi Sam - tmrw works. 0800 Mountain, I'll send a Teams link first thing.\n\nBev\n\n"
        "> From: Sam\n> Re: Clinical Nurse Educator - LTC posting\n> I applied for the Clinical "
        "Nurse Educator role and would welcome a call."
    )
    raw = mail(
        body,
        frm="Beverley Stroud <beverley.stroud@tamarackcare.example>",
        subject="RE: Clinical Nurse Educator - LTC posting",
    )
    assert company(raw) == "Tamarack Care"


def test_the_threads_spelling_of_the_domain_beats_the_subjects_team() -> None:
    body = (
        "Hi Sam,\n\nThank you for the call on Monday. After careful consideration we have "
        "decided not to move forward with your application for the Clinical Educator position.\n\n"
        "Erin\n\n>> Erin Thibodeaux\n>> Clinical Manager\n>> Bluff Creek Home Health & Hospice "
        "| Spokane, WA\n>> We'd like to set up a phone call about Home Health."
    )
    raw = mail(
        body,
        frm="Erin Thibodeaux <erin.t@bluffcreekhh.example>",
        subject="Re: Phone call Monday - Clinical Educator (Home Health)",
    )
    assert company(raw) == "Bluff Creek Home Health & Hospice"


def test_a_job_board_signing_as_itself_names_the_employer_it_sent_to() -> None:
    body = (
        "Application submitted\n\nYour application has been sent to Corran Fulfilment.\n\n"
        "Picker/Packer – Days\n\nThe employer will review your application. Most employers on "
        "JobHarbour respond within 3 days.\n\nJobHarbour · Unsubscribe"
    )
    raw = mail(body, frm="JobHarbour <no-reply@jobharbour.example>", subject="Application sent")
    assert company(raw) == "Corran Fulfilment"


def test_a_booking_service_signing_as_itself_gives_way_to_its_hosts_employer() -> None:
    body = (
        "Hi Sam,\n\nYour event has been scheduled.\n\nEvent type:\nPhone screen – Night Team "
        "Leader (15 min)\n\nWith:\nMarisa Quinn\n\nDate and time:\n12:00pm - 12:15pm, Tuesday, "
        "1 December 2026 (GMT - London)\n\nQuestions? Reply to this email to reach Marisa."
    )
    raw = mail(
        body,
        frm="Bookly <notifications@bookly.example>",
        headers="Reply-To: Marisa Quinn <marisa.quinn@harrowmart.example>\r\n",
        subject="Confirmed: Phone screen – Night Team Leader with Marisa Quinn",
    )
    assert company(raw) == "Harrowmart"


def test_an_employers_own_no_reply_under_its_name_is_still_the_employer() -> None:
    # counter-case: the display name spells the sending domain, and no one else is named
    body = (
        "Dear Sam,\n\nThank you for applying for the Store Assistant role. We will review your "
        "application and be in touch within two weeks.\n\nKind regards,\nBrannock"
    )
    raw = mail(body, frm="Brannock <no-reply@brannock.example>", subject="Application received")
    assert company(raw) == "Brannock"


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        (
            "santelaurier",
            "Merci de l'intérêt que vous portez au Centre de santé du Laurier. Nous vous "
            "convoquons à une entrevue jeudi à 10 h.",
            "Centre de santé du Laurier",
        ),
        (
            "saluddelpinar",
            "Gracias por tu interés en el Centro de salud del Pinar. Te invitamos a una "
            "entrevista el jueves a las 10:00.",
            "Centro de salud del Pinar",
        ),
    ],
)
def test_a_public_bodys_name_with_lower_case_words_is_spelled_from_its_domain(
    domain: str, text: str, name: str
) -> None:
    raw = mail(f"Bonjour,\n\n{text}\n\nJulie Roy", frm=f"Julie Roy <jroy@{domain}.example>")
    assert company(raw) == name


def test_a_lower_case_phrase_not_ending_in_the_label_is_not_the_name() -> None:
    # counter-case: "Centre de santé des Deux-Rives" from an unrelated domain is not spelled
    text = "Vous travaillez au Centre de santé des Deux-Rives, je crois ? Entrevue jeudi à 10 h."
    raw = mail(f"Bonjour,\n\n{text}\n\nJulie Roy", frm="Julie Roy <jroy@hopitalboreal.example>")
    assert company(raw) != "Centre de santé des Deux-Rives"


@pytest.mark.parametrize(
    ("display", "name"),
    [("Corran Freight Hiring", "Corran Freight"), ("Maison Lusse Hiring Team", "Maison Lusse")],
)
def test_a_hiring_desk_in_the_senders_name_is_no_part_of_the_employer(display: str, name: str):
    body = (
        f"Hi Sam,\n\nYou've passed the screening questions for Warehouse Operative at {name}. "
        "Choose your interview slot: https://book.example/s/9KQ2\n\n"
        f"{name} Recruitment"
    )
    raw = mail(body, frm=f"{display} <hiring@slotpost-notify.example>", subject="Next step")
    assert company(raw) == name
