"""classify(): a branch's town after the employer's name is no part of the name a person
gives ("Kessler Thorne Luxembourg", "Hotel Brisamar Málaga", "Crumb & Co Leicester"), where
the town is a city people name or the mail writes it as a place (a postcode, "in X", "X
time"); a public body's, school's or government's own place stays ("Universität Wien",
"Gemeente Utrecht"), and so does a word written nowhere as a place.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.branchplace import without_branch_place
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<bp@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Oliver Pembridge <o.pembridge@harwoodvane.example>",
            "Harwood Vane | Audit Senior | Interview",
            "Hi Sam,\n\nAs promised, here's the invite for Tuesday 17 November 2026 at 9:30 "
            "Luxembourg time for your interview for the Audit Senior role.\n\nOliver "
            "Pembridge\nManager | Harwood Vane Luxembourg\n\n"
            "Harwood Vane Luxembourg S.à r.l., 12 rue Lippmann, L-5365 Munsbach\n",
            "Harwood Vane",
        ),
        (
            "Ciarán Burke <ciaran@marvistahotel.example>",
            "RE: Receptionist - interview",
            "Hi Sam,\n\nThursday 12 November at 9:30 is grand for your interview - just ask "
            "for me at reception.\n\nCiarán Burke\nFront Office Manager | Hotel Marvista "
            "Sevilla\nAvenida de la Palmera 22, 41012 Sevilla\n",
            "Hotel Marvista",
        ),
        (
            "Lena Graf <l.graf@kornblum-kaffee.example>",
            "Kornblum Kaffee München - Ihr Vorstellungsgespräch",
            "Hallo Sam,\n\nwir freuen uns, Sie am Donnerstag, 12. November 2026 um 10 Uhr zum "
            "Vorstellungsgespräch als Filialleitung in unserer Filiale in München zu "
            "begrüßen.\n\nLena Graf\nFilialleitung | Kornblum Kaffee München\n",
            "Kornblum Kaffee",
        ),
    ],
)
def test_a_branchs_town_is_no_part_of_the_name(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("name", "texts", "want"),
    [
        ("Crumb & Co Leicester", ["our shops in Leicester"], "Crumb & Co"),
        ("Maison Lune Paris", [""], "Maison Lune"),
        ("Bakkerij Zoet Gouda", ["Markt 3, 2801 Gouda"], "Bakkerij Zoet"),
        ("Pelham Joinery Wrexham", ["Unit 4, Wrexham LL13 9UT"], "Pelham Joinery"),
    ],
)
def test_a_place_written_as_one_is_cut(name: str, texts: list[str], want: str) -> None:
    assert without_branch_place(name, texts) == want


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("Technische Universität München", [""]),  # a university's own place
        ("Gemeente Utrecht", [""]),  # a government's
        ("Comune di Milano", [""]),
        ("Rijksinstituut voor Bodem en Water", [""]),  # "en Water" is the name's own
        ("Stanmore Group Technology", ["graduate roles in Technology"]),  # a desk
        ("Cobaltway Memphis DC", [""]),  # initials: a distribution centre
        ("Northgate Energy Retail", [""]),  # written nowhere as a place
        ("Wattlebrook Graduate Program", ["the 2027 Graduate Program"]),  # a year
        ("Air Canada", [""]),  # one word left that the domain does not spell
    ],
)
def test_a_name_without_a_branch_place_stays_whole(name: str, texts: list[str]) -> None:
    assert without_branch_place(name, texts) == name
