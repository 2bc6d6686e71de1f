"""Cleaning a run of words found where a title stands into the title itself.

A phrase or a field gives more than the title: the gender tag ("(m/w/d)"), a reference code
before or after it ("R-0048812", "(Req. KPN-2291)"), the contract or hours ("(32 uur)"), the
step of the process ("- Terminbestätigung"), the company ("at Acme"), the words that open or
go on with the sentence ("Bewerbung als", "und Ihr Interesse"). :func:`clean_title` cuts them
and says None when what is left is no title (a day, "the interview", a company's name).
Kept apart from :mod:`.title`, which finds where titles stand, so each reads in one sitting.
"""

from __future__ import annotations

import re

from .titlewords import JOB_NOUN, JOIN

# Where a title ends in running text in French, Spanish, Dutch or German: a word that
# goes on with the sentence ("chez", "nodigen", "bleibt").
_LOOSE_END = re.compile(  # not after a hyphen: "Communicatie- en webdesigner"
    r"(?<!-)\s(?:chez|au sein|et|pour|dans|à|avec|qui|que|car|en|est|a|nous|vous|sur|"
    r"con|para|porque|y|que|en|el|la|se|ha|es|tras|"
    r"bij|voor|in|met|op|en|is|die|dat|en|te|we|je|loopt|staat|wordt|gaat|komt|heeft|hebben|"
    r"zijn|waren|was|werd|me|moi|nous|vous|te|lui|"
    r"nodigen|willen|graag|voorlopig|niet|goed|toe|n'a|ne|"
    r"bei|für|und|am|im|in|an|zum|zur|ist|wird|wurde|mit|leider|nicht|sowie|anbieten|zu|"
    r"aan|aanbieden|te|ofrecer|proposer|ontvangen|aangeboden|gekregen|bekeken|beoordeeld|"
    r"at|with|for|on|is|has|and|via|per|door|über|par|por|erhalten|bekommen|"
    # a verb that goes on to say what became of the job: "queda congelada", "verandert niets"
    r"queda|quedó|sigue|seguirá|verandert|blijft|vervalt|venait|reste|restera|était|fue|"
    r"será|sera|bleibt)\b.*$",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\(([^()\n]{3,60})\)")
# The step or the news after a title and a dash or comma: "Data Engineer (m/w/d) -
# Terminbestätigung", "Analyste de données - entrevue", "Product Designer, round 2".
_STEP_AFTER = re.compile(  # not past a bracket: "(Product Designer, round 2)"
    r"\s*(?:,|\s[–—|-])\s+(?:interviews?|call|chat|screen\w*|update|offer|outcome|invit\w*|"
    r"round|assessment|status|feedback|next\s+steps?|confirm\w*|schedul\w*|meeting|decision|"
    r"reminder|booking|\w*gespräch\w*|einladung|entretien|entrevista|entrevue|\w*gesprek|"
    r"uitnodiging|termin\w*|kennismaking|bewerbung|candidature|candidatura|sollicitatie|"
    r"application|charla|assignment|opdracht|casus|monday|tuesday|wednesday|thursday|friday)\b"
    r"[^()]*(?=\)|$)",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(
    r"^(?:the|a|an|this|that|our|your|interview|application|role|position|job|team|"
    r"candidate|next|first|second|final|video|phone|technical|panel|company|re|fwd?|"
    # the kind of a step left alone once the step is cut: "Entrevista técnica"
    r"t[ée]cnic[oa]|technique|"
    r"recruiter screen|\d+ minute.*|hiring manager|"
    # a day is when, not what: "cancel our interview for Thursday"
    r"(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"week|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s.*)?)$",
    re.IGNORECASE,
)
# The hiring manager is whom the candidate meets, not the job: "Hiring Manager Chat (X)".
_HIRING_MANAGER = re.compile(r"\bhiring\s+manager\b", re.IGNORECASE)
GENDER = re.compile(
    r"\s*[(\[]\s*(?:[mwfdxhv]\s*/\s*){1,3}[mwfdxhv]\s*[)\]]|\s*\((?:all genders|alle "
    r"geschlechter|h/f|f/h|m/f|f/m|w/m)\)|\s*\*in\b",
    re.IGNORECASE,
)
LEADING = re.compile(
    r"^(?:(?:your|our|the|a|an|this|application|applications|bewerbung|candidature|"
    r"candidatura|sollicitatie|vacature|stelle|interview|offer|offre|oferta|angebot|charla|"
    r"assignment|opdracht|casus|vacante|vacancy|"
    r"(?:eerste|tweede|derde|erstes|zweites|drittes|first|second|final)?\s*(?:\w*gesprek|"
    r"\w*gespräch|entretien|entrevista|kennismaking))"
    r"(?:\s+(?:for|als|pour|para|voor|as|:))?\s+)+",
    re.IGNORECASE,
)
_REQ = re.compile(
    r"\s*\((?:req|job|ref|id|#)[^()]*\)\s*$|\s*\([A-Z]{0,4}[-#]?\d[\w-]*\)\s*$", re.IGNORECASE
)
_TRAILING = re.compile(
    rf"(?:\s+(?:{JOIN}|at|with|in|bei|chez|en|bij|for|to|the|team|role|position))+$|[\s,.–-]+$",
    re.IGNORECASE,
)

# What follows a title and is no part of it: a reference or posting code, the contract, the
# hours or the place of work, in brackets or after a dash ("(Req. KPN-2291)", "(affichage
# HQ-2026-0871)", "(Full-time)", "(32 uur)", "(80-100 %)", "(Madrid / remoto)", "– Kennziffer
# WT-26-088", "| 5-8 Yrs | Bengaluru (Hybrid)"); a bracket the sentence cut open ("(CDI");
# the words that go on to the candidate ("und Ihr Interesse", "and your interest").
_AFTER_TITLE = re.compile(
    r"\s*\((?=[^()]*(?:\d{2}|\b(?:req|ref|réf|posting|affichage|vacancy|vacature|competition|"
    r"concours|job\s*(?:id|code)|kennziffer|full-?\s*time|part-?\s*time|fixed[\s-]term|contract|"
    r"contrato|cdi|cdd|uur|hours|stunden|remote|hybrid|hybride|télétravail|remoto|teletrabajo|"
    r"thuiswerk|yrs|years|jahre|años|ans)\b|%|#))[^()]*\)|"
    r"\s*\([^()]*$|\s+(?:kennziffer|req\.?|ref\.?|réf\.?|job\s*id|vacature(?:nummer)?)\s*(?:[:#]\s*)?"
    r"\S*\d\S*$|"
    r"\s+[–—|-]\s+(?:(?:req|ref|réf|posting|affichage|kennziffer|vacancy|vacature|job\s*id)\b|"
    r"#|\d|[A-Z]{1,5}[-/]?\d[\w/-]*\s*$).*$|"
    # the workload after a title: "Compliance Officer 80–100 %"
    r"\s+\d{2,3}(?:\s*[–-]\s*\d{2,3}\s*%?|\s*%)\s*$|"
    r"\s*,\s*(?:(?:kennziffer|req|ref|posting|job\s*(?:id|code))\b|EG\s*\d|TV-?L\b|TVöD\b).*$|"
    r"\s+(?:und|and|et|y|en|sowie)\s+(?:Ihr|Ihre|Ihren|Ihrem|dein\w*|your|votre|ton|ta|vos|su|"
    r"tu|uw|je|jouw)\b.*$",
    re.IGNORECASE,
)
# A number after the gender tag is the workload: "Compliance Officer (w/m/d) 80–100 %".
_WORKLOAD_AFTERGENDER = re.compile(r"(?<=[)\]])\s+\d{2,3}\b(?:\s*[–-]\s*\d{2,3})?(?:\s*%)?\s*$")
# A reference code before a title: "R-0048812 Senior Paralegal", "VA 2026/LEG/118 Legal
# Officer", "429-RI-7731 Clinical Data Scientist".
_CODE_BEFORE = re.compile(
    r"^(?:(?:(?:[A-Z]{1,4}[\s-]?)?\d[\w/-]*[-/]\w+(?:[-/]\w+)*|[A-Z]{1,5}[-/#]\d{3,}(?:[-/]\w+)*)"
    r"\s+(?:[–—|:-]\s+)?|\d{3,}\s+[–—|-]\s+)(?=[A-ZÀ-Þ]|\d{4}\s+[A-ZÀ-Þ])"
)


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def clean_title(title: str, company: str | None, loose: bool = False) -> str | None:
    """The title in a run found where one stands, or None when none is left; ``loose``: the
    run came from running text in a language that writes titles in lower case, so it is cut
    at the first word that goes on with the sentence."""
    # a title never runs on past a blank line: "Bewerbung als\n\n  X (m/w/d)\n\nWir ..."
    title = " ".join(_PARAGRAPH.split(title.strip(), maxsplit=1)[0].split())
    if loose:
        title = _LOOSE_END.sub("", title)
        # French, Spanish and Dutch write titles in lower case in running text
        title = title[:1].upper() + title[1:]
    title = _WORKLOAD_AFTERGENDER.sub("", title)
    title = GENDER.sub("", title)
    title = _CODE_BEFORE.sub("", title)
    for _ in range(3):
        title = _AFTER_TITLE.sub("", title)
    title = _STEP_AFTER.sub("", title)
    title = _REQ.sub("", title)
    paren = _PAREN.search(title)
    before = _HIRING_MANAGER.sub("", title[: paren.start()]) if paren else ""
    if paren and title_like(paren.group(1)) and not JOB_NOUN.search(before):
        title = paren.group(1)  # "Sam Rivera (Data Platform Lead)"
    if company:
        # both cuts spell the company's name as given: without it in the title, neither can
        cut = company in title and (
            re.search(rf"\s+(?:at|with|bei|chez|en|bij|@|[–-])\s+{re.escape(company)}", title)
            or re.search(rf",\s+{re.escape(company)}\b", title)
        )
        if cut:
            title = title[: cut.start()]
        if title.lower() == company.lower():
            return None
    title = LEADING.sub("", title)
    for _ in range(3):
        title = _TRAILING.sub("", title)
    title = title.strip(" ,.;:–-")
    if not title or len(title) > 80 or _NOT_TITLE.match(title) or len(title.split()) > 8:
        return None
    if not title[0].isupper() and not title[0].isdigit():
        return None
    return title


def title_like(text: str) -> bool:
    """Words in brackets that read as a title: capitalised words round a job noun ("Data
    Platform Lead"), not a remark ("Marcus plays the buyer")."""
    words = text.split()
    return bool(JOB_NOUN.search(text)) and all(
        w[:1].isupper() or w[:1].isdigit() or re.fullmatch(JOIN, w, re.IGNORECASE) for w in words
    )
