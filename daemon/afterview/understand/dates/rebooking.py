"""A loose time given for coming back with new times is no decision date.

After a meeting is called off, the employer often says when it will write again to rebook:
"I'll be in touch early next week with some new options", "Emma will reach out later this
week to find a new slot", "je reviens vers vous en début de semaine prochaine pour vous
proposer un nouveau créneau", "ich melde mich Anfang nächster Woche mit neuen Terminen",
"te escribo a principios de la semana que viene con nuevas fechas", "ik stuur je begin
volgende week nieuwe opties". Careful readers give such mail no decision date: the part of a
week is a wish about when the next mail comes, and the mail it promises decides nothing. A
firm time does count as getting back ("I'll be in touch next week with alternative dates" is
next week's Friday, "by Monday with new slots" that Monday), and so does a loose one when the
sentence also speaks of the decision ("we'll decide early next week and send new dates").
"""

from __future__ import annotations

import re

# The loose parts of a week: "early next week", "later this week", "mid next week".
_LOOSE_PART = re.compile(
    r"(?:early|later?)\s+(?:next|this|in\s+the)\s+week|mid(?:dle\s+of|-)?\s*next\s+week|"
    r"(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week|"
    r"(?:anfang|mitte)\s+(?:der\s+)?(?:n(?:ä|ae)chste[nr]?|kommende[nr]?)\s+woche|"
    r"(?:d[ée]but|milieu)\s+de\s+(?:la\s+)?semaine\s+prochaine|"
    r"(?:a\s+)?(?:principios|mediados)\s+de\s+la\s+(?:semana\s+que\s+viene|pr[oó]xima\s+semana)|"
    r"(?:begin|midden)\s+(?:van\s+)?volgende\s+week|later\s+deze\s+week|"
    r"(?:plus\s+tard\s+)?dans\s+la\s+semaine|m[áa]s\s+adelante\s+esta\s+semana|"
    r"sp(?:ä|ae)ter\s+(?:in\s+)?dieser\s+woche",
    re.IGNORECASE,
)
# What the promised mail brings: new times to meet, not an answer.
_NEW_TIMES = re.compile(
    r"\b(?:(?:new|fresh|alternative|other|different)\s+(?:\w+\s+)?(?:dates?|times?|slots?|"
    r"options|availability|windows?|days?)|re-?arrange|re-?schedul\w*|re-?book\w*|"
    r"find\s+(?:a|another)\s+(?:new\s+)?(?:slot|time|date)|"
    r"neue[nmr]?\s+(?:Termin\w*|Zeit\w*|Slots?|Datum|Daten)|(?:Ersatz|Alternativ)termin\w*|"
    r"(?:verschieben|nachholen|neu\s+(?:ansetzen|vereinbaren|planen))|"
    r"nouve(?:au|aux|lles?)\s+(?:cr[ée]neaux?|dates?|horaires?|rendez-vous|disponibilit[ée]s)|"
    r"autres?\s+(?:cr[ée]neaux?|dates?)|reprogrammer|replanifier|recaler|"
    r"nuev[oa]s?\s+(?:fechas?|opciones|horarios?|huecos?|citas?|propuestas?)|"
    r"otr[oa]s?\s+(?:fechas?|huecos?|horarios?)|reprogram\w*|reagend\w*|"
    r"nieuwe\s+(?:afspraak|datum|data|tijden|tijdstippen|opties|momenten|voorstellen)|"
    r"andere\s+(?:datum|tijd|afspraak)|herplann\w*|verzetten|opnieuw\s+(?:in)?plannen)\b",
    re.IGNORECASE,
)
# ... unless the sentence also speaks of the decision itself.
_DECIDING = re.compile(
    r"\b(?:decid\w*|decisions?|outcome|feedback|shortlist\w*|entscheid\w*|Ergebnis\w*|"
    r"d[ée]cision|d[ée]cider|r[ée]sultat|decisi[oó]n|decidir\w*|resultado|beslis\w*|besluit|"
    r"uitslag|uitsluitsel)\b",
    re.IGNORECASE,
)


def loose_rebooking(norm: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the period at norm[start:end] is a loose part of a week, in a sentence that
    promises new times to meet and no decision."""
    if _LOOSE_PART.fullmatch(norm, start, end) is None:
        return False
    begin, finish = sentence
    return (
        _NEW_TIMES.search(norm, begin, finish) is not None
        and _DECIDING.search(norm, begin, finish) is None
    )
