"""Whether a sentence holds the employer's own promise of an answer, for decision.py.

A day counts only where the employer speaks of its own timeline and sets the candidate no
deadline in the same clause: not news given now ("pleased to let you know that"), not a
service desk's ticket, travel, an absent writer's return, a process's usual length, nor a day
inside a condition ("if the role reopens in January"). An agency's report of its client's
promise ("they'll come back to me by Friday") is the employer's, and "if you have not heard
from us by ..." names the employer's own last day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..gates.firstletter import by_first_letter
from .meetingday import contact_for_logistics
from .text import part_around, sentence_bounds
from .timeline_words import CANDIDATE_DEADLINE, EMPLOYER_TIMELINE, IMPERATIVE_BY


@dataclass(frozen=True)
class Span:
    """A day or a span's last day, named at text[start:end]; ``period`` for a span,
    ``from_sent`` for one counted from the mail's day."""

    start: int
    end: int
    day: date
    period: bool
    from_sent: bool = False


# An agency reports the client's promise: "they've promised to come back to me within two
# weeks", "the hiring manager will let me know by Friday", "ils reviendront vers moi",
# "sie melden sich bis Freitag bei mir". The client, not the candidate, owes the answer.
THIRD_PARTY_BACK = re.compile(
    # ("They have two more interviews on Monday and will let me know by Wednesday": the
    # subject left out after "and" is the one who answers the writer)
    r"\b(?:(?:and|but)(?=\s+(?:will|'ll|should|shall|hope\s+to|expect\s+to|plan\s+to|"
    r"(?:have\s+)?promised\s+to)\s+(?:(?:get|come|revert)\s+back\s+to\s+me|let\s+me\s+know)\b)|"
    # ... in French and German: "Le client voit encore deux candidats et doit revenir vers moi
    # d'ici mercredi", "und will sich bis Freitag bei mir melden"
    r"(?:et|mais)(?=\s+(?:doit|va|devrait|compte|pense|a\s+promis\s+de|promet\s+de)\s+"
    r"(?:revenir\s+vers\s+moi|me\s+r[ée]pondre|me\s+dire|me\s+tenir\s+au\s+courant)\b)|"
    r"(?:und|aber)(?=\s+(?:will|wird|soll|möchte|mochte)\s+sich\s+(?:[\w.,]+\s+){0,4}?bei\s+mir\s+"
    r"melden\b)|"
    r"they|he|she|the\s+(?:client|(?:hiring\s+)?(?:manager|team|panel))|"
    r"ils|elles?|le\s+client|(?-i:sie)|der\s+Kunde|ellos|el\s+cliente|zij|ze|de\s+klant|"
    r"de\s+(?:hiring\s+)?manager|de\s+opdrachtgever)"
    r"(?:'ve|'ll|'d|'re|'s)?(?:,?\s+\w+){0,5}?,?\s+(?:(?:get|come|revert)\s+back\s+to\s+(?:me|us)|"
    r"let\s+(?:me|us)\s+know|revenir\s+vers\s+moi|reviendr\w*\s+vers\s+moi|"
    r"bei\s+mir\s+(?:zu\s+)?melden|melden\s+sich\s+(?:\w+\s+){0,4}bei\s+mir|"
    r"sich\s+(?:[\w.,]+\s+){0,4}?bei\s+mir\s+melden|me\s+dir[aá]n?|"
    r"laten\s+(?:het\s+)?mij\s+weten|(?:het\s+)?mij\s+(?:\w+\s+){0,5}?(?:te\s+)?laten\s+weten|"
    r"la(?:at|ten)\s+(?:het\s+)?mij\s+(?:\w+\s+){0,5}?weten)\b",
    re.IGNORECASE,
)
# "If you have not heard from us by 30/11, please assume ...": the day is the employer's own
# last day to answer, though the sentence goes on to tell the candidate what to think.
_UNLESS_HEARD = re.compile(
    # grouped by first letter: tried at every position of every sentence, the plain
    # alternation ran all its branches there
    by_first_letter(
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?heard\s+(?:back\s+|anything\s+)?from\s+(?:us|me)|"
        # "if you haven't heard within four weeks", "haven't heard anything by Friday"
        r"(?:\bnot|n't)\s+(?:yet\s+)?heard(?:\s+back|\s+anything)?\s+(?=within|by|before)|"
        # "if you do not receive any news from us by", "haven't had a reply from me by"
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?(?:receive[d]?|get|got(?:ten)?|had)\s+(?:any|a|an)\s+"
        r"(?:news|word|response|reply|answer|update)\s+from\s+(?:us|me)|"
        # "If you have not been contacted by Friday 13 November", "haven't received an invitation"
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:contacted|invited)\b|"
        r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?received\s+(?:an?\s+)?(?:invitation|invite|call)\b|"
        r"(?:\bnot|n't)\s+hear\s+(?:back\s+)?from\s+(?:us|me)\b|"
        # the writer's side: "If we haven't been in touch by 4 December", "si no te hemos
        # contactado antes del 4"
        r"(?:\bnot|n't)\s+(?:yet\s+)?(?:been\s+in\s+(?:touch|contact)|contacted\s+you|"
        r"(?:got|gotten|come)\s+back\s+to\s+you|reached\s+out)\b|"
        r"\bno\s+(?:te|le|os|les)\s+(?:hemos|han|hayamos)\s+(?:contactado|llamado|escrito)\b|"
        r"\bnicht\s+(?:\w+\s+){0,3}?(?:kontaktiert|eingeladen)\b|\bkeine\s+Einladung\b|"
        r"\bpas\s+(?:\w+\s+){0,2}?(?:contact[ée]e?s?|convoqu[ée]e?s?|invit[ée]e?s?)\b|"
        r"\bpas\s+re[çc]u\s+de\s+(?:convocation|proposition\s+d'entretien)\b|"
        r"\bno\s+(?:\w+\s+){0,2}?sido\s+(?:contactad[oa]s?|convocad[oa]s?)\b|"
        r"\bniet\s+(?:\w+\s+){0,3}?(?:benaderd|gecontacteerd|uitgenodigd)\b|\bgeen\s+uitnodiging\b|"
        r"\bno\s+(?:news|word|response|reply|answer)\s+from\s+(?:us|me)|\b(?:"
        r"nichts\s+(?:mehr\s+)?von\s+(?:uns|mir)\s+(?:geh(?:ö|oe)rt|h(?:ö|oe)ren)|"
        r"keine\s+(?:r(?:ü|ue)ckmeldung|nachricht|antwort)\s+von\s+(?:uns|mir)|"
        r"(?:sans|pas\s+(?:eu|re[çc]u)\s+de)\s+(?:nouvelles|r[ée]ponse|retour)\s+de\s+"
        r"(?:notre\s+part|nous|ma\s+part)|"
        r"(?:sin|no\s+(?:(?:has|ha|hayas|haya)\s+recibido|recib(?:es|e|as|a)))\s+"
        r"(?:noticias|respuesta)\s+"
        r"(?:nuestras?|de\s+nuestra\s+parte|por\s+nuestra\s+parte)|"
        r"niets\s+(?:meer\s+)?van\s+(?:ons|mij)\s+(?:\w+\s+)?(?:gehoord|vernomen|hoort|hoor|"
        r"horen)|"
        r"geen\s+(?:reactie|bericht|antwoord)\s+van\s+(?:ons|mij))",
        re.IGNORECASE,
    )
    + r"\b",
    re.IGNORECASE,
)


# A service desk's promise about a ticket is no hiring timeline ("Your ticket #4411 ...
# we will get back to you within 3 working days").
_SERVICE_DESK = re.compile(
    r"\b(?:your\s+(?:support\s+)?(?:ticket|case|request)|ticket\s*(?:#|no\b|number|id\b|nr\b)|"
    r"(?:our|the)\s+(?:support|help\s*desk|service\s*desk|customer\s+(?:service|support))"
    r"(?:\s+team)?\b(?!\s+(?:analyst|engineer|manager|role|position|lead|agent|specialist))|"
    r"kundenservice|kundendienst|service\s+client|atenci[oó]n\s+al\s+cliente|klantenservice)",
    re.IGNORECASE,
)
# Travel and lodging are no decision: "our travel desk will be in touch about your flights and
# a hotel for the night of December 2", "wir buchen Ihnen ein Hotel für den 3.12.".
_TRAVEL = re.compile(
    r"\b(?:flights?|hotel|accommodation|lodging|travel\s+(?:desk|team|agent|arrangements)|"
    r"train\s+tickets?|Flug|Flüge|Unterkunft|Anreise|Bahnticket|vols?\s+(?:aller|retour)|"
    r"h[ôo]tel|h[ée]bergement|billets?\s+de\s+train|vuelos?|alojamiento|billetes?|"
    r"vlucht(?:en)?|overnachting|treinkaartje)\b",
    re.IGNORECASE,
)
# Away until a day: "out of the office until Monday 16 November and will get back to you
# when I return" gives the day the writer is back, not the day of an answer.
_ABSENT = re.compile(
    r"\b(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:annual\s+)?(?:leave|holiday|vacation)|"
    r"nicht\s+im\s+b(?:ü|ue)ro|abwesend|im\s+urlaub|absente?|en\s+(?:cong[ée]|vacances)|"
    r"fuera\s+de\s+la\s+oficina|de\s+vacaciones|ausente|afwezig|op\s+vakantie|"
    r"niet\s+op\s+kantoor)\b",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|bis(?:\s+(?:zum|zur|einschlie(?:ß|ss)lich))?|jusqu'(?:au|à|a)|"
    r"hasta(?:\s+el)?|tot(?:\s+en\s+met)?)\s*$",
    re.IGNORECASE,
)
# How long a process usually lasts, not a span from today: "most candidates go from first
# call to outcome in about three weeks", "the process takes around four weeks", "dauert".
_PROCESS_LENGTH = re.compile(
    r"\b(?:from\s+(?:\w+\s+){1,4}?to\s+(?:\w+\s+){1,3}?|(?:takes?|took|lasts?|dauert|prend|"
    r"dure|tarda|dura|duurt)\s+(?:\w+\s+){0,3}?)$",
    re.IGNORECASE,
)
# A timeline word that announces news now, not a promise of news later: "I'm delighted to
# let you know that the panel has shortlisted you", "sorry to let you know that we had to
# cancel", "je me permets de revenir vers vous au sujet de", "leider müssen wir Ihnen
# mitteilen, dass", "nos complace informarte que", "helaas moeten we je laten weten dat".
_NEWS_NOW_BEFORE = re.compile(
    r"\b(?:pleased|delighted|happy|glad|sorry|regret|sad|thrilled|excited|writing|"
    r"plaisir|regret|permets|permettons|heureux|heureuse|ravie?s?|d[ée]sol[ée]e?s?|"
    r"complace|alegra|lamenta\w*|sentimos|siento|freuen|freue|bedauern|helaas|plezier|"
    # what comes with the mail is sent now: "Hierbij stuur ik je de uitnodiging", "anbei
    # schicke ich Ihnen", "attached I send you", "ci-joint", "adjunto te envío"
    r"hierbij|bijgaand|hiermit|anbei|herewith|attached|enclosed|ci-joint|adjunto)"
    r"(?:[\s,]+[\w']+){0,3}?[\s,]*$",
    re.IGNORECASE,
)
# ... unless a future lies between: "pleased to say we will let you know by Friday".
_FUTURE = re.compile(
    r"(?:\b(?:will|shall|werden|wird|allons|vais|vamos|voy|zullen|zal)\b|'ll\b)", re.IGNORECASE
)
_NEWS_NOW_AFTER = re.compile(r"\s*(?:,\s*)?(?:that|dass|que|qu'|dat)\b", re.IGNORECASE)
# Where one clause of a sentence hands over to another ("..., so please ...", "...; ...").
_CLAUSE_BREAK = re.compile(
    r",\s*(?:so|but|and\s+so|then|also|meanwhile|in\s+the\s+meantime|daher|deshalb|"
    r"aber|donc|mais|así\s+que|pero|dus|maar)\b|;|\s[–—]\s",
    re.IGNORECASE,
)


def _clause(norm: str, begin: int, finish: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence [begin, finish) that holds the span [start, end)."""
    return part_around(norm, (begin, finish), start, end, _CLAUSE_BREAK)


# Two main clauses joined by ", and": "We're hoping to interview in early December, and you
# should hear from us within the next fortnight": the timeline word dates only its own.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:we|you|I|they|the\s+\w+)\b)", re.IGNORECASE)


# Without the comma, "and" joins two clauses of one subject as often as two things ("the
# results by Friday and I'll let you know"): it parts them only where the other clause has a
# day of its own. "We want to fill the role before Christmas and will get back to you by 11
# December", "Die Stelle soll vor Weihnachten besetzt sein und wir melden uns bis 11.12.",
# "et nous vous répondrons", "y te diremos algo", "en we laten je weten".
_AND_BARE = re.compile(
    r"\s(?:and\s+(?=(?:will|'ll|shall|should|hope|aim|expect|plan|intend|we|I|you)\b)|"
    r"und\s+(?=(?:wir|ich|Sie|du|melden|melde|werden|werde|geben|gebe|informieren|kommen|"
    r"komme|rufen|rufe|schreiben|schreibe)\b)|et\s+(?=(?:nous|je|vous|on|tu)\b)|"
    r"y\s+(?=(?:te|le|les|os|nos|daremos|diremos|contestaremos|responderemos|volveremos|"
    r"avisaremos|informaremos)\b)|en\s+(?=(?:we|wij|ik|je|u|laten|nemen|hoor|hoort)\b))",
    re.IGNORECASE,
)


# A reason and what follows from it: "The board signs off new hires in December, so we'll
# have an answer before Christmas", "..., daher melden wir uns bis Freitag", "..., donc nous
# reviendrons vers vous", "..., así que te diremos algo", "..., dus we laten het je weten";
# or the reason after: "You won't hear from us before Friday, as the panel meets on
# Thursday", "..., weil", "..., car", "..., porque", "..., omdat". The reason's day is no
# promise's: split like a bare "and".
_REASON_CLAUSE = re.compile(
    r",\s*(?:(?:and\s+)?so|therefore|hence|daher|deshalb|deswegen|donc|alors|"
    r"as[ií]\s+que|por\s+lo\s+que|dus|daarom|"
    r"as(?!\s+(?:soon|well|agreed|discussed|promised|mentioned|requested|usual))|because|since|"
    r"da|weil|car|parce\s+que|porque|ya\s+que|omdat)\s",
    re.IGNORECASE,
)


def _own_clause(
    norm: str, begin: int, finish: int, span: Span, days: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The main clause of the sentence holding ``span`` (the sentence when it has one); the
    part of it up to or from a bare "and" or a reason's ", so", ", as" when the other part
    names a day of its own."""
    clause = part_around(norm, (begin, finish), span.start, span.end, _AND_CLAUSE)
    for joint in (_REASON_CLAUSE, _AND_BARE):
        part = part_around(norm, clause, span.start, span.end, joint)
        if part != clause and any(
            clause[0] <= start and end <= clause[1] and not part[0] <= start < part[1]
            for start, end in days
        ):
            clause = part
    return clause


def _asks_candidate(
    norm: str,
    clause: tuple[int, int],
    reported: list[tuple[int, int]],
    span: Span,
    days: Sequence[tuple[int, int]],
) -> bool:
    """Whether the clause sets the candidate a deadline, outside what an agency reports of
    its client ("they'll come back to me" is the client's promise, not a request), and not
    one with a day of its own before a promise of the span's: "Once you've sent the references
    by Friday we'll make a final decision by 4 December" asks by Friday, promises by the 4th."""
    begin, end = clause
    return any(
        not any(a <= m.start() < b for a, b in reported)
        and not _deadline_before_promise(norm, m.end(), span, days)
        for m in CANDIDATE_DEADLINE.finditer(norm, begin, end)
    )


def _deadline_before_promise(
    norm: str, deadline_end: int, span: Span, days: Sequence[tuple[int, int]]
) -> bool:
    """Whether a day follows the deadline's words and a promise follows that day, all before
    the span."""
    for day_start, day_end in days:
        if deadline_end <= day_start and day_end <= span.start and day_start != span.start:
            timeline = EMPLOYER_TIMELINE.search(norm, day_end, span.start)
            # the promise is the employer's own, said in the first person ("Bitte geben Sie
            # uns bis Freitag Bescheid, ob der 2. Dezember passt" asks twice)
            if timeline is not None and _FIRST_PERSON.search(norm, day_end, timeline.end()):
                return True
    return False


_FIRST_PERSON = re.compile(
    r"\b(?:we|I|wir|ich|nous|je|on|wij|ik)\b|'ll\b|\w(?:emos|aremos|eremos|iremos|ré)\b",
    re.IGNORECASE,
)


_PUNCTUATION = re.compile(r"[,;:.!?]")


def unless_heard(norm: str, begin: int, finish: int, span: Span) -> bool:
    """Whether the span belongs to "if you have not heard from us by ..." (in either order,
    with no punctuation between: "bis zum 30.11. nichts von uns gehört")."""
    for match in _UNLESS_HEARD.finditer(norm, begin, finish):
        gap_start, gap_end = sorted((min(match.end(), span.end), max(match.start(), span.start)))
        if gap_end - gap_start < 60 and not _PUNCTUATION.search(norm, gap_start, gap_end):
            return True
    return False


# A sentence that opens by pointing back at the one before it gives that one's promise its
# time: "The panel will make a final decision. I'd expect that to be within the fortnight.",
# "Das sollte bis Ende nächster Woche so weit sein.", "Cela devrait être fait d'ici vendredi.",
# "Eso debería estar para el viernes.", "Dat verwachten we volgende week."
_POINTS_BACK = re.compile(
    r"\s*(?:(?:and|but|so)\s+)?(?:(?:I|we)(?:'d|'m|\s+would|\s+am|\s+are)?\s+"
    r"(?:expect|hope|anticipate|aim\s+for|think)\s+(?:that|this|it)\b|"
    r"(?:that|this|it|which)\s+(?:should|will|'ll|would|may|might|is\s+likely\s+to)\s+be\b|"
    r"(?:that|this|it)'(?:ll|s)\s+(?:likely\s+)?be\b|"
    # "... the decision will slip a week. New ETA is Wednesday 2 December."
    r"(?:the\s+|our\s+)?(?:new\s+|revised\s+)?(?:ETA|target\s+date|timeline)\s+(?:is|will\s+be|"
    r"would\s+be|now)\b|"
    r"(?:das|dies)\s+(?:sollte|wird|dürfte|müsste)\b|(?:cela|ça|ceci)\s+(?:devrait|sera)\b|"
    r"(?:eso|esto)\s+(?:debería|será|estará)\b|(?:dat|dit)\s+(?:zou|zal|moet|verwachten|"
    r"hopen)\b)",
    re.IGNORECASE,
)


# A promise reported from before: "We said we'd get back to you within two weeks, and I'm
# sorry it's taken longer", "wir hatten zugesagt, uns innerhalb von zwei Wochen zu melden",
# "nous avions promis de revenir vers vous sous dix jours", "te dijimos que en quince días",
# "we hadden beloofd binnen twee weken te reageren": a span counted from then, not from now.
_SAID_BEFORE = re.compile(
    # (a promise just made is one from now: "they've promised to come back to me within two weeks")
    r"(?<!'ve\s)(?<!have\s)(?<!has\s)(?<!'s\s)\b(?:(?:said|told\s+you|mentioned|promised|thought|hoped)\s+(?:that\s+)?(?:we|I)(?:'d|\s+would|"
    r"\s+(?:were|was)\s+going\s+to|\s+could)|(?:promised|hoped|planned|intended)\s+to|"
    r"(?:hatten|hatte)\s+(?:Ihnen\s+|dir\s+)?(?:zugesagt|versprochen|gesagt|gehofft|geplant)|"
    r"(?:avions|avais)\s+(?:\w+\s+)?(?:dit|promis|esp[ée]r[ée]|pr[ée]vu)|dijimos|dije|"
    r"prometimos|promet[ií]|esper[áa]bamos|hab[ií]amos\s+dicho|"
    r"(?:hadden|had)\s+(?:\w+\s+)?(?:gezegd|beloofd|gehoopt|gepland))\b",
    re.IGNORECASE,
)


def _continues_promise(norm: str, begin: int) -> bool:
    """Whether the sentence starting at ``begin`` points back at a promise made in the
    sentence right before it."""
    if begin < 2 or _POINTS_BACK.match(norm, begin) is None:
        return False
    before_begin, before_end = sentence_bounds(norm, begin - 2, begin - 2, reach=250)
    return promises(norm, before_begin, min(before_end, begin))


def skipped(
    norm: str,
    sentence: tuple[int, int],
    span: Span,
    reported: list[tuple[int, int]],
    days: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the sentence holding ``span`` is no promise of the employer's own: no timeline
    word, or a deadline set for the candidate. A promise kept only if the candidate is chosen
    ("If your profile matches, we will contact you within two weeks") still is one: silence
    after that day is the answer, as after "if you have not heard from us by"."""
    begin, finish = sentence
    if (
        not reported
        and not promises(norm, *_own_clause(norm, begin, finish, span, days))
        and not _continues_promise(norm, begin)
    ):
        return True
    if _SERVICE_DESK.search(norm, begin, finish):
        return True
    if _TRAVEL.search(norm, *_clause(norm, begin, finish, span.start, span.end)):
        return True
    if span.period and _PROCESS_LENGTH.search(norm, max(begin, span.start - 60), span.start):
        return True
    if span.from_sent and _SAID_BEFORE.search(norm, max(begin, span.start - 80), span.start):
        return True
    if _UNTIL_BEFORE.search(norm, max(begin, span.start - 24), span.start) and _ABSENT.search(
        norm, begin, finish
    ):
        return True
    # "a shortlist by the end of next week, so if you can get back to me ...": the
    # candidate's part is another clause
    clause_begin, clause_end = _clause(norm, begin, finish, span.start, span.end)
    if _YOU_REPORTED.search(norm, clause_begin, span.start):
        return True  # "You mentioned Globex will let you know by Friday": another's promise
    return (
        _asks_candidate(norm, (clause_begin, clause_end), reported, span, days)
        or IMPERATIVE_BY.match(norm, clause_begin, clause_end) is not None
        or _in_condition(norm, begin, finish, span)
    )


# The candidate's own report of another's promise: "You mentioned Globex will let you know by
# Friday", "Sie erwähnten, dass Globex sich bis Freitag meldet", "Globex hat Ihnen zugesagt",
# "Vous m'avez dit que Globex vous répondra", "Me comentaste que Globex te dará una respuesta",
# "Je zei dat Globex je laat weten" (not "you mentioned that we'd decide by Friday").
_YOU_REPORTED = re.compile(
    r"(?<!\bas\s)(?<!\bcomme\s)(?<!\bwie\s)(?<!\bcomo\s)(?<!\bzoals\s)"
    r"\b(?:you(?:'ve|\s+have)?\s+(?:mentioned|said|told\s+(?:me|us)|wrote)|"
    r"(?-i:Sie)\s+(?:erw(?:ä|ae)hnten|sagten|schrieben)|du\s+(?:hast\s+)?(?:erw(?:ä|ae)hnt|sagtest|"
    r"gesagt)|hat\s+(?:Ihnen|dir)\s+(?:\w+\s+){0,2}?(?:zugesagt|versprochen)|"
    r"vous\s+(?:m'|nous\s+)?avez\s+(?:dit|mentionn[ée]|[ée]crit)|tu\s+(?:m'|nous\s+)?as\s+dit|"
    r"(?:me|nos)\s+(?:comentaste|dijiste|contaste|escribiste)|"
    r"(?:je|jij|u)\s+(?:zei|vertelde|schreef|noemde))\b"
    r"(?!(?:,?\s+(?:that|dass|que|qu'|dat)\b)?\s*(?:we|I|wir|ich|nous|je|nosotros|wij|ik|us|"
    r"uns)\b)",
    re.IGNORECASE,
)


# A day inside a condition set before the promise is the condition's: "If the req reopens in
# January you'll be the first person I reach out to", "Wenn die Stelle im Januar neu
# ausgeschrieben wird, melden wir uns", "Si le poste rouvre en janvier, je vous recontacte".
_CONDITION = re.compile(r"\b(?:if|wenn|falls|si|s'il|s'ils|indien|mocht)\b", re.IGNORECASE)


def _in_condition(norm: str, begin: int, finish: int, span: Span) -> bool:
    """Whether ``span`` lies in an if-clause that opens the sentence's promise, with no
    punctuation or promise between the "if" and the day ("If possible we'll let you know by
    Friday" promises by Friday)."""
    for condition in _CONDITION.finditer(norm, begin, span.start):
        if _PUNCTUATION.search(norm, condition.end(), span.start):
            continue
        if EMPLOYER_TIMELINE.search(norm, condition.end(), span.start):
            continue
        if EMPLOYER_TIMELINE.search(norm, span.end, finish):
            return True
    return False


# A decision already taken is no promise: "the committee met and decided to put the post on
# hold", "we have decided to cancel" (but "will be decided by Friday" is one).
_DECIDED = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)decided\b", re.I)


def promises(norm: str, begin: int, finish: int) -> bool:
    """Whether the sentence [begin, finish) holds a timeline word that is no news given now."""
    for match in EMPLOYER_TIMELINE.finditer(norm, begin, finish):
        if _DECIDED.match(norm, match.start(), match.end()) is not None:
            continue
        if contact_for_logistics(norm, match, finish):
            continue
        now = _NEWS_NOW_BEFORE.search(norm, max(begin, match.start() - 40), match.start())
        if now is not None and _FUTURE.search(norm, now.start(), match.start()):
            now = None
        if now is None and _NEWS_NOW_AFTER.match(norm, match.end(), finish) is None:
            return True
    return False
