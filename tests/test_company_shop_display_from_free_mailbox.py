"""classify(): a shop writing from a free mailbox under its own name, which its text repeats.

"Bakkerij Hoogland <info.hoogland@freemail...>" writing "werken bij Bakkerij Hoogland",
"Taberna La Farola", "Castle Street Deli": the display names the firm by its trade (first
or last) and the mail says it again, so it is the employer though no domain spells it. A
person's own name written in the text names no firm. Mail written for these tests.
"""

from __future__ import annotations

import pytest

from classifymail import company, mail

CASES = [
    (
        "Bakkerij Hoogland <info.hoogland@freemail.example>",
        "Sollicitatie",
        "Hoi Sam,\n\nLeuk dat je wilt komen werken bij Bakkerij Hoogland. Kun je zaterdag "
        "om 9 uur langskomen voor een gesprek?\n\nGroeten,\nHenk Hoogland\n",
        "Bakkerij Hoogland",
    ),
    (
        "Taberna La Farola <tabernalafarola@correo.example>",
        "Entrevista",
        "Hola Sam,\n\nGracias por escribir a Taberna La Farola. ¿Puedes pasarte el viernes "
        "a las 12 para una entrevista?\n\nUn saludo,\nPaco\n",
        "Taberna La Farola",
    ),
    (
        "Castle Street Deli <castlestreetdeli@gmail.example>",
        "Trial shift",
        "Hi Sam,\n\nThanks for dropping your CV into Castle Street Deli. Could you come in "
        "for a chat on Saturday at 10am?\n\nCheers,\nMaggie\n",
        "Castle Street Deli",
    ),
    # must not change: the owner's own name is no firm
    (
        "Henk Hoogland <henk.hoogland@freemail.example>",
        "Sollicitatie",
        "Hoi Sam,\n\nIk ben Henk Hoogland, eigenaar van Bakkerij Hoogland. Kun je zaterdag "
        "om 9 uur langskomen voor een gesprek?\n\nGroeten,\nHenk\n",
        "Bakkerij Hoogland",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "want"), CASES)
def test_a_shop_named_in_its_display_and_its_text_is_the_employer(
    frm: str, subject: str, body: str, want: str
) -> None:
    assert company(mail(body, subject=subject, frm=frm)) == want
