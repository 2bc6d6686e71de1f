"""Interviewers in whole mails from agencies, ATS robots and calendar mailers that name the
panel without addresses (nobody listed, not the Reply-To recruiter), HTML mailto links, a
referrer in To, and invitations a coordinator sends for the organizer who holds them: "Anna's
invite for your interview; Tom will join her", "De la part d'Anne Berger, voici l'invitation".
Builders are those of ``test_people_own_mails_five_languages``.
"""

from __future__ import annotations

import pytest

from panelmail import ME, ics, met, panel_mail

_NW = "northwind.example"

# --- agencies, ATS robots and calendar mailers that name the panel without addresses, HTML
# mailto links, a referrer in To; invitations a coordinator sends for the organizer who holds
# them ("Anna's invite ...; Tom will join her", "De la part d'Anne Berger, voici
# l'invitation"), an organizer who declined their own meeting

_P = [
    ("Anna Berg", f"anna.berg@{_NW}", ""),
    ("Tom Reed", f"tom.reed@{_NW}", ""),
    ("Sam Carter", ME, ""),
]
_SENT_FOR = [
    (
        "en_agency_names_manager_no_address",
        panel_mail(
            "Rachel Stone <rachel@talentbridge-recruitment.example>",
            "Interview with Northwind",
            "Hi Sam,\n\nGreat news - Northwind would like to see you on Thursday 19 "
            "November at 2pm at their Leeds office. You'll meet their Head of Data, "
            "Kwabena Mensah.\n\nBest,\nRachel Stone\nSenior Consultant, TalentBridge "
            "Recruitment",
        ),
        set(),
    ),
    (
        "en_agency_manager_with_address",
        panel_mail(
            "Rachel Stone <rachel@talentbridge-recruitment.example>",
            "Interview with Northwind",
            "Hi Sam,\n\nGreat news - Northwind would like to see you on Thursday 19 "
            f"November at 2pm. You'll be meeting Kwabena Mensah (kwabena.mensah@{_NW}), "
            "their Head of Data.\n\nBest,\nRachel Stone\nSenior Consultant, TalentBridge "
            "Recruitment",
        ),
        {f"kwabena.mensah@{_NW}"},
    ),
    (
        "en_ats_robot_names_panel_no_addresses",
        panel_mail(
            "Northwind Recruiting <no-reply@greenhouse.example>",
            "Interview confirmed: Data Analyst at Northwind",
            "Hi Sam,\n\nYour interview for Data Analyst at Northwind is confirmed for "
            "Thursday, November 19 at 2:00 PM GMT.\n\nInterviewers: Anna Berg, Tom "
            "Reed\n\nIf you need to reschedule, reply to this email.",
            reply_to=f"Julia Marsh <julia.marsh@{_NW}>",
        ),
        set(),
    ),
    (
        "en_html_mailto_links",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Interview confirmed",
            "<html><body><p>Hi Sam,</p><p>Your interview is confirmed for Thursday 19 "
            f'November at 2pm. You\'ll meet <a href="mailto:anna.berg@{_NW}">Anna Berg</a> '
            f'and <a href="mailto:tom.reed@{_NW}">Tom '
            "Reed</a>.</p><p>Best,<br>Julia<br>Recruiter</p></body></html>",
            html=True,
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "nl_ats_robot_names_one",
        panel_mail(
            "Noordwind via Recruitee <no-reply@recruitee.example>",
            "Uitnodiging sollicitatiegesprek",
            "Hoi Sam,\n\nJe gesprek met Anna Berg is ingepland op donderdag 19 november om "
            "14:00.\n\nMet vriendelijke groet,\nNoordwind",
            reply_to="Julia Mars <julia.mars@noordwind.example>",
        ),
        set(),
    ),
    (
        "de_to_referrer",
        panel_mail(
            "Anna Berg <anna.berg@nordwind.example>",
            "Gespräch",
            "Hallo Frau Carter, hallo Markus,\n\ndanke Markus für die Empfehlung! Frau "
            "Carter, hiermit bestätige ich unser Gespräch am Donnerstag, 19.11.2026, um 14 "
            "Uhr.\n\nViele Grüße\nAnna Berg",
            to=f"{ME}, Markus Oduya <markus.oduya@nordwind.example>",
        ),
        {"anna.berg@nordwind.example"},
    ),
    (
        "fr_agency_client_names",
        panel_mail(
            "Paul Lenoir <paul.lenoir@cabinet-alto.example>",
            "Entretien chez Nordvent",
            "Bonjour Sam,\n\nJe vous confirme votre entretien chez Nordvent le jeudi 19 "
            "novembre à 15h. Vous rencontrerez Mme Berger, directrice technique, et M. "
            "Rey.\n\nBien cordialement,\nPaul Lenoir\nConsultant, Cabinet Alto",
        ),
        set(),
    ),
    (
        "es_robot_panel_with_addresses",
        panel_mail(
            "Viento Norte <no-reply@personio.example>",
            "Entrevista confirmada",
            "Hola Sam:\n\nTu entrevista está confirmada para el jueves 19 de noviembre a "
            "las 15:00.\n\nEntrevistadores:\n- Ana Bermejo "
            "(ana.bermejo@vientonorte.example)\n- Tomás Rey "
            "(tomas.rey@vientonorte.example)\n\nEste es un mensaje automático.",
        ),
        {"ana.bermejo@vientonorte.example", "tomas.rey@vientonorte.example"},
    ),
    (
        "en_manager_colleague_also_named_no_address_with_first_person",
        panel_mail(
            f"Rachel Oyelaran <rachel.oyelaran@{_NW}>",
            "Interview",
            "Hi Sam,\n\nLooking forward to our chat on Thursday 19 November at 2pm. "
            "Kwabena Mensah from the data team will join too.\n\nRachel",
        ),
        {f"rachel.oyelaran@{_NW}"},
    ),
    (
        "en_coordinator_sends_managers_invite",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Invitation: Interview @ Thu 19 Nov 2026 14:00",
            "Hi Sam,\n\nPlease find attached Anna's invite for your interview on Thursday "
            "at 2pm; Tom will join her.\n\nJulia",
            calendar=ics(("Anna Berg", f"anna.berg@{_NW}"), _P),
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "fr_de_la_part_de",
        panel_mail(
            "Julie Marchal <julie.marchal@nordvent.example>",
            "Invitation : Entretien jeudi 15h",
            "Bonjour Sam,\n\nDe la part d'Anne Berger, voici l'invitation pour votre "
            "entretien avec elle et Thomas Rey jeudi à 15h.\n\nJulie",
            calendar=ics(
                ("Anne Berger", "anne.berger@nordvent.example"),
                [("Thomas Rey", "thomas.rey@nordvent.example", ""), ("Sam Carter", ME, "")],
            ),
        ),
        {"anne.berger@nordvent.example", "thomas.rey@nordvent.example"},
    ),
    (
        "en_organizer_coordinator_declined",
        panel_mail(
            f"Julia Marsh <julia.marsh@{_NW}>",
            "Invitation: Interview @ Thu 19 Nov 2026 14:00",
            "Hi Sam,\n\nInvite attached for Thursday at 2pm.\n\nJulia\nHiring Coordinator",
            calendar=ics(
                ("Julia Marsh", f"julia.marsh@{_NW}"),
                [
                    *_P,
                    ("Julia Marsh", f"julia.marsh@{_NW}", "ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED"),
                ],
            ),
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "es_coordinator_signed_no_title_names_panel",
        panel_mail(
            "Julia Martín <julia.martin@vientonorte.example>",
            "Invitación: Entrevista",
            "Hola Sam:\n\nAdjunto la invitación. Te entrevistarán Ana y Tomás el jueves a "
            "las 15:00.\n\nJulia",
            calendar=ics(
                ("Julia Martín", "julia.martin@vientonorte.example"),
                [
                    ("Ana Bermejo", "ana.bermejo@vientonorte.example", ""),
                    ("Tomás Rey", "tomas.rey@vientonorte.example", ""),
                    ("Sam Carter", ME, ""),
                ],
            ),
        ),
        {"ana.bermejo@vientonorte.example", "tomas.rey@vientonorte.example"},
    ),
    (
        "nl_coordinator_invite_names_panel_first_names",
        panel_mail(
            "Julia Mars <julia.mars@noordwind.example>",
            "Uitnodiging: gesprek",
            "Hoi Sam,\n\nHierbij de uitnodiging. Je spreekt donderdag om 14:00 met Sanne "
            "en Joost.\n\nGroet,\nJulia",
            calendar=ics(
                ("Julia Mars", "julia.mars@noordwind.example"),
                [
                    ("Sanne de Vries", "sanne.devries@noordwind.example", ""),
                    ("Joost Bakker", "joost.bakker@noordwind.example", ""),
                    ("Sam Carter", ME, ""),
                ],
            ),
        ),
        {"sanne.devries@noordwind.example", "joost.bakker@noordwind.example"},
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), _SENT_FOR, ids=[c[0] for c in _SENT_FOR])
def test_the_people_the_candidate_meets(name, raw, expected):
    assert met(raw) == expected
