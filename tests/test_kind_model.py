"""The kind model: how it learns, that the shipped one is trained on today's fixtures, and how
``classify`` weighs it against the rules (understand/kinds/weighing.py).

The weighing tests give ``classify`` a small hand-made model, so each one decides a known
disagreement; the shipped model is measured on labelled mail in test_classify_corpus.py.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify, rules_only
from afterview.understand.kinds import kindmodel, weighing
from afterview.understand.result import KINDS
from classifymail import ME, mail

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    path = ROOT / "tools" / "kind_model.py"
    spec = importlib.util.spec_from_file_location("kind_model_tool", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_trained_on_the_fixtures_as_they_are() -> None:
    """Changing a labelled set or the features without retraining leaves a stale model."""
    tool = _tool()
    shipped = json.loads(gzip.decompress(tool.OUTPUT.read_bytes()))
    records = tool.training_records()
    assert shipped["trained_on"] == tool.fingerprint(records), (
        "the kind model is stale: run `.venv/bin/python tools/kind_model.py train`"
    )
    assert shipped["messages"] == len(records)
    assert set(shipped["kinds"]) == set(KINDS)


def test_the_shipped_weights_read_as_they_were_written() -> None:
    """The loaded model keeps the file's whole numbers and scales once per score: writing it
    out again gives the same file, and a feature's row is its weights, not the numbers."""
    tool = _tool()
    shipped = json.loads(gzip.decompress(tool.OUTPUT.read_bytes()))
    model = kindmodel.load()
    assert model is not None
    again = model.to_json()
    assert again["columns"] == shipped["columns"]
    assert again["names"] == shipped["names"]
    name = "w:interview"
    at = shipped["names"].index(name)
    whole = [model.columns[k][at] for k in range(len(model.kinds))]
    assert model.row(name) == [w / shipped["scale"] for w in whole]
    assert max(abs(w) for w in model.row(name)) < 100  # weights, not thousandths
    x = {name: 1.0, "bias": 1.0}
    expected = [a + b for a, b in zip(model.row(name), model.row("bias"), strict=True)]
    assert model.scores(x) == pytest.approx(expected, abs=1e-9)


def test_fit_learns_the_words_that_tell_kinds_apart() -> None:
    examples = [
        ({"w:regret": 1.0, "w:thanks": 1.0, "bias": 1.0}, "rejection"),
        ({"w:regret": 1.0, "w:sadly": 1.0, "bias": 1.0}, "rejection"),
        ({"w:confirmed": 1.0, "w:thanks": 1.0, "bias": 1.0}, "interview_scheduled"),
        ({"w:confirmed": 1.0, "w:monday": 1.0, "bias": 1.0}, "interview_scheduled"),
    ]
    model = kindmodel.fit(examples, epochs=30)
    unseen = {"w:regret": 1.0, "w:monday": 1.0, "bias": 1.0}
    p = model.probabilities(unseen)
    assert max(p, key=p.__getitem__) == "rejection"
    assert model.evidence(unseen, "rejection") == ["regret"]
    again = kindmodel.KindModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.kinds == model.kinds
    assert round(again.probabilities(unseen)["rejection"], 2) == round(p["rejection"], 2)


def test_features_read_the_new_text_not_the_quoted_history() -> None:
    raw = mail(
        "Thanks, see you then.\n\nOn Mon, 2 Nov 2026, Jane wrote:\n> we regret to inform you\n",
        subject="Re: Interview",
    )
    from afterview.understand.reading import read

    x = kindmodel.features(read(parse_message(raw), (ME,), None))
    assert "w:thanks" in x and "b:see_you" in x
    assert "w:regret" not in x
    assert "m:reply" in x and "s:interview" not in x  # a reply's subject is the thread's


# ---- weighing: a hand-made model decides each disagreement ------------------------------------

_FILLER = [f"zq{a}{b}" for a in "abcdefgh" for b in "abcdefgh"][: weighing.ENOUGH_WORDS + 5]


def _model(leaning: dict[str, str], strength: float = 8.0) -> kindmodel.KindModel:
    """A model that reads each word in ``leaning`` as its kind, and knows the filler words."""
    kinds = tuple(KINDS)
    weights = {f"w:{w}": tuple(0.0 for _ in kinds) for w in _FILLER}
    for word, kind in leaning.items():
        weights[f"w:{word}"] = tuple(strength if k == kind else 0.0 for k in kinds)
    return kindmodel.KindModel.from_weights(kinds, weights)


def _classify(raw: bytes, model: kindmodel.KindModel):
    return classify(parse_message(raw), me=(ME,), model=model)


def test_a_confident_model_overrules_a_rule_that_only_fell_back() -> None:
    raw = mail(
        "Dear Sam,\n\nA quick note about the Data Analyst role: the team met this morning. "
        "Zorble.\n\nJane"
    )
    assert weighing.SOME_EMPLOYER_MESSAGE in rules_only(parse_message(raw), me=(ME,)).reasons
    result = _classify(raw, _model({"zorble": "rejection"}))
    assert result.kind == "rejection"
    said = [r for r in result.reasons if r.startswith("model:rejection")]
    assert said and "rules:employer_reply" in said[0]


@pytest.mark.parametrize(
    ("leaning", "strength", "followed"),
    [
        ("interview_request", 2.0, False),  # more likely than not is not enough ...
        ("rejection", 2.0, False),
        ("interview_request", 8.0, True),  # ... it must be likely by a margin, any kind
        ("rejection", 8.0, True),
    ],
)
def test_over_a_fallback_the_model_must_be_likely_by_a_margin(
    leaning: str, strength: float, followed: bool
) -> None:
    raw = mail(
        "Dear Sam,\n\nA quick note about the Data Analyst role: the team met this morning. "
        "Zorble.\n\nJane"
    )
    model = _model({"zorble": leaning}, strength)
    p = model.probabilities({"w:zorble": 1.0, "bias": 1.0})[leaning]
    assert (p >= weighing.LIKELY) is followed  # the hand-made model is as sure as meant
    result = _classify(raw, model)
    assert (result.kind == leaning) is followed


def test_mail_from_the_user_stays_theirs() -> None:
    raw = mail("Zorble, see you Monday at 10.", frm=f"Sam <{ME}>")
    assert _classify(raw, _model({"zorble": "interview_scheduled"})).kind == "unrelated"


def test_a_membership_refused_stays_unrelated_whatever_the_words_say() -> None:
    raw = mail(
        "Dear Sam,\n\nThank you for applying for membership of the Riverside Rowing Club. "
        "Unfortunately the committee cannot offer you a place this season. Zorble.\n\n"
        + " ".join(_FILLER)
        + "\n\nMembership secretary",
        subject="Your membership application",
    )
    assert "context:membership" in rules_only(parse_message(raw), me=(ME,)).reasons
    assert _classify(raw, _model({"zorble": "rejection"})).kind == "unrelated"


def test_a_rule_that_fired_holds_against_a_model_that_knows_few_words() -> None:
    raw = mail(
        "Hi Sam,\n\nYour interview is confirmed for Thursday 5 November at 2pm. Zorble.\n\nJane",
        subject="Interview - Data Analyst",
    )
    assert rules_only(parse_message(raw), me=(ME,)).kind == "interview_scheduled"
    assert _classify(raw, _model({"zorble": "unrelated"})).kind == "interview_scheduled"


def test_a_rule_that_fired_yields_to_a_sure_model_with_enough_words() -> None:
    body = (
        "Hi Sam,\n\nYour interview is confirmed for Thursday 5 November at 2pm. Zorble.\n\n"
        + " ".join(_FILLER)
        + "\n\nJane"
    )
    raw = mail(body, subject="Interview - Data Analyst")
    assert rules_only(parse_message(raw), me=(ME,)).kind == "interview_scheduled"
    result = _classify(raw, _model({"zorble": "unrelated"}))
    assert result.kind == "unrelated" and result.interview is None


@pytest.mark.parametrize("strength", [8.0, 0.3])
def test_a_model_made_interview_takes_its_time_from_the_text(strength: float) -> None:
    """Sure, the model books the interview at the time the text names; unsure, the rules'
    fallback stands."""
    raw = mail(
        "Dear Sam,\n\nAbout the Data Analyst role. Zorble: Tuesday 10 November 2026 at 15:00 "
        "(UK time), with Jane.\n\nJane"
    )
    rules = rules_only(parse_message(raw), me=(ME,))
    assert rules.kind != "interview_scheduled"
    result = _classify(raw, _model({"zorble": "interview_scheduled"}, strength))
    if strength > 1:
        assert result.kind == "interview_scheduled"
        assert result.interview is not None
        assert result.interview.start.isoformat() == "2026-11-10T15:00:00+00:00"
    else:
        assert result.kind == rules.kind


@pytest.mark.parametrize(
    ("frm", "headers"),
    [
        ("Jane Doe <jane.doe@gmail.com>", ""),  # a friend at free mail
        ("Acme News <news@acme.example>", "List-Id: <news.acme.example>\r\n"),  # a newsletter
        ("Acme <no-reply@acme.example>", ""),  # a notification
    ],
)
def test_mail_without_a_word_of_a_job_stays_unrelated_however_sure_the_model(
    frm: str, headers: str
) -> None:
    raw = mail(
        "Dear Sam,\n\nZorble: Tuesday 10 November 2026 at 15:00, with Jane.\n\nJane",
        frm=frm,
        headers=headers,
    )
    assert rules_only(parse_message(raw), me=(ME,)).kind == "unrelated"
    result = _classify(raw, _model({"zorble": "interview_scheduled"}))
    assert result.kind == "unrelated"
    assert any("no word of a job" in r for r in result.reasons)


@pytest.mark.parametrize(("strength", "heard"), [(8.0, True), (1.5, False)])
def test_a_person_at_an_organisation_is_heard_without_job_words_when_the_model_is_very_sure(
    strength: float, heard: bool
) -> None:
    # "we've gone with someone else for the weekend shifts": a bar's manager names no job
    raw = mail("Hi Sam,\n\nZorble, sorry. Thanks for coming in on Friday.\n\nCallum")
    assert rules_only(parse_message(raw), me=(ME,)).kind == "unrelated"
    model = _model({"zorble": "rejection"}, strength)
    p = model.probabilities(kindmodel.features(_reading(raw)))
    assert (p["rejection"] >= weighing.WORDLESS_SURE) is heard
    result = _classify(raw, model)
    assert result.kind == ("rejection" if heard else "unrelated"), result.reasons


def _reading(raw: bytes):
    from afterview.understand.reading import read

    return read(parse_message(raw), (ME,), None)
