"""Interviewers in whole mails written for this test, in English, German, French, Spanish and
Dutch, around five ways a reader goes wrong:

1. the mail names the interviewers without their addresses ("you'll meet Anna Berg and Tom
   Reed"): nobody is listed, and the one who wrote only when they say they take part;
2. an interviewer named with an address in a sentence that also says "reply to her with any
   questions" or "she'll send you the link" is still met;
3. an invitation whose organizer is a coordinator, not one of the people met;
4. panel addresses given in a signature, a table, the Cc header ("cc'd here"), a list with
   roles;
5. people copied who are not met: HR, the hiring coordinator, the one who referred the
   candidate.

Each expected set is what a careful reader would write a thank-you to: the addresses, in the
message, of the people the candidate meets.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.unaddressed import names_others_met
from panelmail import ME, ics, met, panel_mail

CASES: list[tuple[str, bytes, set[str]]] = []


def case(name: str, raw: bytes, *expected: str) -> None:
    CASES.append((name, raw, set(expected)))


# --- 1. interviewers named without their addresses ------------------------------------------

case(
    "en_names_only_writer_unsigned",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Your interview on Thursday",
        "Hi Sam,\n\nGood news: you'll meet Anna Berg and Tom Reed on Thursday 19 November at "
        "2pm at our Leeds office. Let me know if that works for you.\n\nBest,\nJulia",
    ),
)
case(
    "en_names_only_with_our_cto",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview confirmation",
        "Hi Sam,\n\nThanks for confirming. Your interview is on Thursday 19 November at 14:00 "
        "with our CTO, Anna Berg, and Tom Reed from the platform team. It will take about an "
        "hour.\n\nSee you soon,\nJulia Marsh",
    ),
)
case(
    "en_names_only_writer_joins_them",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Your interview on Thursday",
        "Hi Sam,\n\nYou'll meet Anna Berg and Tom Reed on Thursday 19 November at 2pm, and I'll "
        "join for the first ten minutes as well.\n\nBest,\nJulia",
    ),
    "julia.marsh@northwind.example",
)
case(
    "en_names_only_writer_and_colleague",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Thursday",
        "Hi Sam,\n\nConfirming your interview on Thursday 19 November at 2pm: Tom Reed and I "
        "will meet you in the cafe on the ground floor.\n\nCheers,\nJulia",
    ),
    "julia.marsh@northwind.example",
)
case(
    "en_manager_fixes_time_names_nobody",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Re: Data analyst role",
        "Hi Sam,\n\nThursday 19 November at 2pm works for me. I'll call you on your mobile."
        "\n\nJulia",
    ),
    "julia.marsh@northwind.example",
)
case(
    "de_names_only",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Ihr Vorstellungsgespräch am Donnerstag",
        "Hallo Frau Carter,\n\nvielen Dank für Ihre Rückmeldung. Ihre Gesprächspartner am "
        "Donnerstag, 19.11.2026, um 14:00 Uhr sind Frau Anna Berg (Teamleitung Einkauf) und "
        "Herr Thomas Reh.\n\nViele Grüße\nJulia Marsch",
    ),
)
case(
    "de_names_only_kennenlernen",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Einladung zum Kennenlernen",
        "Hallo Sam,\n\nhiermit bestätige ich dein Vorstellungsgespräch am Donnerstag, "
        "19.11.2026 um 14 Uhr. Dort lernst du Anna Berg und Thomas Reh aus dem Team "
        "kennen.\n\nLG\nJulia",
    ),
)
case(
    "fr_names_only",
    panel_mail(
        "Julie Marchal <julie.marchal@nordvent.example>",
        "Votre entretien jeudi",
        "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 15h. Vous "
        "rencontrerez Anne Berger, responsable technique, ainsi que Thomas Rey.\n\nBelle "
        "journée,\nJulie",
    ),
)
case(
    "es_names_only",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Tu entrevista del jueves",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 15:00 con Ana "
        "Bermejo y Tomás Rey, del equipo de producto.\n\nUn saludo,\nJulia",
    ),
)
case(
    "nl_names_only",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Je gesprek donderdag",
        "Hoi Sam,\n\nJe spreekt donderdag 19 november om 14:00 met Anna Berg en Tom de Ree. "
        "Laat even weten of dat lukt.\n\nGroetjes,\nJulia",
    ),
)
case(
    "nl_names_only_writer_also",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Je gesprek donderdag",
        "Hoi Sam,\n\nDonderdag 19 november om 14:00 spreek je met Anna Berg en mij.\n\n"
        "Groetjes,\nJulia",
    ),
    "julia.mars@noordwind.example",
)

# --- 2. an interviewer who also sends the link or takes questions --------------------------

case(
    "en_interviewer_sends_link_and_takes_questions",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview confirmed",
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm. You'll be "
        "interviewed by Priya Shah (priya.shah@northwind.example). She'll send you the Teams "
        "link the day before; reply to her with any questions about the role.\n\nBest,\n"
        "Julia Marsh\nTalent Acquisition",
    ),
    "priya.shah@northwind.example",
)
case(
    "en_interviewer_named_then_reply_to_her",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview confirmed",
        "Hi Sam,\n\nYour interview with Priya Shah, our Head of Data, is booked for Thursday "
        "19 November at 2pm. If anything comes up, reply to Priya directly at "
        "priya.shah@northwind.example.\n\nBest,\nJulia Marsh\nRecruiter",
    ),
    "priya.shah@northwind.example",
)
case(
    "en_coordinator_sends_link_not_met",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview confirmed",
        "Hi Sam,\n\nYou'll meet Tom Reed (tom.reed@northwind.example) on Thursday 19 November "
        "at 2pm. Lisa Grey (lisa.grey@northwind.example), our coordinator, will send you the "
        "link; please contact her with any questions.\n\nBest,\nJulia Marsh\nRecruiter",
    ),
    "tom.reed@northwind.example",
)
case(
    "de_interviewer_sends_link",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Bestätigung Ihres Vorstellungsgesprächs",
        "Sehr geehrte Frau Carter,\n\nhiermit bestätige ich Ihr Gespräch am Donnerstag, "
        "19.11.2026, um 14:00 Uhr. Ihr Gesprächspartner ist Herr Jonas Weber "
        "(jonas.weber@nordwind.example). Er schickt Ihnen vorab den Teams-Link; bei Fragen "
        "können Sie sich gern direkt an ihn wenden.\n\nMit freundlichen Grüßen\nJulia Marsch\n"
        "Personalabteilung",
    ),
    "jonas.weber@nordwind.example",
)
case(
    "fr_interviewer_sends_link",
    panel_mail(
        "Julie Marchal <julie.marchal@nordvent.example>",
        "Confirmation de votre entretien",
        "Bonjour Sam,\n\nVotre entretien est confirmé le jeudi 19 novembre à 15h. Vous serez "
        "reçu par Claire Dumas (claire.dumas@nordvent.example). Elle vous enverra le lien "
        "Teams la veille ; n'hésitez pas à lui écrire pour toute question.\n\nCordialement,\n"
        "Julie Marchal\nChargée de recrutement",
    ),
    "claire.dumas@nordvent.example",
)
case(
    "es_interviewer_sends_link",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Confirmación de tu entrevista",
        "Hola Sam:\n\nTu entrevista queda confirmada para el jueves 19 de noviembre a las "
        "15:00. Te entrevistará Lucía Romero (lucia.romero@vientonorte.example). Ella te "
        "enviará el enlace de Meet; si tienes cualquier duda, escríbele directamente.\n\n"
        "Un saludo,\nJulia Martín\nSelección de personal",
    ),
    "lucia.romero@vientonorte.example",
)
case(
    "nl_interviewer_sends_link",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Bevestiging sollicitatiegesprek",
        "Hoi Sam,\n\nJe gesprek staat gepland op donderdag 19 november om 14:00 met Sanne de "
        "Vries (sanne.devries@noordwind.example). Zij stuurt je vooraf de Teams-link; mail "
        "haar gerust als je vragen hebt.\n\nGroet,\nJulia Mars\nRecruiter",
    ),
    "sanne.devries@noordwind.example",
)

# --- 3. an invitation's organizer who only coordinates -------------------------------------

_PANEL = [
    ("Anna Berg", "anna.berg@northwind.example", ""),
    ("Tom Reed", "tom.reed@northwind.example", ""),
    ("Sam Carter", ME, ""),
]
case(
    "en_invite_coordinator_unsigned",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Invitation: Interview @ Thu 19 Nov 2026 14:00 - 15:00 (GMT)",
        "Hi Sam,\n\nI've sent you a calendar invite for your interview with Anna and Tom on "
        "Thursday at 2pm.\n\nThanks,\nJulia",
        calendar=ics(("Julia Marsh", "julia.marsh@northwind.example"), _PANEL),
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_invite_coordinator_optional_attendee",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Invitation: Interview @ Thu 19 Nov 2026 14:00 - 15:00 (GMT)",
        "Hi Sam,\n\nPlease find the invite for your panel interview on Thursday 19 November."
        "\n\nKind regards,\nJulia Marsh\nPeople Operations",
        calendar=ics(
            ("Julia Marsh", "julia.marsh@northwind.example"),
            [*_PANEL, ("Julia Marsh", "julia.marsh@northwind.example", "ROLE=NON-PARTICIPANT")],
        ),
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_invite_scheduling_mailbox_organizer",
    panel_mail(
        "Northwind Interviews <interviews@northwind.example>",
        "Invitation: Interview with Northwind @ Thu 19 Nov 2026 14:00",
        "Hello Sam,\n\nYour interview has been scheduled. Please accept the invitation to "
        "confirm.\n\nNorthwind Talent Team",
        calendar=ics(("Northwind Interviews", "interviews@northwind.example"), _PANEL),
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_invite_manager_organizer_attends",
    panel_mail(
        "Anna Berg <anna.berg@northwind.example>",
        "Invitation: Chat @ Thu 19 Nov 2026 14:00",
        "Hi Sam,\n\nLooking forward to our chat on Thursday. Tom will join us for the "
        "technical part.\n\nAnna",
        calendar=ics(("Anna Berg", "anna.berg@northwind.example"), _PANEL),
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "de_invite_coordinator",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Einladung: Vorstellungsgespräch - Do 19.11.2026 15:00",
        "Hallo Frau Carter,\n\nanbei die Einladung zu Ihrem Gespräch mit Frau Berg und Herrn "
        "Reh am Donnerstag um 15 Uhr.\n\nViele Grüße\nJulia Marsch",
        calendar=ics(
            ("Julia Marsch", "julia.marsch@nordwind.example"),
            [
                ("Anna Berg", "anna.berg@nordwind.example", ""),
                ("Thomas Reh", "thomas.reh@nordwind.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "anna.berg@nordwind.example",
    "thomas.reh@nordwind.example",
)
case(
    "fr_invite_coordinator",
    panel_mail(
        "Julie Marchal <julie.marchal@nordvent.example>",
        "Invitation : Entretien - jeudi 19 novembre 15h",
        "Bonjour Sam,\n\nVoici l'invitation pour votre entretien avec Anne Berger et Thomas "
        "Rey jeudi à 15h.\n\nBonne journée,\nJulie",
        calendar=ics(
            ("Julie Marchal", "julie.marchal@nordvent.example"),
            [
                ("Anne Berger", "anne.berger@nordvent.example", ""),
                ("Thomas Rey", "thomas.rey@nordvent.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "anne.berger@nordvent.example",
    "thomas.rey@nordvent.example",
)
case(
    "es_invite_coordinator",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Invitación: Entrevista - jueves 19 nov 15:00",
        "Hola Sam:\n\nTe envío la convocatoria para la entrevista con Ana Bermejo y Tomás Rey "
        "el jueves a las 15:00.\n\nSaludos,\nJulia",
        calendar=ics(
            ("Julia Martín", "julia.martin@vientonorte.example"),
            [
                ("Ana Bermejo", "ana.bermejo@vientonorte.example", ""),
                ("Tomás Rey", "tomas.rey@vientonorte.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "ana.bermejo@vientonorte.example",
    "tomas.rey@vientonorte.example",
)
case(
    "nl_invite_coordinator",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Uitnodiging: Sollicitatiegesprek - do 19 nov 14:00",
        "Hoi Sam,\n\nHierbij de uitnodiging voor je gesprek met Anna Berg en Tom de Ree op "
        "donderdag om 14:00.\n\nGroet,\nJulia",
        calendar=ics(
            ("Julia Mars", "julia.mars@noordwind.example"),
            [
                ("Anna Berg", "anna.berg@noordwind.example", ""),
                ("Tom de Ree", "tom.deree@noordwind.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "anna.berg@noordwind.example",
    "tom.deree@noordwind.example",
)

# --- 4. panel addresses in signatures, tables, Cc, lists with roles ------------------------

case(
    "en_cc_here_interviewers",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Next steps",
        "Hi Sam,\n\nI've cc'd Anna and Tom here, who will be interviewing you on Thursday 19 "
        "November at 2pm.\n\nBest,\nJulia Marsh\nRecruiter",
        cc="Anna Berg <anna.berg@northwind.example>, Tom Reed <tom.reed@northwind.example>",
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_list_with_roles_dash_address",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Your panel interview on Thursday",
        "Hi Sam,\n\nYour panel interview is confirmed for Thursday 19 November, 2-3pm.\n\n"
        "Panel:\n- Anna Berg, Engineering Manager - anna.berg@northwind.example\n"
        "- Tom Reed (Staff Engineer) <tom.reed@northwind.example>\n\n"
        "Any questions, let me know.\n\nBest,\nJulia Marsh\nRecruiter",
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_plain_table",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview schedule - Thursday 19 November",
        "Hi Sam,\n\nHere is your schedule for Thursday 19 November:\n\n"
        "Time          | Interviewer | Email\n"
        "14:00 - 14:45 | Anna Berg   | anna.berg@northwind.example\n"
        "14:45 - 15:30 | Tom Reed    | tom.reed@northwind.example\n\n"
        "Best,\nJulia Marsh\nRecruiting Coordinator",
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "en_html_table",
    panel_mail(
        "Julia Marsh <julia.marsh@northwind.example>",
        "Interview schedule - Thursday 19 November",
        "<html><body><p>Hi Sam,</p><p>Here is your interview schedule for Thursday 19 "
        "November:</p><table><tr><th>Time</th><th>Interviewer</th><th>Email</th></tr>"
        "<tr><td>14:00</td><td>Anna Berg, Engineering Manager</td>"
        "<td>anna.berg@northwind.example</td></tr><tr><td>14:45</td><td>Tom Reed, Staff "
        "Engineer</td><td>tom.reed@northwind.example</td></tr></table><p>Best,<br>Julia Marsh"
        "<br>Recruiting Coordinator</p></body></html>",
        html=True,
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "de_cc_in_kopie",
    panel_mail(
        "Julia Marsch <julia.marsch@nordwind.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nIhr Gespräch findet am Donnerstag, 19.11.2026, um 14:00 Uhr "
        "statt. Ihre Gesprächspartner, Frau Berg und Herr Reh, habe ich in Kopie gesetzt.\n\n"
        "Viele Grüße\nJulia Marsch\nHR",
        cc="Anna Berg <anna.berg@nordwind.example>, Thomas Reh <thomas.reh@nordwind.example>",
    ),
    "anna.berg@nordwind.example",
    "thomas.reh@nordwind.example",
)
case(
    "fr_list_with_roles",
    panel_mail(
        "Julie Marchal <julie.marchal@nordvent.example>",
        "Votre entretien du 19 novembre",
        "Bonjour Sam,\n\nVotre entretien aura lieu le jeudi 19 novembre à 15h. Le jury :\n"
        "- Anne Berger, directrice technique (anne.berger@nordvent.example)\n"
        "- Thomas Rey, chef de projet (thomas.rey@nordvent.example)\n\n"
        "Cordialement,\nJulie Marchal\nRessources humaines",
    ),
    "anne.berger@nordvent.example",
    "thomas.rey@nordvent.example",
)
case(
    "es_cc_en_copia",
    panel_mail(
        "Julia Martín <julia.martin@vientonorte.example>",
        "Entrevista jueves",
        "Hola Sam:\n\nLa entrevista será el jueves 19 de noviembre a las 15:00 con Ana y "
        "Tomás, a quienes pongo en copia.\n\nUn saludo,\nJulia\nRecursos Humanos",
        cc="Ana Bermejo <ana.bermejo@vientonorte.example>, "
        "Tomás Rey <tomas.rey@vientonorte.example>",
    ),
    "ana.bermejo@vientonorte.example",
    "tomas.rey@vientonorte.example",
)
case(
    "nl_table_with_roles",
    panel_mail(
        "Julia Mars <julia.mars@noordwind.example>",
        "Programma donderdag",
        "Hoi Sam,\n\nJe sollicitatiegesprek op donderdag 19 november om 14:00 is bevestigd. "
        "Het programma:\n\n"
        "14:00  Kennismaking  Anna Berg (teamleider)  anna.berg@noordwind.example\n"
        "14:45  Casus  Tom de Ree (senior developer)  tom.deree@noordwind.example\n\n"
        "Groet,\nJulia Mars\nRecruiter",
    ),
    "anna.berg@noordwind.example",
    "tom.deree@noordwind.example",
)

# --- 5. people copied who are not met ------------------------------------------------------

case(
    "en_cc_referrer",
    panel_mail(
        "Anna Berg <anna.berg@northwind.example>",
        "Coffee on Thursday?",
        "Hi Sam,\n\nMark passed your CV on to me - thanks Mark (cc'd) for the referral! You're "
        "booked in for an interview at our office on Thursday 19 November at 2pm.\n\n"
        "Anna\nEngineering Manager",
        cc="Mark Oduya <mark.oduya@northwind.example>",
    ),
    "anna.berg@northwind.example",
)
case(
    "en_cc_hr_paperwork",
    panel_mail(
        "Anna Berg <anna.berg@northwind.example>",
        "Interview Thursday",
        "Hi Sam,\n\nGreat to hear from you. Let's meet on Thursday 19 November at 2pm. I've "
        "copied Lisa from HR, who will send you the paperwork and directions.\n\nAnna",
        cc="Lisa Grey <lisa.grey@northwind.example>",
    ),
    "anna.berg@northwind.example",
)
case(
    "en_cc_coordinator_schedules",
    panel_mail(
        "Anna Berg <anna.berg@northwind.example>",
        "Next round",
        "Hi Sam,\n\nI'd love for you to meet Tom Reed (tom.reed@northwind.example) and me for "
        "the next round on Thursday 19 November at 2pm. Copying Lisa, our hiring coordinator, "
        "who will get it into the calendar.\n\nAnna",
        cc="Lisa Grey <lisa.grey@northwind.example>",
    ),
    "anna.berg@northwind.example",
    "tom.reed@northwind.example",
)
case(
    "de_cc_personal_not_met",
    panel_mail(
        "Anna Berg <anna.berg@nordwind.example>",
        "Gespräch am Donnerstag",
        "Hallo Sam,\n\nich freue mich, Sie am Donnerstag, 19.11.2026, um 14 Uhr bei uns zu "
        "treffen. Frau Grau aus der Personalabteilung habe ich in Kopie gesetzt, sie schickt "
        "Ihnen die Anfahrtsbeschreibung.\n\nViele Grüße\nAnna Berg",
        cc="Lisa Grau <lisa.grau@nordwind.example>",
    ),
    "anna.berg@nordwind.example",
)
case(
    "fr_cc_rh_not_met",
    panel_mail(
        "Anne Berger <anne.berger@nordvent.example>",
        "Entretien jeudi",
        "Bonjour Sam,\n\nJe serai ravie de vous rencontrer jeudi 19 novembre à 15h. Je mets en "
        "copie Lise Gris, des RH, qui vous enverra les informations pratiques.\n\nBien à vous,"
        "\nAnne Berger",
        cc="Lise Gris <lise.gris@nordvent.example>",
    ),
    "anne.berger@nordvent.example",
)
case(
    "es_cc_referrer",
    panel_mail(
        "Ana Bermejo <ana.bermejo@vientonorte.example>",
        "Café el jueves",
        "Hola Sam:\n\nMarcos (en copia) me pasó tu currículum, ¡gracias Marcos! Te confirmo la "
        "entrevista en la oficina el jueves 19 de noviembre a las 15:00.\n\nAna",
        cc="Marcos Oduya <marcos.oduya@vientonorte.example>",
    ),
    "ana.bermejo@vientonorte.example",
)
case(
    "nl_cc_hr_not_met",
    panel_mail(
        "Anna Berg <anna.berg@noordwind.example>",
        "Gesprek donderdag",
        "Hoi Sam,\n\nHierbij bevestig ik je sollicitatiegesprek op donderdag 19 november om 14:00. "
        "Ik heb Lisa van HR in de cc gezet, zij regelt je bezoekerspas.\n\nAnna",
        cc="Lisa Grijs <lisa.grijs@noordwind.example>",
    ),
    "anna.berg@noordwind.example",
)


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_people_the_candidate_meets(name, raw, expected):
    assert met(raw) == expected


_WRITER = Person("Julia Marsh", "julia.marsh@northwind.example")


@pytest.mark.parametrize(
    "text",
    [
        "You'll meet Anna Berg and Tom Reed on Thursday.",
        "Your interview is on Thursday with our CTO, Anna Berg, and Tom Reed.",
        "Ihre Gesprächspartner am Donnerstag sind Frau Anna Berg und Herr Thomas Reh.",
        "Dort lernst du Anna Berg aus dem Team kennen.",
        "Vous rencontrerez Anne Berger, responsable technique.",
        "La entrevista será el jueves con Ana Bermejo.",
        "Je spreekt donderdag met Anna Berg en Tom de Ree.",
        "Je gesprek is met mevrouw Berg, hoofd financiën.",
        "Sie sprechen am Donnerstag mit Herrn Reh.",
    ],
)
def test_others_named_without_an_address_are_met(text):
    assert names_others_met(f"Hi Sam,\n\n{text}\n\nBest,\nJulia", _WRITER)


@pytest.mark.parametrize(
    "text",
    [
        "Your interview with Northwind is confirmed for Thursday at 2pm.",
        "Thursday at 2pm works, I'll call you on Teams.",
        "Looking forward to meeting you on Thursday.",
        "You'll meet with Engineering on Thursday.",
        "Ich freue mich, Sie am Donnerstag zu treffen.",
        "Questions? Contact Lisa Grey before Thursday.",
        "Thanks for the call with Tom Reed yesterday.",
        "It'll just be me, and I'd like to go deep on the design.",
        "Meet Julia Marsh at reception on Thursday.",
    ],
)
def test_no_one_else_named_as_met(text):
    assert not names_others_met(f"Hi Sam,\n\n{text}\n\nBest,\nJulia", _WRITER)
