"""Rules and model together: the kind a message gets when the two readers disagree.

The rules (``classify._decide``) and the word model (:mod:`.kindmodel`) fail differently:
a rule misses wordings nobody wrote down, and the model misses what a single phrase
settles. Held out set by set, the model alone reads more mail right than the rules; the
two together read more than either, if each keeps what it is good at:

* facts the rules *know* are never outvoted: mail from the user, an automatic reply
  announced by its headers (RFC 3834), and mail about another thing applied for (a flat,
  a loan, a school place: ``cues.OTHER_APPLICATIONS``), whose refusal or offer reads word
  for word like a job's;
* where the rules only fell back (:data:`FALLBACKS`: none of their phrases fired, so they
  chose the plain kind), the model's kind wins;
* where a rule fired (a phrase, a time, a hard-negative context, an invitation), the model
  overrules it only when all but certain (:data:`SURE`) about mail with enough words it
  knows (:data:`ENOUGH_WORDS`): on short or unusual mail its certainty comes from the few
  header facts and its priors, and the rules' one precise phrase is the better witness;
* the model's ``interview_request`` is not followed against the rules: it is the one kind
  it calls too often (82% precise, held out), and asking to schedule needs a question the
  rules look for.

``reasons`` keep both readings and the words that made the difference.

When the model makes a message ``interview_scheduled``, the interview's time comes from
the same places the rules take it from: a live invitation, else the time in the text.
"""

from __future__ import annotations

from typing import Any

from .calendar import span_of
from .cues import OTHER_APPLICATIONS
from .dates import find_interview_time
from .kindmodel import KindModel, features
from .reading import Reading

# The rules' fallbacks, as their reasons say them (classify.py appends these constants).
NO_JOB_CONTEXT = "no job-application context"
INVITATION_WITHOUT_CONTEXT = "invitation without interview context"
UNREADABLE_CONFIRMATION = "confirmation without a readable time: weaker kind"
ROBOT_WITHOUT_CONTENT = "automated sender, no recognised content"
SOME_EMPLOYER_MESSAGE = "employer message about the application"
FALLBACKS = frozenset(
    {
        NO_JOB_CONTEXT,
        INVITATION_WITHOUT_CONTEXT,
        UNREADABLE_CONFIRMATION,
        ROBOT_WITHOUT_CONTENT,
        SOME_EMPLOYER_MESSAGE,
    }
)
SURE = 0.7  # the model's probability that overrules a rule that fired ...
ENOUGH_WORDS = 50  # ... in mail with at least this many words and word pairs it knows
LIKELY = 0.5  # the probability that overrules a fallback
_NOT_FOLLOWED = frozenset({"interview_request"})
_OTHER_APPLICATION = frozenset(f"context:{name}" for name in OTHER_APPLICATIONS)


def weigh(
    r: Reading, kind: str, extra: dict[str, Any], reasons: list[str], model: KindModel | None
) -> tuple[str, dict[str, Any]]:
    """The kind and its details once the model has been heard (``reasons`` grows)."""
    if model is None or _known_for_certain(r, kind, reasons):
        return kind, extra
    x = features(r)
    p = model.probabilities(x)
    best = max(p, key=p.__getitem__)
    if best == kind:
        reasons.append(f"model:agrees {p[best]:.2f}")
        return kind, extra
    words = ", ".join(model.evidence(x, best))
    if best in _NOT_FOLLOWED:
        reasons.append(f"model:{best} {p[best]:.2f} not followed")
        return kind, extra
    fell_back = bool(FALLBACKS.intersection(reasons))
    if (fell_back and p[best] < LIKELY) or (
        not fell_back and (p[best] < SURE or model.known_words(x) < ENOUGH_WORDS)
    ):
        reasons.append(f"model:{best} {p[best]:.2f} not sure enough")
        return kind, extra
    reasons.append(f"model:{best} {p[best]:.2f} over rules:{kind} ({words})")
    return best, _details_for(r, best)


def _known_for_certain(r: Reading, kind: str, reasons: list[str]) -> bool:
    if "from-me" in reasons or _OTHER_APPLICATION.intersection(reasons):
        return True
    return kind == "auto_reply" and (r.auto or "").startswith("auto-replied")


def _details_for(r: Reading, kind: str) -> dict[str, Any]:
    """What ``details.complete`` needs for a kind the rules did not choose."""
    if kind != "interview_scheduled":
        return {}
    live = [
        e
        for e in r.events
        if e.method != "CANCEL" and e.status != "CANCELLED" and e.start is not None
    ]
    sent = r.msg.date
    found = find_interview_time(r.kind_text(), sent, default_tz=r.tz) if sent else None
    span = span_of(live) if live else None
    if span:
        return {"span": span, "events": live, "found": found}
    return {"span": (found.start, found.end)} if found else {}


__all__ = ["weigh"]
