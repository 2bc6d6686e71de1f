"""classify(): the employer's name as its sign-off writes it in full, not cut to the domain.

The domain spells the short form ("Wrenfold" of wrenfold.example) and the body may say "at
Wrenfold", but the signature's organisation line writes the firm's whole name ("Partner ·
Wrenfold Pottery Studio", "Talent Lead, Quillon AI", "Hydro Controls Ltd"): a person names the
employer by that line. The line may come after any separator, sit in the quoted part of an
inline reply, or close with a legal form (then even a word that may be a desk's belongs to
the name). A name already whole stays as it is: two partners' names ("Brandvold & Lie"), a
body's own word before the name ("Institut Aubrac"), a word of organisations at its end.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<full@x.example>", subject="Next step")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Ines Marlow <ines@wrenfold.example>",
            "Hi Sam,\n\nThanks for coming by the Wrenfold studio last week. We would love you "
            "to come back for a second interview on Tuesday 17 November at 2pm.\n\nInes\n"
            "Partner · Wrenfold Pottery Studio\n",
            "Wrenfold Pottery Studio",
        ),
        (
            "Dev Okafor <dev@quillon.example>",
            "Hey Sam - Dev from the recruiting side at Quillon here. Could we set up a "
            "30 minute interview with our CTO on Thursday 19 November at 4pm?\n\nDev Okafor\n"
            "Talent Lead, Quillon AI\n",
            "Quillon AI",
        ),
        (
            "Gerda Nyhus <gerda.nyhus@hallgrimhydro.example>",
            "Dear Sam,\n\nThank you for your application. We invite you to an interview at "
            "Hallgrim Hydro on Monday 23 November at 10:00.\n\nKind regards\nGerda Nyhus\n"
            "HR Coordinator | Hallgrim Hydro Controls Ltd\n",
            "Hallgrim Hydro Controls",
        ),
        (
            "Jonas Pichler <jonas@almblick.example>",
            "Hallo Sam,\n\nperfekt, dann sehen wir uns am Dienstag, 24.11. um 10:00 bei uns "
            'im Büro (einfach bei "Almblick" läuten).\n\nLG Jonas\n\n'
            "Am Mo., 16. Nov. 2026 schrieb Sam <sam@example.org>:\n"
            "> Dienstag Vormittag passt mir gut.\n\n-- \nJonas Pichler\n"
            "Leitung Daten | Almblick Analytics GmbH\n",
            "Almblick Analytics",
        ),
    ],
)
def test_the_signature_writes_the_employer_in_full(frm, body, want):
    assert company(mail(body, frm=frm)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            # two partners' names are the firm's whole name; its trade only describes it
            "Kari Lie <kari@brandvoldlie.example>",
            "Hei Sam,\n\nthanks for your application to Brandvold & Lie. Could you come in "
            "for an interview on Wednesday 25 November at 9am?\n\nKari Lie\n"
            "Brandvold & Lie Arkitekter\n",
            "Brandvold & Lie",
        ),
        (
            # a body's own word opens the name: what follows is its field
            "Claire Vidal <claire.vidal@institut-aubrac.example>",
            "Bonjour Sam,\n\nnous avons le plaisir de vous inviter à un entretien à "
            "l'Institut Aubrac le jeudi 26 novembre à 14h.\n\nCordialement,\nClaire Vidal\n"
            "Institut Aubrac de Recherche Agronomique\n",
            "Institut Aubrac",
        ),
        (
            # a desk after the name is no part of it
            "Maya Stone <maya@pellmoor.example>",
            "Hi Sam,\n\nPellmoor would like to invite you to an interview on Friday 20 "
            "November at 11am.\n\nMaya Stone\nPellmoor Talent Team\n",
            "Pellmoor",
        ),
    ],
)
def test_a_whole_name_or_a_desk_is_not_lengthened(frm, body, want):
    assert company(mail(body, frm=frm)) == want


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Lark Street Bagel Co. <jobs@larkstreetbagel.example>",
            "Hi Sam,\n\nThanks for applying to work the counter with us. Could you come in "
            "for a quick interview on Saturday 21 November at 9am?\n\nThe Lark Street crew\n",
            "Lark Street Bagel Co.",
        ),
        (
            "Mo Reyes <mo@tinrooftea.example>",
            "Hey Sam, we'd love to chat about the shift lead role - does Monday 23 November "
            "at 3pm work for an interview?\n\nMo Reyes\nStore Manager, Tinroof Tea Co.\n",
            "Tinroof Tea Co.",
        ),
        (
            # "Co., Ltd." is a legal form, which the name people use leaves out
            "Aiko Mori <aiko.mori@hanabisystems.example>",
            "Dear Sam,\n\nWe would like to invite you to an interview on Tuesday 24 November "
            "at 10:00 JST.\n\nAiko Mori\nHR, Hanabi Systems Co., Ltd.\n",
            "Hanabi Systems",
        ),
    ],
)
def test_a_brand_that_writes_co_after_its_name_keeps_it(frm, body, want):
    assert company(mail(body, frm=frm)) == want
