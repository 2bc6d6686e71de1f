"""A "job" that asks the candidate for money: ``demands_payment(text) -> list[str]``.

An employer pays its hires; it never asks them to pay for a place, a laptop or the papers of an
offer. A mail that does ("to confirm your selection you have to pay Rs. 4,850 (fully
refundable)", "purchase your work equipment from our approved vendor ... by gift cards") is a
fee scam, however much it sounds like an offer, and a careful reader sends no thank-you to it.

One sign is not enough (a real offer may say "expenses will be refunded" or ask for bank
details for payroll), so :func:`demands_payment` needs two different sorts of sign, one of them
the candidate asked to pay.
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter

_FLAGS = re.IGNORECASE | re.UNICODE

# The candidate asked to pay or buy something to get or keep the job (every phrase opens a
# word: the word boundary once, then the phrases grouped by first letter,
# firstletter.by_first_letter; the same matches, found sooner).
_PAY = re.compile(
    r"\b"
    + by_first_letter(
        r"you\s+(?:have|are\s+required|need|must|will\s+need|are\s+expected)\s+to\s+(?:pay|"
        r"purchase|buy|deposit|transfer|make\s+(?:a\s+|the\s+)?payment)\b|"
        r"(?:please|kindly)\s+(?:make|send)\s+(?:the\s+|a\s+|your\s+)?payment\b|"
        r"make\s+(?:the\s+)?payment\s+within\b|payment\s+link\b|"
        r"pay\s+the\s+(?:fee|deposit)\b|"
        r"Sie\s+(?:müssen|sollen)\b[^.]{0,60}\b(?:bezahlen|überweisen|zahlen|kaufen)\b|"
        r"vous\s+devez\b[^.]{0,60}\b(?:payer|verser|régler|acheter)\b|"
        r"(?:debe|deberá|tiene\s+que|tendrá\s+que)\s+(?:pagar|abonar|comprar|depositar)\b|"
        r"(?:u\s+moet|je\s+moet|dient\s+u)\b[^.]{0,60}\b(?:betalen|overmaken|kopen)\b",
        _FLAGS,
    ),
    _FLAGS,
)
# The money promised back, or sent where no employer asks for it.
_BAIT = re.compile(
    r"\b(?:fully\s+)?refundable\b|\bwill\s+be\s+(?:fully\s+)?refunded\b|\bgift\s*cards?\b|"
    r"\b(?:western\s+union|moneygram|bitcoin|crypto\w*|USDT|UPI\s+ID)\b|"
    r"\b(?:rückerstattet|erstattungsfähig|Gutscheinkarten?)\b|\b(?:remboursables?|"
    r"(?:sera|seront)\s+remboursée?s?|cartes?[- ]cadeaux?)\b|"
    r"\b(?:reembolsables?|(?:será|serán)\s+reembolsad[oa]s?|tarjetas?\s+regalo)\b|"
    r"\b(?:terugbetaald|cadeaukaart\w*)\b",
    _FLAGS,
)
# A job without a meeting or hurried along: "No interview is required", "within 24 hours".
_HURRY = re.compile(
    r"\bno\s+interview\s+(?:is\s+)?(?:required|needed|necessary)\b|"
    r"\b(?:within|in\s+the\s+next)\s+(?:24|48|12)\s+hours\b|"
    r"\bkein\s+(?:Vorstellungsgespräch|Interview)\s+(?:ist\s+)?(?:nötig|erforderlich)\b|"
    r"\bsans\s+entretien\b|\bsin\s+(?:necesidad\s+de\s+)?entrevista\b|"
    r"\bgeen\s+(?:sollicitatiegesprek|gesprek)\s+nodig\b",
    _FLAGS,
)


def demands_payment(text: str) -> list[str]:
    """The signs of a fee scam in ``text`` when there are two sorts, one a demand to pay;
    else none."""
    pay = _PAY.search(text)
    if pay is None:  # most mail: the other signs alone are no scam, so spare their scans
        return []
    signs = [m.group(0) for m in (pay, _BAIT.search(text), _HURRY.search(text)) if m]
    return signs if len(signs) >= 2 else []
