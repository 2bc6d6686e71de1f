"""Texting shorthand spelt out, so that a text message reads like the mail the rules know.

Recruiters write from phones, and high-volume hiring tools relay text messages by mail:
"Got ur application for the pharmacy mgr spot. Can u do a quick call tmrw?", "Rick decided
to go w/ another candidate". Every phrase list would otherwise need a second spelling of
"your", "with" and "tomorrow". Only English mail is spelt out: in Dutch "u" is the polite
"you" of every formal letter, and the other languages' shorthand differs.
"""

from __future__ import annotations

import re

_SPELT_OUT = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "w/": "with",
    "w/o": "without",
    "thx": "thanks",
    "thnx": "thanks",
    "tks": "thanks",
    "ty": "thank you",
    "pls": "please",
    "plz": "please",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "mgr": "manager",
    "asst": "assistant",
    "appt": "appointment",
    "b4": "before",
    "abt": "about",
    "cuz": "because",
    "bc": "because",
    "msg": "message",
    "convo": "conversation",
    "avail": "available",
}
# Lower-case whole words only ("U.S.", "R&D", "BC", "r/jobs" and addresses are no shorthand):
# not touching a dot, slash, @, ampersand or apostrophe, except the slash of "w/" itself.
_SHORTHAND = re.compile(
    r"(?<![\w./@&'’-])(?:w/o|w/|"
    + "|".join(sorted((w for w in _SPELT_OUT if "/" not in w), key=len, reverse=True))
    + r")(?![\w/@&'’-]|\.\w)"
)


def spelt_out(text: str, language: str) -> str:
    """``text`` with English texting shorthand written in full (other languages unchanged)."""
    if language != "en":
        return text
    return _SHORTHAND.sub(lambda m: _SPELT_OUT[m.group(0)], text)
