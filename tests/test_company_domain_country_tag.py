"""classify(): a firm's domain with a country's or region's tag after a hyphen.

"apa-nz", "kestrelfreight-de", "harbourlight-uk", "banquemontclair-asia": the tag says where,
not who. The name the mail writes that spells the rest is the employer, and where the mail
writes none, the domain's name is read without the tag ("Kestrel Freight", not
"Kestrelfreight De"). A hyphenated label whose last part is a word of the name
("brightwater-cloud") keeps it.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.domainlabels import domain_labels, title_from_domain
from classifymail import company, mail

mail = functools.partial(mail, message_id="<country-tag@x.example>")


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Ngaire Thompson <ngaire.thompson@apa-nz.example>",
            "Cancelled: Interview – Senior Policy Analyst",
            "Kia ora Sam,\n\nI'm sorry, we need to cancel Thursday's interview; I'll be in "
            "touch with a new time.\n\nNgā mihi,\nNgaire Thompson\nRecruitment Advisor | "
            "Aotearoa Payments Authority\n",
            "Aotearoa Payments Authority",
        ),
        (
            "Jonas Weber <j.weber@lfb-de.example>",
            "Ihr Gespräch",
            "Hallo Sam,\n\nleider müssen wir das Gespräch am Dienstag absagen.\n\n"
            "Mit herzlichem Gruss aus dem Norden,\nJonas Weber\nPersonalreferent · "
            "Lindenfeld Bank\n",
            "Lindenfeld Bank",
        ),
        (
            "Maya Chen <maya.chen@hbc-sg.example>",
            "Interview confirmed",
            "Hi Sam,\n\nConfirming your interview on Tuesday 17 November at 10am.\n\nCheers "
            "from the team,\nMaya Chen\nTalent Partner | Harbourfront Banking Corporation\n",
            "Harbourfront Banking",  # its legal form dropped, as people say it
        ),
    ],
)
def test_the_name_the_domain_spells_without_its_tag(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("domain", "want"),
    [
        ("kestrelfreight-de.example", "Kestrel Freight"),
        ("harbourlight-uk.example", "Harbourlight"),
        ("brightwater-cloud.example", "Brightwater Cloud"),  # a word of the name
        ("coppermillstudios.example", "Coppermill Studios"),
    ],
)
def test_the_domains_title_without_its_tag(domain: str, want: str) -> None:
    assert title_from_domain(domain, []) == want


def test_the_tag_is_one_more_label_not_the_only_one() -> None:
    assert domain_labels("apa-nz.example")[:2] == ["apanz", "apa"]
    assert domain_labels("acme-in.example")[:2] == ["acmein", "acme"]
    assert domain_labels("in-nz.example") == ["innz"]  # too short a name to stand alone
