"""How sure the word model must be to overrule a rules' reading that the mail is no job's
(understand/kinds/weighing.py, the table in its comments).

Each test gives ``classify`` a small hand-made model that leans on one made-up word
("zorble") with a chosen certainty, and mail the rules read one way, checked first with
``rules_only``: the reader's place in someone else's hiring (whose candidacy it is), a named
non-job context (a sales demo, a press interview), or a friend's address.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify, rules_only
from afterview.understand.kinds import kindmodel, weighing
from afterview.understand.reading import read
from afterview.understand.result import KINDS
from classifymail import ME, mail

_FILLER = " ".join(f"zq{a}{b}" for a in "abcdefgh" for b in "abcdefgh")

# strengths of the lean and the probability each gives (nine kinds, one word): e^s / (e^s + 8)
FAIRLY = 3.5  # 0.80: over SURE, under VERY_SURE
VERY = 5.2  # 0.96: over VERY_SURE, under CERTAIN
CERTAINLY = 6.8  # 0.99: over CERTAIN


def _model(kind: str, strength: float) -> kindmodel.KindModel:
    weights = {f"w:{w}": tuple(0.0 for _ in KINDS) for w in _FILLER.split()}
    weights["w:zorble"] = tuple(strength if k == kind else 0.0 for k in KINDS)
    return kindmodel.KindModel.from_weights(tuple(KINDS), weights)


def _weighed(raw: bytes, kind: str, strength: float, reading: str) -> tuple[str, float]:
    """The kind ``classify`` settles on, and the model's certainty, once the rules' reading
    is checked to be ``reading``."""
    msg = parse_message(raw)
    assert weighing.reading_of(list(rules_only(msg, me=(ME,)).reasons)) == reading
    model = _model(kind, strength)
    x = kindmodel.features(read(msg, (ME,), None))
    assert model.known_words(x) >= weighing.ENOUGH_WORDS
    return classify(msg, me=(ME,), model=model).kind, model.probabilities(x)[kind]


# --- whose candidacy: the model sees a job's words, not whose job it is --------------------


def _forward(cover: str, inner: str, subject: str) -> bytes:
    lea = "Lea Brandt <lea.brandt@northwind-consult.example>"
    body = (
        f"{cover}\n\n---------- Forwarded message ---------\nFrom: Careers "
        f"<careers@northpeak.example>\nDate: Mon, 2 Nov 2026 at 09:12\nSubject: {subject}\n"
        f"To: {lea}\n\n{inner} zorble {_FILLER}\n\nNorthpeak"
    )
    return mail(body, subject=f"Fwd: {subject}", frm=lea)


WHOSE = [
    (  # a friend's own refusal, forwarded for advice
        _forward(
            "Got this this morning :( what would you change in my CV?",
            "Dear Lea,\n\nThank you for applying for the Buyer position. After careful "
            "consideration we have decided not to progress your application.",
            "Your application",
        ),
        "rejection",
    ),
    (  # ... in German
        _forward(
            "Hab heute diese Absage bekommen. Hast du einen Tipp für mich?",
            "Liebe Lea,\n\nvielen Dank für Ihre Bewerbung als Einkäuferin. Leider müssen wir "
            "Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.",
            "Ihre Bewerbung",
        ),
        "rejection",
    ),
    (  # the reader sits on the panel
        mail(
            "Hallo Sam,\n\nam Donnerstag, 12.11., um 14:00 Uhr kommt Frau Petra Lange zum "
            "Vorstellungsgespräch für die Stelle Teamleitung Einkauf. Könntest du als "
            f"Zweitinterviewer dabei sein? zorble {_FILLER}\n\nGruß\nMarco, HR",
            subject="Gespräch Donnerstag",
            frm="Marco <marco@kesselwerk.example>",
        ),
        "interview_scheduled",
    ),
    (  # ... in Spanish
        mail(
            "Hola Sam:\n\nEl martes 10 de noviembre a las 10:00 entrevistamos a Laura Gil para "
            "el puesto de analista. ¿Podrías participar como entrevistador? Te paso su CV. "
            f"zorble {_FILLER}\n\nUn saludo,\nInés, RR. HH.",
            subject="Entrevista martes",
            frm="Inés <ines@grupo-sol.example>",
        ),
        "interview_scheduled",
    ),
    (  # ... on a French jury
        mail(
            "Bonjour Sam,\n\nPour rappel, vous faites partie du jury le jeudi 12 novembre à "
            "9h30 pour le recrutement d'un technicien de maintenance. Le candidat, M. Hugo "
            f"Benali, présentera son parcours. zorble {_FILLER}\n\nCordialement,\nService RH",
            subject="Recrutement technicien",
            frm="RH <rh@usine-marne.example>",
        ),
        "interview_scheduled",
    ),
    (  # a club's office offered
        mail(
            "Hi Sam,\n\nThe committee would like to offer you the captain role for the B team "
            f"next season. Let me know by Friday if you accept. zorble {_FILLER}\n\nCheers,\n"
            "Tom, Club Secretary",
            subject="Captain next season",
            frm="Tom <secretary@riverside-rfc.example>",
        ),
        "offer",
    ),
]


@pytest.mark.parametrize(("raw", "kind"), WHOSE)
def test_whose_candidacy_it_is_is_never_the_models_to_overrule(raw: bytes, kind: str) -> None:
    got, p = _weighed(raw, kind, CERTAINLY, weighing.WHOSE)
    assert p >= weighing.CERTAIN  # however sure: its words are a job's, not whose job
    assert got == "unrelated"


def test_whose_reading_says_the_model_was_not_heard() -> None:
    raw, kind = WHOSE[0]
    reasons = classify(parse_message(raw), me=(ME,), model=_model(kind, CERTAINLY)).reasons
    assert any(r.startswith(f"model:{kind}") and "not heard" in r for r in reasons), reasons


# --- a named non-job context: CERTAIN for a draft, VERY_SURE for any other kind -------------

DEMO = mail(
    "Hi Sam,\n\nThanks for booking a demo of LedgerFlow. Our account executive will walk you "
    "through pricing and the integrations on Thursday 12 November at 15:00 (CET) via Zoom. "
    f"zorble {_FILLER}\n\nBest,\nNadia, LedgerFlow Sales",
    subject="Your LedgerFlow demo",
    frm="Nadia <nadia@ledgerflow.example>",
)
PODCAST = mail(
    "Hi Sam,\n\nThanks for agreeing to be a guest on our podcast. We'll record the episode on "
    "Tuesday 10 November at 17:00 over Riverside; the interview goes live in January. "
    f"zorble {_FILLER}\n\nBest,\nMarta, The Supply Chain Show",
    subject="Podcast recording",
    frm="Marta <marta@supplyshow.example>",
)
REVIEW = mail(
    "Bonjour Sam,\n\nVotre entretien annuel d'évaluation avec votre manager aura lieu le "
    "jeudi 12 novembre à 10h00, salle Garonne. Merci de remplir votre auto-évaluation avant. "
    f"zorble {_FILLER}\n\nCordialement,\nService RH",
    subject="Entretien annuel 2026",
    frm="RH <rh@ardoise-groupe.example>",
)
NAMED = [DEMO, PODCAST, REVIEW]


@pytest.mark.parametrize("raw", NAMED)
@pytest.mark.parametrize(
    ("kind", "strength", "followed"),
    [
        ("interview_request", FAIRLY, False),  # a sales call made a request at 0.80: no
        ("interview_request", VERY, True),
        ("rejection", VERY, False),  # a draft needs CERTAIN
        ("rejection", CERTAINLY, True),
        ("interview_scheduled", VERY, False),
        ("interview_scheduled", CERTAINLY, True),
    ],
)
def test_over_a_named_non_job_context(
    raw: bytes, kind: str, strength: float, followed: bool
) -> None:
    got, p = _weighed(raw, kind, strength, weighing.NAMED_CONTEXT)
    needed = weighing.CERTAIN if kind in weighing.DRAFTING else weighing.VERY_SURE
    assert (p >= needed) is followed  # the hand-made model is as sure as meant
    assert got == (kind if followed else "unrelated")


# --- a friend's address is a guess the model often corrects: its bar stays SURE -------------


def test_a_small_employers_offer_from_free_mail_still_yields_to_a_fairly_sure_model() -> None:
    raw = mail(
        "Hi Sam,\n\nGreat chatting on Saturday. We'd love to have you on board for the baker job: "
        f"four days a week from January, let me know what you think. zorble {_FILLER}\n\nTom",
        subject="the bakery",
        frm="Tom Crumb <tom.crumb@gmail.com>",
    )
    got, p = _weighed(raw, "offer", FAIRLY, weighing.FIRED)
    assert "personal sender" in rules_only(parse_message(raw), me=(ME,)).reasons
    assert weighing.SURE <= p < weighing.VERY_SURE
    assert got == "offer"


# --- a forward that is not the forwarder's own news is heard as before ---------------------


def _from_free_mail(cover: str, inner: str, subject: str) -> bytes:
    lea = "Lea Brandt <lea.brandt@gmail.com>"
    body = (
        f"{cover}\n\n---------- Forwarded message ---------\nFrom: Careers "
        f"<careers@northpeak.example>\nDate: Mon, 2 Nov 2026 at 09:12\nSubject: {subject}\n"
        f"To: {lea}\n\n{inner} zorble {_FILLER}\n\nNorthpeak"
    )
    return mail(body, subject=f"Fwd: {subject}", frm=lea)


def test_a_recruiter_relaying_the_clients_invitation_is_still_heard() -> None:
    raw = _from_free_mail(
        "Hi Sam, got this from the client - they'd like to meet you! Does Tuesday work?",
        "Hi Lea,\n\nWe'd like to meet Sam for an interview for the Buyer role on Tuesday 10 "
        "November at 10:00 at our Leeds office.",
        "Interview request",
    )
    msg = parse_message(raw)
    rules = rules_only(msg, me=(ME,)).kind
    got = classify(msg, me=(ME,), model=_model("interview_scheduled", CERTAINLY)).kind
    assert rules != "interview_scheduled" and got == "interview_scheduled"


# --- an outcome in mail the rules found no job's context in: VERY_SURE ----------------------

NO_JOB_CONTEXT = [
    mail(
        "Dear Sam,\n\nThank you for sending us your short story. We're sorry to say it isn't "
        "right for the Harbour Review at this time, and we are unable to offer individual "
        f"feedback. zorble {_FILLER}\n\nThe Editors",
        subject="Your submission",
        frm="Editors <editors@harbourreview.example>",
    ),
    mail(
        "Hi Sam,\n\nThanks for sending your photographs for the calendar. We won't be using "
        "them this year; we can't offer feedback on each entry, but thank you for taking part. "
        f"zorble {_FILLER}\n\nThe Calendar Team, Northdale Trust",
        subject="Calendar photographs",
        frm="Calendar <calendar@northdale-trust.example>",
    ),
]


@pytest.mark.parametrize("raw", NO_JOB_CONTEXT)
@pytest.mark.parametrize(("strength", "followed"), [(FAIRLY, False), (VERY, True)])
def test_an_outcome_where_the_rules_found_no_job_needs_a_very_sure_model(
    raw: bytes, strength: float, followed: bool
) -> None:
    assert weighing.NO_JOB_CONTEXT in rules_only(parse_message(raw), me=(ME,)).reasons
    got, p = _weighed(raw, "rejection", strength, weighing.FELL_BACK)
    assert (p >= weighing.VERY_SURE) is followed
    assert got == ("rejection" if followed else "unrelated")
