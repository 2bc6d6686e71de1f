"""Interviewers in whole mails written for this test: a panel copied and listed with roles
("Your panel (both cc'd):", "Gesprächspartner (beide in CC):"), copied beside HR, a referrer or
an assistant who are not met ("pour information", "que te recomendó", "regelt je
bezoekerspas"), a reply that names the people without the addresses its quoted request gave
("meet Anna Berg (anna@x)" after "Hi Sam,"), and a desk's mailbox ("careers@") whose mail a
person signs with their own address ("I'd like to meet you ... Anna Berg, anna.berg@x").
Builders are those of ``test_people_own_mails_five_languages``.
"""

from __future__ import annotations

import pytest

from afterview.understand.people.attendance import writer_attends
from panelmail import met, panel_mail

_NW = "northwind.example"
_J = f"Julia Marsh <julia.marsh@{_NW}>"
_CC = f"Anna Berg <anna.berg@{_NW}>, Tom Reed <tom.reed@{_NW}>"

_CASES = [
    (
        "en_panel_list_cc",
        panel_mail(
            _J,
            "Panel interview confirmed",
            "Hi Sam,\n\nYour panel interview is confirmed for Thursday 19 November at "
            "2pm.\n\nYour panel (both cc'd):\n- Anna Berg, Head of Engineering\n- Tom "
            "Reed, Staff Engineer\n\nBest,\nJulia\nRecruiter",
            cc=_CC,
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "de_in_cc_gesetzt_list",
        panel_mail(
            "Julia Marsch <julia.marsch@nordwind.example>",
            "Gespräch",
            "Hallo Frau Carter,\n\nIhr Gespräch am Donnerstag, 19.11.2026, um 14 Uhr ist "
            "bestätigt. Gesprächspartner (beide in CC):\n- Frau Anna Berg, Teamleitung\n- "
            "Herr Thomas Reh, Entwicklung\n\nViele Grüße\nJulia Marsch\nHR",
            cc="Anna Berg <anna.berg@nordwind.example>, Thomas Reh <thomas.reh@nordwind.example>",
        ),
        {"anna.berg@nordwind.example", "thomas.reh@nordwind.example"},
    ),
    (
        "en_cc_interviewer_and_hr",
        panel_mail(
            _J,
            "Interview confirmed",
            "Hi Sam,\n\nYour interview with Anna Berg (cc'd) is confirmed for Thursday 19 "
            "November at 2pm. I've also copied Lisa from HR for "
            "visibility.\n\nJulia\nRecruiter",
            cc=f"Anna Berg <anna.berg@{_NW}>, Lisa Grey <lisa.grey@{_NW}>",
        ),
        {f"anna.berg@{_NW}"},
    ),
    (
        "fr_cc_jury_et_rh",
        panel_mail(
            "Julie Marchal <julie.marchal@nordvent.example>",
            "Entretien",
            "Bonjour Sam,\n\nVotre entretien du jeudi 19 novembre à 15h est confirmé. Vous "
            "rencontrerez Anne Berger et Thomas Rey, en copie. Je mets aussi en copie Lise "
            "Gris, notre assistante RH, pour information.\n\nCordialement,\nJulie "
            "Marchal\nChargée de recrutement",
            cc="Anne Berger <anne.berger@nordvent.example>, Thomas Rey "
            "<thomas.rey@nordvent.example>, Lise Gris <lise.gris@nordvent.example>",
        ),
        {"anne.berger@nordvent.example", "thomas.rey@nordvent.example"},
    ),
    (
        "es_cc_panel_and_referrer",
        panel_mail(
            "Julia Martín <julia.martin@vientonorte.example>",
            "Entrevista",
            "Hola Sam:\n\nTe confirmo la entrevista del jueves 19 de noviembre a las 15:00 "
            "con Ana Bermejo y Tomás Rey, ambos en copia. También copio a Marcos, que te "
            "recomendó.\n\nUn saludo,\nJulia\nRRHH",
            cc="Ana Bermejo <ana.bermejo@vientonorte.example>, Tomás Rey "
            "<tomas.rey@vientonorte.example>, Marcos Oduya "
            "<marcos.oduya@vientonorte.example>",
        ),
        {"ana.bermejo@vientonorte.example", "tomas.rey@vientonorte.example"},
    ),
    (
        "nl_cc_panel_and_hr",
        panel_mail(
            "Julia Mars <julia.mars@noordwind.example>",
            "Gesprek",
            "Hoi Sam,\n\nJe sollicitatiegesprek op donderdag 19 november om 14:00 is "
            "bevestigd. Je spreekt met Anna Berg en Tom de Ree (beiden in de cc). Lisa van "
            "HR staat ook in de cc, zij regelt je bezoekerspas.\n\nGroet,\nJulia\nRecruiter",
            cc="Anna Berg <anna.berg@noordwind.example>, Tom de Ree "
            "<tom.deree@noordwind.example>, Lisa Grijs <lisa.grijs@noordwind.example>",
        ),
        {"anna.berg@noordwind.example", "tom.deree@noordwind.example"},
    ),
    (
        "en_thread_reply_names_without_address",
        panel_mail(
            _J,
            "Re: Interview",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm with "
            "Anna and Tom.\n\nJulia\n\n> On Mon, 16 Nov 2026, Julia Marsh wrote:\n> Hi "
            f"Sam, we'd like you to meet Anna Berg (anna.berg@{_NW}) and Tom Reed "
            f"(tom.reed@{_NW}). Which days suit you?",
        ),
        {f"anna.berg@{_NW}", f"tom.reed@{_NW}"},
    ),
    (
        "en_signature_of_interviewer_from_shared_mailbox",
        panel_mail(
            "Northwind Careers <careers@northwind.example>",
            "Interview on Thursday",
            "Hi Sam,\n\nThanks for applying. I'd like to meet you on Thursday 19 November "
            "at 2pm at our office to talk about the role.\n\nLooking forward to "
            "it,\n\nAnna Berg\nEngineering Manager | "
            "Northwind\nanna.berg@northwind.example | +44 20 7946 0000",
        ),
        {"anna.berg@northwind.example"},
    ),
    (
        "de_signature_from_desk",
        panel_mail(
            "Nordwind Karriere <karriere@nordwind.example>",
            "Ihr Vorstellungsgespräch",
            "Hallo Frau Carter,\n\nhiermit bestätige ich unser Gespräch am Donnerstag, "
            "19.11.2026, um 14 Uhr. Ich freue mich auf Sie!\n\nMit freundlichen "
            "Grüßen\nAnna Berg\nTeamleitung Einkauf\nanna.berg@nordwind.example",
        ),
        {"anna.berg@nordwind.example"},
    ),
    (
        "en_desk_recruiter_signs_names_other",
        panel_mail(
            "Northwind Careers <careers@northwind.example>",
            "Interview confirmed",
            "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 2pm with "
            "Tom Reed.\n\nBest,\nJulia Marsh\nRecruiter\njulia.marsh@northwind.example",
        ),
        set(),
    ),
    (
        "en_desk_two_signers",
        panel_mail(
            "Northwind Careers <careers@northwind.example>",
            "Interview confirmed",
            "Hi Sam,\n\nWe look forward to meeting you on Thursday 19 November at "
            "2pm.\n\nJulia Marsh (julia.marsh@northwind.example)\nLisa Grey "
            "(lisa.grey@northwind.example)\nPeople Team",
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), _CASES, ids=[c[0] for c in _CASES])
def test_the_people_the_candidate_meets(name, raw, expected):
    assert met(raw) == expected


def test_asking_to_meet_the_candidate_is_the_writer_attending():
    assert writer_attends("I'd like to meet you on Thursday at 2pm.", arranges=False)
    assert writer_attends("I would love to chat with you on Thursday.", arranges=False)
    assert not writer_attends("I'd like you to meet Tom Reed on Thursday.", arranges=False)
