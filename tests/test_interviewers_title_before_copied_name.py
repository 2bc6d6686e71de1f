"""classify(): a title before a copied colleague's name ("Dr. Ilse Wendt") does not hide them."""

from __future__ import annotations

import functools

import pytest

from classifymail import interviewers_met as interviewers
from classifymail import mail

mail = functools.partial(
    mail, subject="Interview", message_id="<iv3@x.example>", date_="Mon, 16 Nov 2026 09:00:00 +0000"
)


@pytest.mark.parametrize(
    ("cc", "body"),
    [
        (
            "Dr. Ilse Wendt <ilse.wendt@kranich.example>",
            "Sehr geehrte Frau Sam,\n\nhiermit bestätige ich Ihnen das Gespräch am Dienstag, "
            "1.12.2026, 10:30 Uhr.\n\nVon unserer Seite nehmen Frau Dr. Ilse Wendt (Leitung, "
            "in Kopie) und ich teil.\n\nMit freundlichen Grüßen\nKatja Brünner\n",
        ),
        (
            "Prof. Jan Peeters <jan.peeters@scheldeland.example>",
            "Beste Sam,\n\nUw gesprek staat vast op dinsdag 1 december om 10:30 uur.\n\n"
            "Prof. Jan Peeters (in cc) zal u ontvangen samen met mij.\n\nMet vriendelijke "
            "groet,\nEls Maes\n",
        ),
        (
            "Mme Louise Béliveau <louise.beliveau@deuxrives.example>",
            "Bonjour Sam,\n\nVotre entrevue est confirmée le mardi 1er décembre à 10 h 30.\n\n"
            "Vous rencontrerez Louise Béliveau (en copie) et moi-même.\n\nCordialement,\n"
            "Marc Tessier\n",
        ),
    ],
)
def test_a_title_before_a_copied_name_does_not_hide_them(cc: str, body: str) -> None:
    raw = mail(body, frm="Lead <lead@host.example>", headers=f"Cc: {cc}\r\n")
    assert cc.split("<")[1].rstrip(">") in interviewers(raw)
