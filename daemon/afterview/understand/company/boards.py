"""The employer a job board's own mail names: the board writes as itself and says where
the application went or whose message it passes on.

A board's sender spells its own domain ("Jobsprout" at jobsprout.example, "Tribu" at
tribu-emploi.example), so its display name and domain name the board, never the employer.
Its mail states the employer in a few set ways, in five languages: "Your application was
sent to X", "Candidature envoyée à X", "Bewerbung gesendet an X", "You have a new message
from X", "X sent you a message", "Application sent: <role> at X", and by what the
employer did with the application ("X has reviewed your application", "X te citó", "X a
répondu à votre candidature", "X has updated the status of your application") or will do
("X recibirá tu CV", "X will receive your application").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .names import word_set
from .spelling import leading_name

_NAME = r"(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\n,.;:!?()|·•]|\.(?=\w)){1,60})"  # "S.A.S." stays whole
# "sent to X", "envoyée à X", "enviada a X", "gesendet an X", "verstuurd naar X", "message
# from X" (the name may stand on a line of its own after the phrase)
_SENT_TO = re.compile(
    r"\b(?i:(?:sent|submitted|forwarded)\s+to|envoy[ée]e?s?\s+(?:à|a)|transmise?\s+(?:à|a)|"
    r"enviad[ao]\s+a|gesendet\s+an|übermittelt\s+an|verstuurd\s+naar|doorgestuurd\s+naar|"
    r"(?:new\s+)?message\s+from|nouveau\s+message\s+de|nuevo\s+mensaje\s+de|"
    r"(?:neue\s+)?nachricht\s+von|(?:nieuw\s+)?bericht\s+van)"
    rf"[ \t]*(?:\n[ \t]*(?:\n[ \t]*)?)?{_NAME}"
)
# "X sent you a message", "X vous a envoyé un message", "X te ha enviado un mensaje",
# "X hat Ihnen eine Nachricht", "X heeft je een bericht"
_SENT_YOU = re.compile(
    rf"^[ \t]*{_NAME}\s+(?i:sent\s+you|(?:vous|t')\s*a\s+envoy|te\s+ha\s+enviado|"
    r"hat\s+(?:ihnen|dir)|heeft\s+(?:je|u))\b",
    re.MULTILINE,
)
# a subject that says the application went and names the role "at X"
_SENT_SUBJECT = re.compile(
    r"^(?i:application\s+(?:sent|submitted)|candidature\s+envoy[ée]e|"
    r"solicitud\s+enviada|bewerbung\s+(?:gesendet|versendet)|sollicitatie\s+verstuurd)"
    rf"\b.*?\s(?:at|à|en|bei|bij)\s+{_NAME}$"
)

# The employer the board says did something with the application or wants to meet: "Coral
# Bay Medical Group has reviewed your application", "La empresa X revisó tu CV", "X te
# citó a una entrevista", "X quiere conocerte", "X a consulté votre candidature", "X hat
# Ihre Bewerbung angesehen", "X heeft je sollicitatie bekeken"; at a line's or sentence's
# start, or after "the company"
_THE_FIRM = (
    r"(?i:the\s+company|the\s+employer|la\s+empresa|das\s+unternehmen|der\s+arbeitgeber|"
    r"l'entreprise|l'employeur|het\s+bedrijf|de\s+werkgever)"
)
_ACTS = re.compile(
    rf"(?:(?:^|(?<=[.!?]\s))[ \t]*(?:{_THE_FIRM}\s+)?|{_THE_FIRM}\s+)"
    rf"{_NAME}\s+(?i:has\s+(?:reviewed|viewed|looked\s+at|read|shortlisted|invited|decided|"
    r"updated|responded|replied|answered)|"
    r"would\s+like\s+to|wants\s+to|ha\s+(?:revisado|visto|decidido|respondido|actualizado)|"
    # what the employer will do with it: "X recibirá tu CV", "X will receive your
    # application", "X recevra votre candidature", "X erhält Ihre Bewerbung", "X ontvangt je"
    r"will\s+receive\s+your|recibir[áa]\s+tu|"
    r"recevra\s+votre|recevra\s+ta|erh[äa]lt\s+(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen|CV)|ontvangt\s+(?:je|jouw|uw)\s+(?:cv|sollicitatie)|"
    r"revis[óo]|te\s+(?:ha\s+)?cit[óo]|te\s+invita|quiere\s+(?:conocerte|entrevistarte|hacerte)|"
    r"a\s+(?:consult[ée]|vu|examin[ée]|d[ée]cid[ée]|r[ée]pondu|mis\s+[àa]\s+jour)|"
    r"souhaite\s+(?:vous|te)|vous\s+invite|"
    r"hat\s+(?:auf\s+)?(?:Ihre|deine|Ihr|dein)\s|m[öo]chte\s+(?:Sie|dich)|l[äa]dt\s+(?:Sie|dich)|"
    r"heeft\s+(?:gereageerd\s+op\s+)?(?:je|jouw|uw)\s|wil\s+(?:je|u)\s|nodigt\s+(?:je|u))",
    re.MULTILINE,
)
# Words that open such a sentence without naming anyone: "We would like to", "Sie möchte"
_NOT_NAMES = word_set(
    "we i you our they she he it this wir ich sie er es nous je vous il elle nosotros yo "
    "ella wij ik jij hij zij"
)


def boards_employer(texts: Sequence[str]) -> Iterator[str]:
    """The employers a job board's mail names (module docstring): subject first."""
    subject = texts[0] if texts else ""
    body = "\n".join(texts[1:2])
    for match in (
        *_SENT_SUBJECT.finditer(subject),
        *_SENT_TO.finditer(subject),
        *_SENT_YOU.finditer(subject),
        *_SENT_TO.finditer(body[:5000]),
        *_SENT_YOU.finditer(body[:5000]),
        *_ACTS.finditer(subject),
        *_ACTS.finditer(body[:5000]),
    ):
        name = leading_name(match.group("name"))
        if name and name.split()[0].lower() not in _NOT_NAMES:
            yield name
