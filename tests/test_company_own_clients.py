"""classify(): a firm speaking of its own customers' business ("our client workshop got
moved", "my client meeting ran over", "a client pitch") is no go-between, so its own name
stays the employer; "our client" that names a firm is still an agency's client.
"""

from __future__ import annotations

import functools

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.company.agency import acts_for_client
from classifymail import ME, mail

mail = functools.partial(mail, message_id="<oc@x.example>")


def company(raw: bytes) -> str | None:
    return classify(parse_message(raw), me=(ME,)).company


@pytest.mark.parametrize(
    ("frm", "subject", "body", "want"),
    [
        (
            "Tom Hargreaves <tom@brackenloom.example>",
            "Brackenloom x Sam - design chat",
            "Sorry Sam - our client workshop got moved onto Wednesday's slot, so I have to "
            "cancel our chat about the Product Designer role. I'll send new times tomorrow.\n\n"
            "Tom Hargreaves\nBrackenloom\n",
            "Brackenloom",
        ),
        (
            "Ada Okoro <ada@fernhollow-studio.example>",
            "Interview tomorrow",
            "Hi Sam, my client meeting ran over, could we push our interview for the "
            "Illustrator job to Thursday 12 November at 3pm?\n\nAda\nFernhollow Studio\n",
            "Fernhollow Studio",
        ),
        (
            "Priya Shah <priya@quillmere.example>",
            "Your interview",
            "Hi Sam,\n\nSorry to do this, our client deadline moved to Monday so I need to move "
            "your interview for the Junior Designer role. Could we do Tuesday 10 November at "
            "11am instead?\n\n"
            "Priya Shah\nQuillmere\n",
            "Quillmere",
        ),
    ],
)
def test_a_firms_own_client_work_makes_no_agency(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, frm=frm, subject=subject)) == want


@pytest.mark.parametrize(
    "text",
    [
        "Our client is a leading logistics firm in Leeds.",
        "My client, Harbourline Foods, would like to meet you.",
        "our client has asked to see you again",
    ],
)
def test_our_client_that_names_a_firm_is_a_go_between(text: str) -> None:
    assert acts_for_client(text)


@pytest.mark.parametrize(
    "text", ["our client workshop got moved", "my client calls run late", "a client demo"]
)
def test_client_work_is_no_go_between(text: str) -> None:
    assert not acts_for_client(text)
