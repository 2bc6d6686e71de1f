"""The employer's full name from a letterhead or signature line, given a short form of it.

A domain or display name often gives the name short ("kestrel-mri", "Harwood OSC", "vdm-
partners", "Alborada") while a line of its own writes it out; a person names the employer by
that line. Worded afresh in English, French, Spanish, German and Dutch, with the lines that
must not count: a site, a person's title, a desk, running text, a complement the short form
does not abbreviate.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.letterhead import written_in_full
from classifymail import company as company_of
from classifymail import mail

mail = functools.partial(mail, message_id="<lh@x.example>", subject="Your application")


def company(body: str, frm: str, subject: str = "Your application") -> str | None:
    return company_of(mail(body, frm=frm, subject=subject))


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            # a domain's label abbreviates the line: "neuro" starts Neuroscience
            "Recruitment Office <jobs@tamsin-neuro.example>",
            "Dear Sam,\n\nWe would like to invite you to interview for the Data Steward post."
            "\n\nWith best wishes,\n\nPriya Lal\nHR Adviser – Tamsin Institute for "
            "Neuroscience\n",
            "Tamsin Institute for Neuroscience",
        ),
        (
            # initials: "mrs" of Marine Research Station
            "Odile Brunet <o.brunet@cap-rouge-mrs.example>",
            "Bonjour Sam,\n\nMerci pour votre candidature. Seriez-vous disponible jeudi pour "
            "un premier échange ?\n\nCordialement,\nOdile Brunet\nResponsable RH\n"
            "Cap Rouge Marine Research Station\nBrest, France\n",
            "Cap Rouge Marine Research Station",
        ),
        (
            # an abbreviation of one word beside words given whole ("whv" + "logistik")
            "Jana Kühn <j.kuehn@whv-logistik.example>",
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Disponent. Wir möchten Sie gern "
            "kennenlernen.\n\nMit freundlichen Grüßen\nJana Kühn\nPersonalreferentin\n"
            "Wilhelmshaven Logistik GmbH\nHafenstraße 3, 26382 Wilhelmshaven\n",
            "Wilhelmshaven Logistik",
        ),
        (
            # a trade's word before a name the domain gives alone
            "Lucía Ortega <lucia.ortega@marbruma.example>",
            "Hola Sam:\n\nGracias por postularte al puesto de cajera. ¿Puedes venir el lunes a "
            "las 10:00 a la sucursal Centro?\n\nSaludos,\nLucía Ortega\nReclutamiento | "
            "Panaderías Marbruma\n",
            "Panaderías Marbruma",
        ),
        (
            # a display name's short form, written out with the body's word that ends it
            "Oakhurst Carers Careers <noreply@oakhurst-carers.example>",
            "Dear Sam,\n\nThank you for applying for the Volunteer Coordinator role.\n\n"
            "Kind regards\nOakhurst Carers' Centre\n",
            "Oakhurst Carers' Centre",
        ),
        (
            # Dutch: the trade's word abbreviated after the name ("zg" of Zorggroep), the
            # display name only the hiring desk's
            "Team Werving <werving@zuidwaard-zg.example>",
            "Beste Sam,\n\nBedankt voor je sollicitatie als Verzorgende IG.\n\n"
            "Met vriendelijke groet,\nAfdeling P&O\nZorggroep Zuidwaard\n",
            "Zorggroep Zuidwaard",
        ),
    ],
)
def test_a_line_that_writes_out_the_short_form_names_the_employer(
    frm: str, body: str, want: str
) -> None:
    assert company(body, frm) == want


@pytest.mark.parametrize(
    ("short", "line", "abbreviated"),
    [
        # a complement the short form does not abbreviate is the body's description
        ("Aldwick Institute", "Aldwick Institute for Coastal Studies", False),
        # a site or branch after the name is not the employer
        ("Calderwood", "Calderwood General Hospital, Infirmary Road", True),
        ("Hotel Solmar", "Hotel Solmar Málaga", False),
        # a person's title beside the name, and a desk
        ("Lindqvist", "Head of Recruitment, Lindqvist Partners", True),
        ("Grauwe Bouw", "Grauwe Bouw Recruitment", False),
        # running text holding the name
        ("Ferrovia", "Thank you for applying to Ferrovia Systems today", False),
        # a domain's label the line only repeats proves nothing of the words it adds
        ("alborada", "Tiendas Alborada", True),
    ],
)
def test_lines_that_do_not_write_the_employer_out(short: str, line: str, abbreviated: bool) -> None:
    assert written_in_full(short, [f"Kind regards\n{line}\n"], abbreviated=abbreviated) is None


@pytest.mark.parametrize(
    ("short", "line"),
    [
        ("LSIN Nord", "Landesamt für Statistik und Informationstechnik Nord"),
        ("rlb-ost", "Regionales Landesamt für Bauwesen Ost"),
        ("kilbride-coco", "Kilbride County Council"),
        ("uni-marschtal", "Universität Marschtal"),
        ("cedar-hs", "Cedar Hill School"),
        ("vdm-partners", "Vandermeulen & Partners"),
    ],
)
def test_initials_and_starts_of_words(short: str, line: str) -> None:
    assert written_in_full(short, [f"Met vriendelijke groet\n{line}\n"], abbreviated=True) == line


def test_a_person_named_on_the_line_is_no_organisation() -> None:
    assert written_in_full("Harlow", ["Harlow Jenkins"], {"harlow jenkins"}) is None


def test_the_firms_own_display_name_keeps_off_a_registered_tail() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying.\n\nRegards\nBrimley Consulting Services Pvt. Ltd.\n"
    )
    frm = "Campus Hiring - Brimley Consulting <campus@brimleycs.example>"
    assert company(body, frm) == "Brimley Consulting"
