"""Interviewers in a second batch of whole mails written for this test, in five languages:
writers who name others met and say (or do not say) they take part, interviewers who also
send the link or take the questions, calendar invitations sent by a coordinator or a
calendar's own mailer, panels given in lists and tables or copied, and people copied who are
not met (HR, a coordinator, the one who referred the candidate). Builders and the way a
case is read are those of ``test_people_own_mails_five_languages``.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.not_met import go_between, is_contact
from panelmail import ME, ics, met, panel_mail

CASES: list[tuple[str, bytes, set[str]]] = []


def case(name: str, raw: bytes, *expected: str) -> None:
    CASES.append((name, raw, set(expected)))


_NW = "northwind.example"

# --- the writer among those met, or not ----------------------------------------------------

case(
    "en_manager_names_two_others",
    panel_mail(
        f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
        "Re: Thursday",
        "Hi Sam,\n\nGreat, your interview is confirmed for Thursday 19 November at 2pm. "
        "You'll be meeting Priya and Kwabena from the data team.\n\nRachel",
    ),
)
case(
    "en_writer_named_with_other",
    panel_mail(
        f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
        "Interview confirmed",
        "Hi Sam,\n\nConfirming your interview on Thursday 19 November at 2pm. Kwabena Mensah "
        "and I look forward to meeting you.\n\nRachel",
    ),
    f"rachel.oyelaran@{_NW}",
)
case(
    "de_writer_takes_part",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
        "19.11.2026, um 14 Uhr. Am Gespräch nehmen Herr Reh und ich teil.\n\nViele Grüße\n"
        "Julia Marsch",
    ),
    "julia.marsch@nordwind.example",
)
case(
    "es_writer_takes_part",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Entrevista confirmada",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 15:00. "
        "Estaremos Tomás Rey y yo.\n\nUn saludo,\nJulia",
    ),
    "julia.martin@vientonorte.example",
)
case(
    "fr_received_by_monsieur",
    panel_mail(
        "Julie Marchal <julie.marchal@nordvent.example>",
        "Votre entretien",
        "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 15h. Vous "
        "serez reçu par M. Rey, directeur de l'agence.\n\nBien à vous,\nJulie Marchal",
    ),
)
case(
    "nl_mevrouw",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Bevestiging gesprek",
        "Beste Sam,\n\nHierbij bevestig ik je gesprek op donderdag 19 november om 14:00. Je "
        "gesprek is met mevrouw Berg, hoofd financiën.\n\nMet vriendelijke groet,\nJulia Mars",
    ),
)

# --- an interviewer who also sends the link or takes the questions -------------------------

case(
    "en_let_dan_know",
    panel_mail(
        f"Julia Marsh <julia.marsh@{_NW}>",
        "Interview confirmed",
        "Hi Sam,\n\nYour interview on Thursday 19 November at 2pm will be with Dan Okafor "
        f"(dan.okafor@{_NW}). If you need to reschedule, just let Dan know.\n\nBest,\nJulia"
        "\nRecruiter",
    ),
    f"dan.okafor@{_NW}",
)
case(
    "en_host_sends_invite",
    panel_mail(
        f"Julia Marsh <julia.marsh@{_NW}>",
        "Interview confirmed",
        "Hi Sam,\n\nThursday 19 November at 2pm is confirmed. Tom Reed "
        f"(tom.reed@{_NW}) will host your interview; he'll send a calendar invite shortly."
        "\n\nBest,\nJulia\nTalent Partner",
    ),
    f"tom.reed@{_NW}",
)
case(
    "de_leads_and_sends_link",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Bestätigung",
        "Hallo Frau Carter,\n\nIhr Gespräch am Donnerstag, 19.11.2026, um 14 Uhr ist bestätigt. "
        "Frau Anna Berg (anna.berg@nordwind.example) wird das Gespräch führen und Ihnen vorab "
        "den Link schicken.\n\nViele Grüße\nJulia Marsch\nPersonal",
    ),
    "anna.berg@nordwind.example",
)

# --- invitations from a coordinator or a calendar's mailer ---------------------------------

_PANEL = [
    ("Anna Berg", f"anna.berg@{_NW}", ""),
    ("Tom Reed", f"tom.reed@{_NW}", ""),
    ("Sam Carter", ME, ""),
]
case(
    "en_invite_organizer_joins_them",
    panel_mail(
        f"Julia Marsh <julia.marsh@{_NW}>",
        "Invitation: Interview @ Thu 19 Nov 2026 14:00",
        "Hi Sam,\n\nHere's the invite for Thursday. Anna, Tom and I will see you then!\n\nJulia",
        calendar=ics(("Julia Marsh", f"julia.marsh@{_NW}"), _PANEL),
    ),
    f"julia.marsh@{_NW}",
    f"anna.berg@{_NW}",
    f"tom.reed@{_NW}",
)

# --- panels in lists, tables and Cc --------------------------------------------------------

case(
    "en_looping_in",
    panel_mail(
        f"Julia Marsh <julia.marsh@{_NW}>",
        "Interview Thursday 19 November, 2pm",
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. Looping in "
        "Anna and Tom, who'll be your interviewers.\n\nBest,\nJulia",
        cc=f"Anna Berg <anna.berg@{_NW}>, Tom Reed <tom.reed@{_NW}>",
    ),
    f"anna.berg@{_NW}",
    f"tom.reed@{_NW}",
)
case(
    "en_dash_list",
    panel_mail(
        f"Julia Marsh <julia.marsh@{_NW}>",
        "Interview confirmed - Thursday 19 November, 2pm",
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm.\n\n"
        f"Your interviewers:\nAnna Berg – Head of Engineering – anna.berg@{_NW}\n"
        f"Tom Reed – Senior Engineer – tom.reed@{_NW}\n\nBest,\nJulia Marsh\nRecruiter",
    ),
    f"anna.berg@{_NW}",
    f"tom.reed@{_NW}",
)
case(
    "de_table",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Ihr Vorstellungsgespräch am 19.11.",
        "Hallo Frau Carter,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
        "19.11.2026. Der Ablauf:\n\nUhrzeit | Gesprächspartner | E-Mail\n"
        "14:00 | Anna Berg, Teamleitung | anna.berg@nordwind.example\n"
        "14:45 | Thomas Reh, Entwickler | thomas.reh@nordwind.example\n\n"
        "Viele Grüße\nJulia Marsch\nPersonalabteilung",
    ),
    "anna.berg@nordwind.example",
    "thomas.reh@nordwind.example",
)
case(
    "es_bullets",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Entrevista confirmada",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 15:00.\n\n"
        "Entrevistadores:\n• Ana Bermejo (Directora de Producto) – "
        "ana.bermejo@vientonorte.example\n• Tomás Rey (Tech Lead) – tomas.rey@vientonorte.example"
        "\n\nUn saludo,\nJulia Martín\nRecursos Humanos",
    ),
    "ana.bermejo@vientonorte.example",
    "tomas.rey@vientonorte.example",
)

# --- copied, not met -----------------------------------------------------------------------

case(
    "de_cc_referrer",
    panel_mail(
        "Anna Berg <anna.berg@nordwind.example>",
        "Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nvielen Dank an Herrn Oduya (in Kopie) für die Empfehlung! Hiermit "
        "bestätige ich unser Gespräch am Donnerstag, 19.11.2026, um 14 Uhr.\n\nViele Grüße\n"
        "Anna Berg",
        cc="Markus Oduya <markus.oduya@nordwind.example>",
    ),
    "anna.berg@nordwind.example",
)
case(
    "fr_cc_coordinator",
    panel_mail(
        "Anne Berger <anne.berger@nordvent.example>",
        "Notre entretien",
        "Bonjour Sam,\n\nJe vous confirme notre entretien le jeudi 19 novembre à 15h. Je mets "
        "en copie Lise, notre coordinatrice, qui organisera votre venue.\n\nBien à vous,\n"
        "Anne Berger",
        cc="Lise Gris <lise.gris@nordvent.example>",
    ),
    "anne.berger@nordvent.example",
)
case(
    "es_cc_hr_sends",
    panel_mail(
        "Ana Bermejo <ana.bermejo@vientonorte.example>",
        "Nuestra entrevista",
        "Hola Sam:\n\nTe confirmo nuestra entrevista el jueves 19 de noviembre a las 15:00. "
        "Pongo en copia a Lucía, de RRHH, que te enviará el acuerdo de confidencialidad.\n\n"
        "Un saludo,\nAna",
        cc="Lucía Gris <lucia.gris@vientonorte.example>",
    ),
    "ana.bermejo@vientonorte.example",
)
case(
    "en_cc_recruiter_logistics",
    panel_mail(
        f"Tom Reed <tom.reed@{_NW}>",
        "Our chat on Thursday",
        "Hi Sam,\n\nConfirming our interview on Thursday 19 November at 2pm. Adding Lisa (our "
        "recruiter) who'll handle the logistics.\n\nTom",
        cc=f"Lisa Grey <lisa.grey@{_NW}>",
    ),
    f"tom.reed@{_NW}",
)
case(
    "nl_cc_referrer",
    panel_mail(
        "Anna Berg <anna.berg@noordwind.example>",
        "Ons gesprek",
        "Hoi Sam,\n\nDank aan Mark (in de cc) voor de tip! Hierbij bevestig ik ons gesprek op "
        "donderdag 19 november om 14:00.\n\nGroet,\nAnna",
        cc="Mark Oduya <mark.oduya@noordwind.example>",
    ),
    "anna.berg@noordwind.example",
)


# --- the writer among others named without addresses, in five languages: "will also sit in",
# "join us", "ist auch dabei", "se joindra à nous", "se unirá también", "schuift ook aan" keep
# the writer; "It'll be Anna Berg and Tom Reed", "Te entrevistarán Ana y Tomás" do not

_MORE = [
    (
        "en_also_sit_in",
        panel_mail(
            f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
            "Re: interview",
            "Hi Sam,\n\nThursday 19 November at 2pm is booked for your interview. Tom Reed "
            "will also sit in.\n\nRachel",
        ),
        {f"rachel.oyelaran@{_NW}"},
    ),
    (
        "en_join_us",
        panel_mail(
            f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
            "Re: interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. Anna "
            "from my team will join us.\n\nRachel",
        ),
        {f"rachel.oyelaran@{_NW}"},
    ),
    (
        "de_auch_dabei",
        panel_mail(
            "Anna Berg <anna.berg@nordwind.example>",
            "Vorstellungsgespräch",
            "Hallo Frau Carter,\n\nhiermit bestätige ich das Vorstellungsgespräch am "
            "Donnerstag, 19.11.2026, um 14 Uhr. Mein Kollege Herr Reh ist auch "
            "dabei.\n\nViele Grüße\nAnna Berg",
        ),
        {"anna.berg@nordwind.example"},
    ),
    (
        "fr_se_joindra_a_nous",
        panel_mail(
            "Anne Berger <anne.berger@nordvent.example>",
            "Entretien",
            "Bonjour Sam,\n\nJe vous confirme l'entretien du jeudi 19 novembre à 15h. Mon "
            "collègue Thomas Rey se joindra à nous.\n\nBien à vous,\nAnne Berger",
        ),
        {"anne.berger@nordvent.example"},
    ),
    (
        "es_se_unira",
        panel_mail(
            "Ana Bermejo <ana.bermejo@vientonorte.example>",
            "Entrevista",
            "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 15:00. "
            "Se unirá también mi compañero Tomás Rey.\n\nUn saludo,\nAna",
        ),
        {"ana.bermejo@vientonorte.example"},
    ),
    (
        "nl_schuift_aan",
        panel_mail(
            "Anna Berg <anna.berg@noordwind.example>",
            "Gesprek",
            "Hoi Sam,\n\nHierbij bevestig ik je sollicitatiegesprek op donderdag 19 "
            "november om 14:00. Mijn collega Tom de Ree schuift ook aan.\n\nGroet,\nAnna",
        ),
        {"anna.berg@noordwind.example"},
    ),
    (
        "en_itll_be",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Interview confirmed",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. It'll "
            "be Anna Berg and Tom Reed from engineering.\n\nBest,\nJulia",
        ),
        set(),
    ),
    (
        "en_interviewers_will_be",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Interview confirmed",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. Your "
            "interviewers will be Anna Berg (Engineering Manager) and Tom Reed (Staff "
            "Engineer).\n\nBest,\nJulia",
        ),
        set(),
    ),
    (
        "es_te_entrevistaran",
        panel_mail(
            "Julia Martín <julia.martin@vientonorte.example>",
            "Entrevista",
            "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 15:00. "
            "Te entrevistarán Ana y Tomás, del equipo de producto.\n\nSaludos,\nJulia",
        ),
        set(),
    ),
    (
        "de_werden_sie_kennenlernen",
        panel_mail(
            "Julia Marsch <julia.marsch@nordwind.example>",
            "Termin",
            "Hallo Sam,\n\nhiermit bestätige ich dein Vorstellungsgespräch am Donnerstag, "
            "19.11.2026, um 14 Uhr. Du sprichst mit Anna und Thomas aus dem "
            "Entwicklerteam.\n\nLG Julia",
        ),
        set(),
    ),
    (
        "fr_avec_deux",
        panel_mail(
            "Julie Marchal <julie.marchal@nordvent.example>",
            "Entretien",
            "Bonjour Sam,\n\nVotre entretien est confirmé pour le jeudi 19 novembre à 15h, "
            "avec Anne et Thomas de l'équipe produit.\n\nJulie",
        ),
        set(),
    ),
    (
        "nl_het_wordt",
        panel_mail(
            "Julia Mars <julia.mars@noordwind.example>",
            "Gesprek",
            "Hoi Sam,\n\nJe gesprek op donderdag 19 november om 14:00 is bevestigd. Je "
            "spreekt met Sanne en Joost van het team.\n\nGroet,\nJulia",
        ),
        set(),
    ),
    (
        "en_manager_joined_by_me",
        panel_mail(
            f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
            "Interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. "
            "You'll meet Tom Reed, and I'll be there too.\n\nRachel",
        ),
        {f"rachel.oyelaran@{_NW}"},
    ),
    (
        "en_cc_both_interviewers_named_one_line",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Interview confirmed",
            "Hi Sam,\n\nConfirming Thursday 19 November at 2pm. Anna and Tom (both cc'd) "
            "will interview you.\n\nJulia",
            cc=f"Anna Berg <anna.berg@{_NW}>, Tom Reed <tom.reed@{_NW}>",
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "en_cc_referrer_and_interviewer",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Interview confirmed",
            "Hi Sam,\n\nThanks to Mark for the introduction. Your interview with Anna Berg "
            "is confirmed for Thursday 19 November at 2pm; I've copied them "
            "both.\n\nJulia\nRecruiter",
            cc=f"Anna Berg <anna.berg@{_NW}>, Mark Oduya <mark.oduya@{_NW}>",
        ),
        {f"anna.berg@{_NW}"},
    ),
]
for _name, _raw, _expected in _MORE:
    case(_name, _raw, *_expected)


# --- an interviewer who also takes the questions or sends the link, and go-betweens beside
# them: "Your interviewer, Dan (d@x), will contact you with the video link", "qui mènera
# l'entretien, vous contactera", "Tu entrevistadora ... te contactará"; "Kari (k@x), our hiring
# coordinator, will meet you at reception"; "and Lisa (l@x), who will send you the link"

_J = f"Julia Marsh <julia.marsh@{_NW}>"
_ASKED = [
    (
        "en_confirm_by_replying_to_interviewer",
        panel_mail(
            _J,
            "Interview",
            f"Hi Sam,\n\nYour interview is with Priya Shah (priya.shah@{_NW}) on Thursday "
            "19 November at 2pm. Please confirm by replying to Priya.\n\nJulia\nRecruiter",
        ),
        {f"priya.shah@{_NW}"},
    ),
    (
        "en_interviewer_will_contact",
        panel_mail(
            _J,
            "Interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. Your "
            f"interviewer, Dan Okafor (dan.okafor@{_NW}), will contact you with the video "
            "link.\n\nJulia\nRecruiter",
        ),
        {f"dan.okafor@{_NW}"},
    ),
    (
        "de_interviewer_meldet_sich",
        panel_mail(
            "Julia Marsch <julia.marsch@nordwind.example>",
            "Gespräch",
            "Hallo Frau Carter,\n\nIhr Vorstellungsgespräch am Donnerstag, 19.11.2026, um "
            "14 Uhr ist bestätigt. Ihr Gesprächspartner, Herr Jonas Weber "
            "(jonas.weber@nordwind.example), wird Sie vorab mit dem Link "
            "kontaktieren.\n\nViele Grüße\nJulia Marsch\nPersonal",
        ),
        {"jonas.weber@nordwind.example"},
    ),
    (
        "fr_interviewer_contactera",
        panel_mail(
            "Julie Marchal <julie.marchal@nordvent.example>",
            "Entretien",
            "Bonjour Sam,\n\nVotre entretien du jeudi 19 novembre à 15h est confirmé. "
            "Claire Dumas (claire.dumas@nordvent.example), qui mènera l'entretien, vous "
            "contactera pour le lien.\n\nCordialement,\nJulie Marchal\nRH",
        ),
        {"claire.dumas@nordvent.example"},
    ),
    (
        "es_interviewer_contactara",
        panel_mail(
            "Julia Martín <julia.martin@vientonorte.example>",
            "Entrevista",
            "Hola Sam:\n\nTu entrevista del jueves 19 de noviembre a las 15:00 está "
            "confirmada. Tu entrevistadora, Lucía Romero "
            "(lucia.romero@vientonorte.example), te contactará con el "
            "enlace.\n\nSaludos,\nJulia\nRRHH",
        ),
        {"lucia.romero@vientonorte.example"},
    ),
    (
        "nl_interviewer_neemt_contact",
        panel_mail(
            "Julia Mars <julia.mars@noordwind.example>",
            "Gesprek",
            "Hoi Sam,\n\nJe sollicitatiegesprek op donderdag 19 november om 14:00 is "
            "bevestigd. Je gesprekspartner, Sanne de Vries "
            "(sanne.devries@noordwind.example), neemt vooraf contact met je op over de "
            "link.\n\nGroet,\nJulia\nRecruiter",
        ),
        {"sanne.devries@noordwind.example"},
    ),
    (
        "en_coordinator_walks_you",
        panel_mail(
            _J,
            "Interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. Kari "
            f"Lindqvist (kari.lindqvist@{_NW}), our hiring coordinator, will meet you at "
            "reception and walk you to your interview with Tom Reed "
            f"(tom.reed@{_NW}).\n\nJulia\nRecruiter",
        ),
        {f"tom.reed@{_NW}"},
    ),
    (
        "en_hr_can_help",
        panel_mail(
            _J,
            "Interview",
            f"Hi Sam,\n\nYou'll meet Tom Reed (tom.reed@{_NW}) on Thursday 19 November at "
            f"2pm. If you have questions before then, HR (Lisa Grey, lisa.grey@{_NW}) can "
            "help.\n\nJulia\nRecruiter",
        ),
        {f"tom.reed@{_NW}"},
    ),
    (
        "en_reply_to_her_questions",
        panel_mail(
            _J,
            "Interview",
            f"Hi Sam,\n\nYou're booked with Priya Shah (priya.shah@{_NW}) for Thursday 19 "
            "November at 2pm. Feel free to reply to her with any questions "
            "beforehand.\n\nJulia\nRecruiter",
        ),
        {f"priya.shah@{_NW}"},
    ),
    (
        "en_sig_table_panel",
        panel_mail(
            _J,
            "Interview confirmed: Thursday 19 November 2pm",
            "Hi Sam,\n\nConfirmed: Thursday 19 November, 2pm, 2 Wharf St.\n\nWho you'll "
            f"meet\nAnna Berg | Head of Engineering | anna.berg@{_NW}\nTom Reed | Staff "
            f"Engineer | tom.reed@{_NW}\n\nJulia Marsh | Recruiter | julia.marsh@{_NW}",
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "en_interviewer_then_contact_in_one_sentence",
        panel_mail(
            _J,
            "Interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. "
            f"You'll meet Tom Reed (tom.reed@{_NW}), who will interview you, and Lisa Grey "
            f"(lisa.grey@{_NW}), who will send you the link.\n\nJulia\nRecruiter",
        ),
        {f"tom.reed@{_NW}"},
    ),
    (
        "en_recruiter_contact_not_interviewer",
        panel_mail(
            _J,
            "Interview",
            "Hi Sam,\n\nYour interview with the hiring manager is confirmed for Thursday "
            f"19 November at 2pm. Our recruiting coordinator, Lisa Grey (lisa.grey@{_NW}), "
            "will contact you with the link.\n\nJulia\nRecruiter",
        ),
        set(),
    ),
]
for _name, _raw, _expected in _ASKED:
    case(_name, _raw, *_expected)


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_people_the_candidate_meets(name, raw, expected):
    assert met(raw) == expected


_DAN = Person("Dan Okafor", f"dan.okafor@{_NW}")
_LISA = Person("Lisa Grey", f"lisa.grey@{_NW}")


@pytest.mark.parametrize(
    "text",
    [
        f"Your interviewer, Dan Okafor ({_DAN.email}), will contact you with the link.",
        f"Dan Okafor ({_DAN.email}), who will interview you, will send you the invite.",
        f"Tu entrevistador, Dan Okafor ({_DAN.email}), te contactará con el enlace.",
    ],
)
def test_one_called_the_interviewer_is_no_mere_contact(text):
    assert not is_contact(text, _DAN)
    assert not go_between(text, _DAN)


def test_a_go_between_beside_an_interviewer_in_one_sentence():
    text = (
        f"You'll meet Dan Okafor ({_DAN.email}), who will interview you, and Lisa Grey "
        f"({_LISA.email}), who will send you the link."
    )
    assert go_between(text, _LISA)
    assert not go_between(text, _DAN)
