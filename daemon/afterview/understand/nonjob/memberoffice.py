"""A member's office in a club, a team or an association is offered or refused, not a job.

"The committee would like to offer you the captain role for the B team next season" reads
word for word like an offer ("offer you the ... role"), and "we've chosen someone else as
treasurer" like a refusal. A careful reader sees the office (a captain, a treasurer, a
committee seat) and where it is held (a team, a league, a club, a season): a member's
office, unpaid, in the reader's leisure. Only where pay or employment is spoken of (a
salary, a contract, hours a week) could such an office be a job (a club's paid coach).
"""

from __future__ import annotations

import re

from ..gates.firstletter import by_first_letter

# An office held by a member: captain, treasurer, secretary, chair, a committee or board seat.
_OFFICE = re.compile(
    # (grouped by first letter, firstletter.by_first_letter: searched in every message's text)
    r"\b"
    + by_first_letter(
        r"(?:(?:vice|club|team|match|squad|deputy)[- ]?)?captain(?:cy)?|treasurer|"
        r"(?:club|fixtures|membership|social|general|honorary|hon\.?)\s+secretary|"
        r"chair(?:man|woman|person)?\s+of\s+the\s+(?:club|committee|society|association|league)|"
        r"committee\s+(?:member|seat|role|post|place)|board\s+member\s+of\s+the\s+(?:club|society|"
        r"association)|(?:Mannschafts)?kapitän\w*|Spielführer\w*|Kassenwart\w*|Schatzmeister\w*|"
        r"Schriftführer\w*|Vorstandsamt|Vorstandsposten|(?:ins|in\s+den)\s+Vorstand|"
        r"capitaine|trésori(?:er|ère)|secrétaire\s+(?:de\s+l'association|du\s+club)|"
        r"membre\s+du\s+bureau|capit[áa]n(?:a)?|tesorer[oa]|vocal\s+de\s+la\s+junta|"
        r"aanvoerder\w*|penningmeester\w*|bestuurslid|bestuursfunctie|secretaris\s+van\s+de\s+"
        r"vereniging",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)
# Where a member's office is held: a team, a league, a club, a season, an association.
_CLUB = re.compile(
    r"\b(?:[A-D]\s+team|first\s+team|second\s+team|(?:first|second|third)\s+XI|squad|league|"
    r"club|next\s+season|this\s+season|the\s+season|AGM|"
    r"Verein\w*|Mannschaft\w*|Liga|Saison|Jahreshauptversammlung|Mitgliederversammlung|"
    r"(?:l'|notre\s+)association|équipe\s+(?:B|C|réserve|première)|ligue|saison|"
    r"assemblée\s+générale|"
    r"equipo\s+(?:B|C|juvenil|femenino|masculino)|temporada|asamblea\s+general|peña|"
    r"vereniging|elftal|team\s+(?:2|3|B)|competitie|seizoen|ledenvergadering)\b",
    re.IGNORECASE,
)
# Pay or employment spoken of: such an office may be a job after all (a club's paid coach).
_PAID = re.compile(
    r"\b(?:salary|salaried|wage|per\s+(?:hour|annum|year|month)|hourly\s+rate|contract\s+of\s+"
    r"employment|employment\s+contract|start\s+date|full[- ]time|part[- ]time|"
    r"Gehalt|Vergütung|Arbeitsvertrag|Minijob|salaire|rémunér\w+|contrat\s+de\s+travail|"
    r"sueldo|salario|remuneraci[oó]n|contrato\s+laboral|salaris|arbeidscontract|loon)\b|"
    r"[£€$]\s?\d",
    re.IGNORECASE,
)


def members_office(text: str) -> list[str]:
    """The office and its club named in ``text`` when it is a member's (unpaid) office: the
    words that tell it, or nothing."""
    office = _OFFICE.search(text)
    if office is None or _PAID.search(text):
        return []
    club = _CLUB.search(text)
    return [office.group(), club.group()] if club else []
