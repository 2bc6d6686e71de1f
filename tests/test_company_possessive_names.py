"""classify(): shops, diners and practices named after a person in the possessive.

"Gus's Diner" writes from gusdiner (the domain drops the "s") or gussdiner; either way the
name is the one the mail writes, with its apostrophe. Diners, pizzerias, delis and grills
name themselves by the trade's word as restaurants and cafés do. Worded afresh; the
counter-cases are a job title with a trade's word and a writer's own name.
"""

from __future__ import annotations

import functools

import pytest

from afterview.understand.company.names import squashes
from classifymail import company, mail

mail = functools.partial(mail, message_id="<possessive@x.example>")

_ASK = "We would like to invite you to an interview on Tuesday 17 November 2026 at 10:00."


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Marco <marco@gusdiner.example>",
            "Re: line cook",
            "hi sam, come by tuesday 17 nov at 3 for an interview, ask for marco.\n\nMarco\n"
            "Gus's Diner\n",
            "Gus's Diner",
        ),
        (
            "Angela Kowalczyk <angela@rosielakeside.example>",
            "Re: Interview Thursday",
            "Hi Sam,\n\nSo sorry, I have to cancel Thursday's interview, our cook is out. I'll "
            "be in touch to rebook.\n\nAngela\n\nOn Mon, Nov 2, 2026 at 4:15 PM Angela "
            "Kowalczyk <angela@rosielakeside.example> wrote:\n> Hi Sam, see you Thursday at 3 "
            "for the interview.\n> Angela Kowalczyk\n> General Manager, Rosie's Lakeside Diner\n",
            "Rosie's Lakeside Diner",
        ),
        (
            "Aoife Dunne <aoife@dunnespharmacy.example>",
            "Interview",
            f"Hi Sam,\n\n{_ASK}\n\nAoife Dunne\nSupervising Pharmacist\nDunne's Pharmacy, "
            "Clonmel\n",
            "Dunne's Pharmacy",
        ),
        (
            "Luca Bianchi <luca@lucas-pizzeria.example>",
            "Colloquio",
            f"Hi Sam,\n\n{_ASK}\n\nLuca Bianchi\nLuca's Pizzeria\n",
            "Luca's Pizzeria",
        ),
    ],
)
def test_a_possessive_name_as_written(frm: str, subject: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        # a title line with a trade's word names the job; the text names the employer
        (
            "Ben Cole <ben.cole@harbourfoods.example>",
            f"Hi Sam,\n\nThanks for applying to Harbour Foods. {_ASK}\n\nBen Cole\nGrill Chef\n",
            "Harbour Foods",
        ),
        (
            "Nell Price <nell@price-and-daughters.example>",
            f"Hi Sam,\n\n{_ASK}\n\nNell Price\nPrice & Daughters\n",
            "Price & Daughters",
        ),
    ],
)
def test_counter_cases(frm: str, body: str, want: str) -> None:
    assert company(mail(body, frm=frm, subject="Interview")) == want


def test_a_possessive_squashes_with_and_without_its_s() -> None:
    assert squashes("Gus's") >= {"guss", "gus"}
    assert squashes("Gus’s") >= {"guss", "gus"}
    assert squashes("Gus") == {"gus"}
