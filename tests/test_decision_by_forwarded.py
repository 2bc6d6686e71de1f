"""decision_by from a forwarded mail of the employer's side, and "confirm who goes on".

A coordinator passing on the manager's mail ("she asked me to pass this along"), an agency
forwarding its client's feedback: the promise in the forwarded mail is the employer's word,
though the one who forwards it names no date. The candidate's own forwarded mail promises
nothing of the employer's. Mail written for these tests, in three languages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.dates.decision import find_decision_by
from classifymail import ME, mail

fwd_mail = partial(mail, subject="Fwd: next steps", date_="Mon, 16 Nov 2026 14:05:00 +0000")


def decision_by(raw: bytes) -> date | None:
    return classify(parse_message(raw), me=(ME,)).decision_by


FORWARDS = [
    (
        "Hi Sam,\n\nOur director asked me to send this on to you as she is travelling this "
        "week. Please send me the two references she mentions.\n\nThanks,\nRob\n\n"
        "---------- Forwarded message ---------\nFrom: Ines Ward <ines.ward@acme.example>\n"
        "Date: Mon, Nov 16, 2026 at 8:02 AM\nSubject: next steps\nTo: Rob Hale "
        "<rob.hale@acme.example>\n\nRob, could you pass this on to Sam?\n\nSam, thank you for "
        "Thursday. Next we check two references, and we expect to reach a decision by "
        "Thursday 26 November.\n\nInes\n",
        date(2026, 11, 26),
    ),
    (
        "Bonjour Sam,\n\nJe vous transfère le message de notre directrice, absente toute la "
        "semaine. Merci d'envoyer vos références directement à moi, avec les coordonnées de "
        "vos deux derniers responsables.\n\nCordialement,\nLéa\n\n"
        "---------- Forwarded message ---------\nDe : Claire Roy <claire.roy@acme.example>\n"
        "Date: lun. 16 nov. 2026 à 08:10\nObjet : suite\nÀ : Léa Petit <lea.petit@acme.example>\n"
        "\nLéa, peux-tu transmettre à Sam ?\n\nNous prendrons notre décision d'ici le vendredi "
        "27 novembre, après avoir contacté ses références.\n\nClaire\n",
        date(2026, 11, 27),
    ),
    (
        "Hallo Sam,\n\nzu Ihrer Bewerbung als Projektingenieur: Frau Brandt bat mich, Ihnen "
        "ihre Nachricht weiterzuleiten, da sie heute "
        "im Werk ist. Schicken Sie mir bitte die Zeugnisse und die Kontaktdaten von zwei "
        "Referenzgebern aus Ihren letzten Stellen.\n\nViele Grüße\nTom Weber\n\n"
        "---------- Forwarded message ---------\nVon: Eva Brandt <eva.brandt@acme.example>\n"
        "Date: Mo., 16. Nov. 2026 um 07:55\nBetreff: Nächste Schritte\nAn: Tom Weber "
        "<tom.weber@acme.example>\n\nTom, bitte an Sam weiterleiten.\n\nWir werden bis "
        "Mittwoch, den 25. November, über die Besetzung der Stelle entscheiden.\n\nEva Brandt\n",
        date(2026, 11, 25),
    ),
]


@pytest.mark.parametrize(("body", "day"), FORWARDS)
def test_a_colleagues_forwarded_promise_is_the_employers(body: str, day: date) -> None:
    assert decision_by(fwd_mail(body, frm="Rob Hale <rob.hale@acme.example>")) == day


def test_the_candidates_own_forwarded_mail_promises_nothing() -> None:
    # the recruiter forwards the candidate's own mail on: its "decide by" is the candidate's
    body = (
        "Hi Sam,\n\nForwarding your note to the hiring manager now and copying you in. Please "
        "send me your notice period when you can.\n\nRob\n\n"
        "---------- Forwarded message ---------\nFrom: Sam <sam@example.org>\n"
        "Date: Sun, Nov 15, 2026 at 9:00 PM\nSubject: offer elsewhere\nTo: Rob Hale "
        "<rob.hale@acme.example>\n\nHi Rob, I have another offer and will decide by "
        "Friday 27 November which to take.\n\nSam\n"
    )
    assert decision_by(fwd_mail(body, frm="Rob Hale <rob.hale@acme.example>")) is None


def test_an_older_mail_inside_the_forward_is_not_read() -> None:
    # the forwarded mail quotes an older one whose promise was already kept
    body = (
        "Hi Sam,\n\nHere is what the team sent me this morning about your references, "
        "passing it on as promised yesterday.\n\nRob\n\n"
        "---------- Forwarded message ---------\nFrom: Ines Ward <ines.ward@acme.example>\n"
        "Date: Mon, Nov 16, 2026 at 8:02 AM\nSubject: Re: panel\nTo: Rob Hale "
        "<rob.hale@acme.example>\n\nRob, references look fine to me.\n\n"
        "On Tue, Nov 3, 2026 at 9:00 AM Rob Hale <rob.hale@acme.example> wrote:\n"
        "> We will let you know by Friday 27 November.\n"
    )
    assert decision_by(fwd_mail(body, frm="Rob Hale <rob.hale@acme.example>")) is None


TUESDAY = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We finish first rounds this week and will confirm who moves to the final stage by "
         "Wednesday 25th.", date(2026, 11, 25)),
        ("The panel meets on Monday and we'll confirm whether you go through by Thursday "
         "26 November.", date(2026, 11, 26)),
        ("Nous confirmerons qui passe à l'étape suivante d'ici le vendredi 27 novembre.",
         date(2026, 11, 27)),
        ("Confirmaremos quién pasa a la entrevista final antes del viernes 27 de noviembre.",
         date(2026, 11, 26)),
    ],
)  # fmt: skip
def test_saying_who_goes_on_is_a_decision(text: str, day: date) -> None:
    assert find_decision_by(text, TUESDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        "Please confirm whether you can attend by Wednesday 25th.",
        "Could you confirm who your referees are by Friday 27 November?",
    ],
)
def test_the_candidate_asked_to_confirm_is_no_decision(text: str) -> None:
    assert find_decision_by(text, TUESDAY) is None


THURSDAY = datetime(2026, 11, 19, 17, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Quebec's "vous revenir" without "vers"
        ("Nous devrions être en mesure de vous revenir d'ici la fin du mois.",
         date(2026, 11, 30)),
        ("Je vais te revenir au plus tard mardi prochain avec une réponse.", date(2026, 11, 24)),
        # telling again: a start-up's "je te redis ça"
        ("On débriefe vendredi avec Thomas et je te redis ça la semaine prochaine au plus tard.",
         date(2026, 11, 27)),
        ("On vous dira d'ici vendredi si vous passez à l'étape suivante.", date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_french_promises_to_come_back(text: str, day: date) -> None:
    assert find_decision_by(text, THURSDAY) == day


def test_french_news_told_now_is_no_promise() -> None:
    assert find_decision_by("Je voulais vous dire que vendredi 27 est annulé.", THURSDAY) is None
