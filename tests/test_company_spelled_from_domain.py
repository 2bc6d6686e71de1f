"""classify(): the employer's name spelled from its domain the way the mail writes it: a label
ending in initials, one abbreviating a word, a school district's k12 domain, a saint's name,
a public body's lower-case words, a careers sender's name written out, the thread's spelling
over the subject's team; a job title in the subject or a lower-case phrase not ending in the
label is no name.

Worded from the mail's own words, not a dev set's, with counter-cases.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import INTERVIEW_ASK as _ASK
from classifymail import company, mail

mail = functools.partial(mail, subject="Your application", message_id="<cn2@x.example>")


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
