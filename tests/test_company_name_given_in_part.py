"""The employer's name where the mail gives it only in part: initials, a service's name
after them, a portal, a link, a domain label that runs the name together, a subject's
abbreviation, or a shared service naming the two bodies it serves.

Each case is worded afresh (German, Dutch and English public bodies and charities), with
counter-cases that must stay as they were.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.acronyms import spelled_out
from afterview.understand.company.employer import employer_domain
from afterview.understand.company.names import normalise_company
from afterview.understand.company.spelling import match_domain, title_from_domain
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<r4s@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("acronym", "text", "want"),
    [
        (
            "imbf",
            "Institut für Meeresbodenforschung (IMBF)\nKiel",
            "Institut für Meeresbodenforschung",
        ),
        ("swko", "Stichting Waterkwaliteitsonderzoek (SWKO)", "Stichting Waterkwaliteitsonderzoek"),
        ("lfbg", "Landesamt für Bodengeschichte (LFBG)", "Landesamt für Bodengeschichte"),
    ],
)
def test_initials_may_come_from_three_parts_of_a_compound(acronym, text, want) -> None:
    assert spelled_out(acronym, [text]) == want


def test_a_service_named_after_the_initials_is_not_the_employer() -> None:
    raw = mail(
        "Hello Sam,\n\nthe panel invite is in NAFB Connect; please log in to NAFB Connect to "
        "accept it.\n\nBest,\nIona Reid\nNorth Atlantic Fisheries Board (NAFB)\n",
        frm="Iona Reid <iona.reid@nafb.example>",
        subject="Interview panel, Fisheries Data Officer",
    )
    assert company(raw) == "North Atlantic Fisheries Board"


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("ZADW Bewerbungsportal", "ZADW"),
        ("Harbourline Careers Portal", "Harbourline"),
        ("Lumen Candidate Portal", "Lumen"),
        ("Kreiswerke Jobportal", "Kreiswerke"),
    ],
)
def test_a_portal_is_the_employers_desk(display: str, want: str) -> None:
    assert normalise_company(display) == want


def test_a_portal_sender_with_initials_names_the_body_in_full() -> None:
    raw = mail(
        "Sehr geehrte Frau Sam,\n\nwir bestätigen den Eingang Ihrer Bewerbung am Institut für "
        "Gletscherbeobachtung in Graz.\n\nInstitut für Gletscherbeobachtung (IGB)\nGraz\n",
        frm="IGB Karriereportal <bewerbung-noreply@igb-graz.example>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
    )
    assert company(raw) == "Institut für Gletscherbeobachtung"


@pytest.mark.parametrize(
    "url",
    [
        "https://jobs.smartrecruiters.example/confirm/7731ac90",
        "https://careers.lever.example/privacy",
        "https://apply.workable.example/unsubscribe/77",
    ],
)
def test_a_services_own_page_names_no_employer(url: str) -> None:
    assert employer_domain([], [url]) is None


def test_an_employers_page_on_a_service_still_names_it() -> None:
    assert employer_domain([], ["https://jobs.lever.example/ashgrove/123"]) == "ashgrove.example"


@pytest.mark.parametrize(
    ("domain", "want"),
    [
        ("heronsgatehospice.example", "Heronsgate Hospice"),
        ("millbrookcouncil.example", "Millbrook Council"),
        ("ravenmoorsociety.example", "Ravenmoor Society"),
        ("coppermillstudios.example", "Coppermill Studios"),
    ],
)
def test_a_label_splits_at_a_bodys_last_word(domain: str, want: str) -> None:
    assert title_from_domain(domain) == want


def test_a_shared_service_names_each_body_apart() -> None:
    text = "People Services | serving Ashcombe City Council and Wendle Borough Council"
    assert match_domain([text], "ashcombecc.example") == "Ashcombe City Council"
    # one body whose name holds "and" stays whole
    assert match_domain(["Harrowfield and District Hospice Trust"], "harrowfield.example") == (
        "Harrowfield and District Hospice Trust"
    )


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Wendle BC - Planning Officer (PL-2231) - interview",
            "Dear Sam,\n\nyou are shortlisted. Interviews are held at Wendle Borough Council, "
            "Civic Centre, on 24 November.\n\nShared People Services",
            "Wendle Borough Council",
        ),
        (
            "Ashcombe CC - Waste Strategy Lead - next steps",
            "Hi Sam,\n\nthe panel at Ashcombe City Council would like to meet you on "
            "Thursday.\n\nRegards\nRecruitment Team",
            "Ashcombe City Council",
        ),
    ],
)
def test_a_subjects_short_form_is_the_name_the_mail_writes_out(subject, body, want) -> None:
    raw = mail(body, frm="People Services <recruitment@sharedpeople.example>", subject=subject)
    assert company(raw) == want


def test_a_time_zone_in_a_subject_is_no_employer() -> None:
    raw = mail(
        "You have been invited.\n\nTuesday 17 Nov 2026 15:00 (Greenwich Mean Time - London)\n\n"
        "Organiser\nRhia Pryce\nrhia@cobaltharbour.example\n",
        frm="Rhia Pryce <rhia@cobaltharbour.example>",
        subject="Invitation: Platform Engineer – interview @ Tue 17 Nov 15:00 (GMT)",
    )
    assert company(raw) == "Cobalt Harbour"
