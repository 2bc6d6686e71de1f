"""Whom a text says the candidate meets, by name: "with Marcus and Priya", "conducted by
Harriet Oyelaran", "it'll be Dale + Monique", "Mark is still good for the 30th", "on behalf
of the chair, Prof. Pieter Declercq (in cc)", a panel list, in five languages.

The people come from the message (its headers, the quoted thread, addresses in the text):
this module only says which of them a sentence about the meeting names, and leaves out those
named only as the one to ask, the one who sends the link, or an observer. Where a statement
ends is told in :mod:`.statements`, whom a sentence names only as a contact in
:mod:`.not_met`; panel lists and "With:" fields are read line by line in :mod:`.panel_lists`,
and the one on whose behalf the sender writes is found in :mod:`.on_behalf`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..body.text import whole_word_ends
from ..model import Person
from .attendance import ALSO_JOINS, BRINGS_ALONG, FETCHES_YOU, FIRST_PERSON
from .callnames import WRITTEN_TITLES, call_names, fold, full_name_words
from .not_met import ASKS_YOU, MEETING_WITH, is_contact, only_contact
from .on_behalf import met_on_behalf
from .panel_lists import WORD, on_panel, on_with_field, only_watches, panel_lines
from .statements import statements_of

# One place to import whom a mail names from: the contact and panel-list tests of the two
# modules split from this one go with the sentence readers here (people.py and
# thread_people.py import them from here), as does statements_of from .statements.
__all__ = [
    "MEETING_WITH",
    "WORD",
    "copied_and_met",
    "is_contact",
    "met_by_name",
    "met_on_behalf",
    "on_panel",
    "on_with_field",
    "only_contact",
    "only_watches",
    "panel_lines",
    "statements_of",
]

# Right before a name: the candidate meets that person ("with Marcus and Priya", "conducted
# by Harriet", "it'll be Dale + Monique", "The panel will be Priya Nandakumar", "I'll have
# Tom Brennan join me", "Te entrevistarán Andrés y Paola").
_MEETS_BEFORE = re.compile(
    r"(?:\b(?:with|meet|meeting|and|&|plus|joined by|mit|und|avec|et|con|y|met|en|"
    r"entrevistar\w*|Gesprächspartner\w*(?:\s+(?:sind|ist))?|"
    # "Vous rencontrerez Solène", "conocerás a Iván", "je ontmoet Joost", "Sie treffen Frau Lenz",
    # "lernen Sie Frau Lenz kennen"
    r"rencontrer\w*|conocer\w*\s+a|"
    # the one a go-between says the candidate will see, or who joins later: "primero verás a
    # Elena y luego se une Pau", "vous verrez d'abord Elena", "tu verras Hugo"
    r"ver(?:á|a)s\s+a|vas\s+a\s+ver\s+a|(?:luego|después|despues|también|y)\s+se\s+(?:nos\s+|te\s+)?"
    r"(?:une|unirá|suma|sumará|incorpora|incorporará)|(?:vous\s+verrez|tu\s+verras)(?:\s+d'abord)?|ontmoet\w*(?:\s+(?:je|u|jij))?|(?:Sie|du)\s+treffen|"
    r"treffen\s+(?:Sie|du)|lern(?:en|st|t)\s+(?:Sie|du|ihr)|"
    r"(?:conducted|led|run|hosted|interviewed|chaired|held|taken)\s+by|(?:geführt|geleitet)\s+"
    r"von|(?:mené|conduit|animé|présidé)e?\s+par|(?:realizada|dirigida|conducida)\s+por|"
    r"(?:afgenomen|geleid|gevoerd)\s+door|it(?:'ll|\s+will|'d|\s+would)\s+be|"
    # "vous serez reçue par Mme Dubois", "you'll be seen by", "te recibirán", "Sie werden von
    # ... empfangen" (read after the name), "u wordt ontvangen door"
    r"reçue?s?\s+par|(?:seen|received)\s+by|recibid[oa]s?\s+por|(?:te|le|les)\s+recibir(?:á|án)|"
    r"ontvangen\s+door|"
    r"(?:I|we)(?:'ll|\s+will)\s+have|"
    # a German compound names the body too: "Auswahlkommission", "Findungsgremium"
    r"(?:panel|interviewers?|committee|jury|commission|\w*kommission|\w*gremium|comité|tribunal|"
    r"\w*commissie)\s+(?:will\s+(?:be|consist\s+of|include)|is|are|consists\s+of|includes|"
    r"comprises|besteht\s+aus|(?:sera\s+)?composée?\s+de|(?:estará\s+)?(?:formad|compuest)[oa]\s+"
    r"por|bestaat\s+uit|gehör(?:en|t)(?:\s+an)?|zitten|zetelen)(?:\s*:)?|"
    # the members named after the body: "Sitting on the panel will be", "Feront partie du
    # jury", "Formarán parte del tribunal", "In de commissie zitten"
    r"(?:sitting|serving)\s+on\s+the\s+(?:panel|committee|board)\s+(?:will\s+be|are|is)|"
    r"(?:members?\s+of\s+the\s+(?:panel|committee|board|jury)|on\s+the\s+(?:panel|board))\s+"
    r"(?:will\s+be|are|is)|feron?t?\s+partie\s+du\s+(?:jury|comité)|"
    r"formar(?:á|án)\s+parte\s+del\s+(?:tribunal|comité|panel)|"
    r"in\s+de\s+\w*commissie\s+(?:zitten|zit|zetelen))(?:\s*:)?|[+])\s+(?:(?:Dr|Mr|Mrs|Ms|"
    # titles written out too: "met mevrouw Berg", "mit Herrn Reh", "avec Monsieur Rey"
    rf"Herrn?|Frau|Mme|M|Sr|Sra|Prof|Cllr|Dhr|Mevr|{'|'.join(WRITTEN_TITLES)})\.?"
    r"\s+)?$",
    re.IGNORECASE,
)
# Right before a name: a meeting already had, not the coming one ("Thank you for the call
# with Priya on Tuesday", "after speaking with", "I spoke to", "merci pour l'échange avec",
# "danke für das Gespräch mit", "gracias por la llamada con", "bedankt voor het gesprek met").
_PAST_WITH = re.compile(
    r"(?:\b(?:thanks?|thank\s+you|grateful)\s+for\s+(?:(?:the|our|my|your|this)\s+)?(?:\w+\s+){0,2}?"
    r"(?:call|chat|conversation|talk|meeting|time)|\b(?:enjoyed|after|following|since)\s+"
    r"(?:(?:the|our|my)\s+)?(?:\w+\s+)?(?:call|chat|conversation|talk|meeting|speaking|talking|"
    r"chatting)|\b(?:spoke|talked|chatted|met)|\b(?:merci|remerci\w*)\s+pour\s+(?:l'|le\s+|la\s+|"
    r"notre\s+)\w+|\b(?:danke|vielen\s+Dank)\s+für\s+(?:das|unser)\s+\w+|\bgracias\s+por\s+"
    r"(?:la|el|nuestra|nuestro)\s+\w+|\b(?:bedankt|dank)\s+voor\s+(?:het|ons)\s+\w+)\s+"
    r"(?:with|to|avec|mit|con|met)\s+(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|Mme|M|Sr|Sra|Prof|Dhr|Mevr)\.?\s+)?$",
    re.IGNORECASE,
)
# Right after a name: that person will meet the candidate (used with ``match(text, pos)``).
_MEETS_AFTER = re.compile(
    # "Laurent Roux, associé gérant, que je mets en copie, serait ravi de vous rencontrer":
    # a title or an aside between commas may stand between the name and the verb, and "from
    # our pricing team" between the name and "join me"
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,30}\)|\s*,[^,.;\n]{1,40}(?=,))*,?"
    # another named with them before the verb: "Mme Dubois et M. Benali vous recevront"
    r"(?:\s+(?:and|und|et|y|en|&)\s+(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|Mme|M|Sr|Sra|Prof|Dhr|Mevr)\.?\s+)?"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,30}\))?)?"
    r"(?:\s+(?:from|of|at)\s+[^,.;()\n]{1,40}?)?\s+"
    r"(?:would like to meet|wants to meet|(?:would|'d) (?:love|be (?:delighted|glad|happy|"
    r"pleased)) to meet|"
    r"will (?:join|interview|meet|be joining|lead|run|host)|is joining|möchte Sie|"
    r"join(?:s)? (?:me|us)|will (?:jump|hop|dial|sit) in|"
    r"(?:will|'ll) (?:do|take|conduct|run|lead) (?:your|the) (?:interview|call|chat|session)|"
    r"(?:is|'s) (?:still )?(?:good|free|available|fine|ok|okay|happy) (?:for|on|at|with)|"
    r"(?:is|'s) (?:feeling better|back)|"
    r"se joindr(?:a|ont) à vous|"
    r"wird (?:Sie|dabei)|würde sich freuen|vous recevr(?:a|ont)|serait (?:ravie?|heureuse?|"
    r"enchantée?) de vous rencontrer|te entrevistará|le entrevistará|sera présente?|"
    r"(?:le|te|les) (?:encantaría|gustaría) (?:conocer|entrevistar)\w*|zal (?:je|u)|"
    r"(?:wil|zou) (?:je|u) graag (?:ontmoeten|spreken)|"
    r"(?:vous|te) posera|will ask you|wird Ihnen|"
    # the writer meets the candidate with them: "Mike and I will both be on the call",
    # "Frau Lenz und ich werden dabei sein", "Hugo et moi serons présents"
    r"(?:and|und|et|y|en)\s+(?:I|ich|moi|yo|ik)\s+(?:will|'ll|shall|werden|serons|"
    r"estaremos|zullen|zijn)\s+(?:both\s+|beide\s+|tous\s+(?:les\s+)?deux\s+|los\s+dos\s+|"
    r"allebei\s+|samen\s+)?(?:be|join|meet|interview|see|dabei|anwesend|présents?|presentes|"
    r"aanwezig|erbij|bij))\b",
    re.IGNORECASE,
)
# Right after a name: that person keeps or picks the time of the meeting, so holds it ("Dan's
# blocked out 45 minutes", "Priya has set aside an hour", "Marc took the Tuesday option",
# "Herr Lenz hat sich eine Stunde freigehalten", "Mme Roux a retenu le créneau de jeudi",
# "Marta ha reservado una hora", "Joost heeft een uur vrijgemaakt"); a room reserved or "the
# time to read your CV" is no meeting time.
_KEEPS_THE_TIME = re.compile(
    r"(?:\s+[A-Z][\w'-]+)?(?:\s*\([^()\n]{1,40}\))?,?(?:\s+|(?=['’]s\s))(?:"
    r"(?:(?:has|had)\s+|['’]s\s+)?(?:already\s+)?(?:blocked(?:\s+(?:out|off))?|set\s+aside|"
    r"reserved|carved\s+out|freed\s+up|cleared|put\s+aside)\s+(?:\w+\s+){0,2}?(?:\d+\s*(?:-\s*)?"
    r"(?:min\w*|hours?|hrs?)\b|an?\s+(?:hour|half[- ]hour)\b|(?:some\s+)?time\b(?!\s+to\b)|"
    r"(?:the|that|this)\s+(?:slot|morning|afternoon)\b)|"
    r"(?:(?:has|had)\s+|['’]s\s+)?(?:took|taken|picked|chose|chosen|(?:went|gone)\s+(?:for|with)|"
    r"opted\s+for)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:option|slot|(?:mon|tues|wednes|thurs|fri)day)"
    r"\b|"
    r"hat\s+(?:sich\s+)?(?:(?:[^.;!?\n]|(?<=\d)\.){0,60}?\s)?(?:eine?\s+|\d+\s+)?(?:Stunde|"
    r"Minuten|Zeit|Termin|Slot)\s+(?:\w+\s+)?(?:geblockt|blockiert|reserviert|freigehalten|"
    r"eingeplant|genommen)\b|"
    r"a\s+(?:déjà\s+)?(?:bloqué|réservé|retenu|choisi|pris)\s+(?:une\s+heure|\d+\s*min\w*|"
    r"(?:le|ce)\s+créneau|(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi))\b|"
    r"ha\s+(?:reservado|bloqueado|elegido|escogido|apartado)\s+(?:una\s+hora|\d+\s*min\w*|"
    r"(?:el|ese)\s+(?:hueco|horario)|(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes))\b|"
    r"heeft\s+(?:[^.;!?\n]{0,50}?\s)?(?:een\s+uur|\d+\s*min\w*|tijd|het\s+tijdslot)\s+"
    r"(?:vrijgemaakt|geblokt|geblokkeerd|gereserveerd|ingepland)\b)",
    re.IGNORECASE,
)
# Someone just named meets the candidate, said with a pronoun: "see below from Sean. He'll do
# your interview", "Friday works for him", "sie wird Sie empfangen", "il vous recevra".
_PRONOUN_MEETS = re.compile(
    r"\b(?:(?:he|she)(?:'ll|\s+will)\s+(?:do|take|conduct|run|lead|see|meet|interview)\b|"
    r"(?:works|suits|is\s+(?:good|fine|ok))\s+for\s+(?:him|her)\b|(?:he|she)(?:'s|\s+is)\s+"
    r"(?:free|available)\b|"
    # "we've rescheduled your interview with him"
    r"(?:interview|call|meeting|chat|conversation)\s+with\s+(?:him|her)\b|(?:er|sie)\s+wird\s+Sie\b|passt\s+(?:ihm|ihr)\b|(?:il|elle)\s+vous\s+"
    r"(?:recevra|rencontrera)\b|lui\s+(?:convient|va)\b|(?:él|ella)\s+te\s+(?:entrevistará|"
    r"recibirá)\b|(?:hij|zij)\s+(?:zal|ziet)\s+(?:je|u)\b|komt\s+(?:hem|haar)\b)",
    re.IGNORECASE,
)
# A sentence about the meeting itself, beyond the words of ``MEETING_WITH``: "suits Declan
# and myself", "nehmen ... Herr Lenz teil", "dans notre entretien", "en la entrevista".
_ABOUT_MEETING = re.compile(
    r"\b(?:suits?|works? for|available|free|attend\w*|teil|teilnehm\w*|dabei|anwesend|"
    r"Gespräch\w*|entretien\w*|présente?s?|entrevista\w*|reunión|estará\w*|gesprek\w*|"
    r"aanwezig|aanschuiven|schuift|call|chat|session|conversation|panel|particip\w*|"
    r"deelnem\w*|"
    # a part of the interview they take: "will run the technical part", "animera la partie
    # technique", "führt den fachlichen Teil", "la parte técnica", "het technische deel"
    r"(?:technical|practical|case|coding|design|second|first|final|last)\s+(?:part|half|"
    r"portion|section)|partie\s+(?:technique|pratique|métier)|(?:fachlich|technisch|"
    r"praktisch)en\s+Teil|parte\s+(?:técnica|práctica)|(?:technische|praktische|inhoudelijke)"
    r"\s+deel)\b",
    re.IGNORECASE,
)
# A sentence that names someone copied for another reason: to send things, to be kept
# informed, one the sender writes for while they are away ("Namens Femke (zij is deze week
# afwezig)", "on behalf of Dana, who is on leave").
_ONLY_ARRANGES = re.compile(
    r"\b(?:on behalf of|namens|im (?:Auftrag|Namen) von|au nom de|de la part de|"
    r"en nombre de|de parte de|away|on leave|on holiday|on vacation|out of (?:the )?office|"
    r"afwezig|met vakantie|abwesend|im Urlaub|absente?|en congé|ausente|de vacaciones|"
    # "Ana sends the invite", not "we'd like to invite you to meet Ana and me"
    r"send\w*|sends|invite(?!\s+you\b)|invitation|link|calendar|visibility|fyi|in the loop|"
    r"posted|travel|expenses|parking|reception|logistics|coordinat(?:e|es|ed|ing)|for info\w*|"
    r"zur Kenntnis|zur Info\w*|schickt|sendet|Einladung|pour information|pour info|"
    r"enverra|envoie|para (?:tu|su) información|enviará|ter info\w*|stuurt)\b",
    re.IGNORECASE,
)


def _names(person: Person) -> list[str]:
    """The names to look for: those the text calls the person by, and the surname of a
    two-or-more-word name ("Herr Lenz", "Dr. Ambrose's note")."""
    names = call_names(person)
    words = full_name_words(person)
    surname = words[-1].strip(",.") if len(words) >= 2 else ""
    domain = fold(person.email.rpartition("@")[2])
    # a team's display name ends with the firm's ("Talento Selvática"): no surname
    if len(surname) > 2 and surname[:1].isupper() and fold(surname) not in domain:
        names.append(surname)
    return list(dict.fromkeys(names))


# A sentence that says who the panel is names everyone after it, however long the list:
# "The panel will be Dr. Anita Rao (Clinical Lead, Digital Health), Colm Fairweather (...)
# and myself", "Le jury sera composé de ...", "Die Kommission besteht aus ...".
_PANEL_IS = re.compile(
    r"\b(?:panel|interviewers|interview\s+panel|jury|comité|tribunal|comisión|Kommission|"
    r"Gremium|commissie)\s+(?:will\s+be|is|are|consists\s+of|comprises|includes|sera|"
    r"(?:sera|est)\s+composée?\s+de|besteht\s+aus|bestaat\s+uit|estará\s+formad[oa]\s+por|"
    # a list of people follows, led by a capital ("Dr.", "Mme", a name), not "chosen by X"
    r"(?:lo|la)\s+(?:forman|integran)|será)\s+(?-i:[A-ZÀ-Þ])",
    re.IGNORECASE,
)


def met_by_name(text: str, book: Sequence[Person]) -> list[Person]:
    """People of ``book`` whom the text puts next to meeting words ("with Marcus and Priya",
    "Mark is still good for the 30th", "see below from Sean. He'll do your interview"),
    outside sentences that only say whom to ask."""
    if not book:
        return []
    sentences = meeting_statements(text)
    found = []
    for person in book:
        names = _names(person)
        # sentence by sentence, so a sentence's cached panel opening serves all its names
        if any(
            met_at(sentence, end - len(name), end)
            for sentence in sentences
            for name in names
            for end in whole_word_ends(sentence, name)
        ):
            found.append(person)
    return [*found, *_meets_by_pronoun(sentences, book, found)]


def meeting_statements(text: str) -> list[str]:
    """The statements of ``text`` that may say whom the candidate meets: not those that only
    say whom to ask, nor one who only fetches the candidate at the door ("Meghan will meet
    you at the entrance and bring you up")."""
    return [s for s in statements_of(text) if not only_contact(s) and not FETCHES_YOU.search(s)]


def met_at(sentence: str, start: int, end: int) -> bool:
    """The name at ``sentence[start:end]`` is one the candidate meets: the words before it
    ("with", "conducted by", "The panel will be") or after it ("will join", "has blocked out
    an hour") say so."""
    return bool(
        _meets_before(sentence, start)
        or _MEETS_AFTER.match(sentence, end)
        or _KEEPS_THE_TIME.match(sentence, end)
        or _panel_named_by(sentence, start)
    )


def _panel_named_by(sentence: str, start: int) -> bool:
    """'The panel will be ...' stands before ``start``: found once per sentence, as every
    name of a long sentence asks (scanning it from its start for each was the square of its
    length: 2,500 'Mon 3pm' took over a second)."""
    first = _first_panel_end(sentence)
    return first is not None and first <= start


@lru_cache(maxsize=64)
def _first_panel_end(sentence: str) -> int | None:
    found = _PANEL_IS.search(sentence)
    return found.end() if found else None


# A bare "and" before a name continues a list of those met only when the sentence speaks of
# meeting before it: "with Tom and Dan", not "Ana has booked Room 3, and Dan took the time
# to read your portfolio".
_JUST_AND = re.compile(r"^(?:and|&|plus|und|et|y|en)\s", re.IGNORECASE)
# ... or the time suits them ("whichever suits you and Sal", "passt Herrn Lenz und Frau Ott")
_SUITS = re.compile(
    r"\b(?:suits?|works?\s+for|good\s+for|available|passt|convient|conviene|viene\s+bien|"
    r"schikt|uitkomt)\b",
    re.IGNORECASE,
)
# ... or after the writer ("It'd be me and Sal", "moi et Hugo", "mij en Joost")
_WRITER_LAST = re.compile(
    r"\b(?:me|myself|I|moi(?:-même)?|mir|mich|ich|mí|yo|mij|mijzelf|ik)\s*(?:,\s*)?$", re.IGNORECASE
)


def _meets_before(sentence: str, start: int) -> bool:
    """The words before the name at ``start`` say the candidate meets that person, and not
    that someone already met them (the 60 characters before it; the sentence's head too
    after a bare "and")."""
    opening = max(0, start - 60)
    window = sentence[opening:start]
    found = _MEETS_BEFORE.search(window)
    if not found or _PAST_WITH.search(window):
        return False
    if _JUST_AND.match(found.group(0)):
        head = sentence[: opening + found.start()]
        return bool(MEETING_WITH.search(head) or _SUITS.search(head) or _WRITER_LAST.search(head))
    return True


def _meets_by_pronoun(
    sentences: list[str], book: Sequence[Person], found: Iterable[Person]
) -> list[Person]:
    """The person last named before "he'll do your interview" or "works for him", in the
    same sentence or the one before."""
    known = {p.email for p in found}
    met: list[Person] = []
    for i, sentence in enumerate(sentences):
        for pronoun in _PRONOUN_MEETS.finditer(sentence):
            before = f"{sentences[i - 1] if i else ''} {sentence[: pronoun.start()]}"
            named = [
                (max(whole_word_ends(before, name), default=-1), p)
                for p in book
                for name in _names(p)
            ]
            at, person = max(named, key=lambda pair: pair[0], default=(-1, None))
            if person is not None and at >= 0 and person.email not in known:
                known.add(person.email)
                met.append(person)
    return met


def copied_and_met(text: str, copied: Sequence[Person]) -> list[Person]:
    """People copied on the mail whom a sentence about the meeting names, outside sentences
    that only say whom to ask or who sends what: "Vous rencontrerez Julien Marchetti (en
    copie)", "suits Declan and myself", "Dev will sit in too", "Sandrine vous posera quelques
    questions"."""
    if not copied:
        return []
    sentences = [
        s for s in statements_of(text) if not only_contact(s) and not _ONLY_ARRANGES.search(s)
    ]
    about = [
        s
        for s in sentences
        if MEETING_WITH.search(s)
        or _ABOUT_MEETING.search(s)
        or FIRST_PERSON.search(s)
        or ALSO_JOINS.search(s)
        or BRINGS_ALONG.search(s)
        or ASKS_YOU.search(s)
    ]
    named = [
        p
        for p in copied
        if any(
            next(whole_word_ends(s, name), None)
            for name in [*_names(p), *_short_forms(p, about)]
            for s in about
        )
    ]
    if not named and any(_COPIED_GROUP.search(s) for s in about):
        return list(copied)  # "with the two people copied here", "les personnes en copie"
    return named


# The people of a meeting told only as those copied, none of them by name: "you'll meet the
# two colleagues copied here", "with the panel (cc'd)", "avec les personnes en copie", "mit
# den Kollegen in Kopie", "met de collega's in de cc", "con las personas en copia".
_COPIED_GROUP = re.compile(
    r"\b(?:(?:copied|cc'?e?d)\s+(?:here|on\s+(?:this|the)\s+(?:e-?mail|mail|message|thread))|"
    r"(?:both|all)\s+(?:copied|cc'?e?d|(?:in|on)\s+cc)|(?:people|colleagues?|interviewers?|"
    r"panel(?:lists?)?|personnes|collègues|personas|compañer[oa]s|Kolleg\w*|collega'?s)\s+"
    r"\(?(?:copied|cc'?e?d|(?:in|on|en)\s+(?:cc|copie|copia|kopie)|in\s+de\s+cc))\b",
    re.IGNORECASE,
)


# Short words that also begin given names: a day's or a month's abbreviation ("Mon" of
# Monique, "Jan" of Janet) is no short name.
_NOT_SHORT = frozenset(
    [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}\b")


def _short_forms(person: Person, sentences: Sequence[str]) -> list[str]:
    """The short forms of the person's given name the sentences use: colleagues call Devika
    "Dev", Christopher "Chris", Alexandra "Alex"."""
    given = next(iter(call_names(person)), "")
    if len(given) < 5 or " " in given:
        return []
    return list(
        {
            word
            for s in sentences
            for word in _CAPITALISED_WORD.findall(s)
            if len(word) < len(given) and given.startswith(word) and word.lower() not in _NOT_SHORT
        }
    )
