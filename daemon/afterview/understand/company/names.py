"""A company name as people say it: descriptors and legal suffixes dropped, and the
squashed spelling that compares a name with a domain ("Énergie Nord" ~ "energienord").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..people.known_senders import VENDOR_NAMES


def word_set(text: str) -> frozenset[str]:
    """The words of a literal list ("inc ltd gmbh") as a set."""
    return frozenset(text.split())


_LEGAL = re.compile(
    r"(?<!&)[\s,]+(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|l\.l\.p\.|lp|pllc|ltda|"
    r"s\.?p\.?a\.?|ohg|gbr|kgaa|vof|bvba|sprl|gmbh(?:\s*&\s*co\.?\s*kg)?|"
    r"ag|se|kg|plc|corp\.?|co\.|b\.?v\.?|n\.?v\.?|s\.?l\.?u?|s\.?a\.?s?|sarl|s\.?r\.?l\.?|"
    r"s\.?\s?[àa]\.?\s?r\.?\s?l\.?|s\.\s?à|"
    r"pty\.?(?:\s+ltd\.?)?|oy|ab|as|aps|e\.?\s?v\.?|pvt\.?|pte\.?|private\s+(?:limited|ltd\.?)|sdn\.?\s+bhd\.?|bhd\.?|"
    r"co|company|corporation|k\.?k\.?|a/s|sp\.?\s*z\s*o\.?\s*o\.?|ug|oü|s\.?c\.?|eurl|"
    # Irish and British forms: designated activity company, limited by guarantee, community
    # interest company; Quebec's "ltée"
    r"dac|clg|cic|lt[ée]e|"
    # Flemish non-profits ("Zorgnet Waasland vzw"; a French "asbl" stays, as people write
    # "REIN asbl"), Peru's "S.A.C." and "S.A.A.", its sole trader's "E.I.R.L.", and a family
    # firm's "Hnos." ("Distribuidora Quintero Hnos.")
    r"vzw|s\.\s?a\.\s?[ac]|e\.i\.r\.l|hnos|"
    # German cooperatives ("Raiffeisenbank Ostalb eG"), Dutch ones ("Coöperatie X U.A.")
    r"eg|u\.\s?a\.|"
    # German partnerships of professions: "Ferrand Kessler Rechtsanwälte PartG mbB"
    r"partg(?:\s*mbb)?)\.?\s*$|"
    # Mexico's and Latin America's "S.A. de C.V.", "S. de R.L. de C.V."
    r"[\s,]+s\.?\s?(?:a|de\s+r\.?\s?l)\.?(?:\s?p\.?\s?i\.?)?\s+de\s+c\.?\s?v\.?\s*$|"
    # "Banque Rosselet & Cie", "Hermanos Ruiz y Cía.": the partners' "and company"
    r"(?<=\w)\s*(?:&|et|y)\s*(?:cie|c[íi]a)\.?\s*$",
    re.IGNORECASE,
)


def has_legal_form(text: str) -> bool:
    """Whether a name ends in a legal form ("Bankhaus Sternfeld AG"): its registered name."""
    # the same lines are asked about again and again (each candidate name re-reads them)
    return _legal_form_cached(text) if len(text) <= _MAX_REMEMBERED else _legal_form(text)


@lru_cache(maxsize=4096)
def _legal_form_cached(text: str) -> bool:
    return _legal_form(text)


def _legal_form(text: str) -> bool:
    return bool(_LEGAL.search(" ".join(text.split())[:_MAX_NAME]))


_DESCRIPTOR = re.compile(
    # "Early Careers", "Graduate Recruitment", "Campus Recruiting" are desks too
    # ("Department for Skills and Apprenticeships Recruitment" keeps its last word)
    r"(?<!\band)(?<!\bof)(?<!\bfor)(?<!&)"
    r"[\s,|–·-]+(?:(?:early|graduate|campus|student|emerging|internships?|apprenticeships?|sales)\s+)?"
    r"(?:talent(?:\s+(?:acquisition|team|partners?))?|(?:the\s+)?hiring(?:\s+team)?|"
    r"recruit(?:ing|ment)(?:\s+team)?|careers?|jobs|people(?:\s+(?:team|ops|operations))?|"
    r"human resources|hr(?:\s+team)?|rh|rrhh|recursos humanos|ressources humaines|"
    r"personalabteilung|team|via\s+\w[\w.]*|karriere|recrutement|"
    r"empleo|werken bij|notifications?|no-?reply|hq|candidate\s+(?:support|experience|care)|"
    r"help\s*desk|candidates|candidate\s+(?:home|hub|cent(?:er|re)|zone)|"
    # a desk in Spanish, Dutch and German: "Almacenes Lumbre · Selección", "X Werving"
    r"selecci[oó]n(?:\s+de\s+personal)?|reclutamiento|talento(?:\s+humano)?|"
    r"werving(?:\s+(?:&|en)\s+selectie)?|personalgewinnung|"
    # a bot or desk that answers for the hiring team: "Harborline Hiring Assistant"
    r"(?:hiring|recruiting|recruitment|careers?|candidate)\s+(?:assistant|bot|desk)|"
    # "ZADW Bewerbungsportal", "Acme Careers Portal", "Jobportal": the desk's website
    r"(?:(?:candidate|applicant|careers?|jobs?)\s+)?\w*portal|portail(?:\s+\w+)?)\s*$",
    re.IGNORECASE,
)
# A desk's word glued after the name ("Brackenridge University Employment", "Stadt X
# Personaldienst", "X - Carrières"): dropped only where two words or more stay, since a
# single word before it may be the name's own ("Fair Employment"); ``glued_desk_rest``
# lets the caller drop it where the mail writes that word alone.
_GLUED_DESK = re.compile(
    r"(?<!\band)(?<!\bof)(?<!\bfor)(?<!&)[\s,|–·-]+"
    r"(?:employment|personaldienst|personalservice|bewerbermanagement|carri[eè]res?|carreras)\s*$",
    re.IGNORECASE,
)
_DESCRIPTOR_HEAD = re.compile(
    r"^(?:careers?\s+(?:at|@)|jobs\s+(?:at|@)|team|the|ihr\s+recruiting-team\s+der|"
    r"recruiting(?:-team)?\s+(?:der|von)|das\s+team\s+(?:der|von)|l'équipe|el\s+equipo\s+de|"
    r"het\s+team\s+van|talent\s+team\s+(?:at|@)|hiring\s+team\s+(?:at|@)|"
    # a desk named before the firm: "Capital Humano Farmacias X", "Selección Y"
    r"(?:(?:capital|talento|gesti[oó]n)\s+humano|recursos\s+humanos|selecci[oó]n|"
    r"ressources\s+humaines|recrutement|werving(?:\s+(?:&|en)\s+selectie)?)"
    r"(?:\s+(?:de(?:\s+la)?|del|du|des|van|bij))?)\s+|"
    # a careers desk's display before the firm's capitalised name: "Carrières Deux-Rives",
    # "Karriere Lindenhof", "Vacatures Veenrand" ("Careers portal" is no firm's)
    r"^(?:carri[eè]res|careers|karriere|empleos?|emplois|vacatures|werken\s+bij|trabaja\s+en)"
    r"\s+(?:(?:at|chez|bei|bij|de|du|en)\s+)?(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
    r"(?!(?:portal|portail|portaal|site|page|hub|team|desk)\b)",
    re.IGNORECASE,
)

_GENERIC = word_set(
    "hi hello dear thanks thank you best regards the we our your this that re fwd fw interview "
    "interviews application offer job jobs role position team monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december video call zoom google teams meet microsoft please "
    "join location where when date time bonjour hallo hola hoi beste sie ihnen uns wir euch "
    "vous nous usted ustedes jullie u"
)

# Words that open a greeting or a subject, never a company's name.
GENERIC_WORDS = _GENERIC

_MAX_NAME = 200
# Only strings this short are remembered by the caches below: names and a line's parts, which
# recur within a mail and across a thread, never a whole text (a daemon runs for months).
_MAX_REMEMBERED = 300


def normalise_company(name: str | None) -> str | None:
    """Strip descriptors ("Careers", "Talent Team") and legal suffixes; None if nothing left."""
    if not name:
        return None
    # each candidate name re-reads the same lines, which are normalised each time: remembered
    return _normalised_cached(name) if len(name) <= _MAX_REMEMBERED else _normalised(name)


@lru_cache(maxsize=4096)
def _normalised_cached(name: str) -> str | None:
    return _normalised(name)


def _normalised(name: str) -> str | None:
    # a name is short; the suffix patterns below cost time by the square of a long one
    # a typographic apostrophe ("St. Brendan’s") is the same name as the typed one
    text = " ".join(name.replace("\u00a0", " ").replace("’", "'").split())
    text = text[:_MAX_NAME].strip(" \"'·|–-,")
    for _ in range(3):
        before = text
        text = _DESCRIPTOR_HEAD.sub("", text)
        text = _DESCRIPTOR.sub("", text)
        text = _LEGAL.sub("", text)
        text = text.strip(" \"'·|–-,")
        glued = _GLUED_DESK.search(text)
        set_off = glued and glued.group(0).strip()[:1] in ",|–·-"
        if glued and (set_off or len(text[: glued.start()].split()) >= 2):
            text = text[: glued.start()].strip(" \"'·|–-,")
        if text == before:
            break
    if not text or text.lower() in VENDOR_NAMES or text.lower() in _GENERIC:
        return None
    return text


def glued_desk_rest(name: str) -> str | None:
    """The single word a glued desk follows ("Fair" of "Fair Employment"), which is the
    employer only where the mail also writes it alone; None for any other name."""
    glued = _GLUED_DESK.search(name)
    rest = name[: glued.start()].strip() if glued else ""
    return rest if len(rest.split()) == 1 else None


_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "å": "a",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
    }
)


def squash(text: str) -> str:
    """Letters and digits only, lower-cased, accents dropped ("Énergie" -> "energie")."""
    # words and names are squashed many times over for each mail: the short ones remembered
    return _squash_cached(text) if len(text) <= _MAX_REMEMBERED else _squash(text)


@lru_cache(maxsize=8192)
def _squash_cached(text: str) -> str:
    return _squash(text)


def _squash(text: str) -> str:
    # NFKD splits accents off; dropping everything non-ASCII then drops them (and any
    # letter without an ASCII base, which the filter below would drop anyway)
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", plain)


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def squashes(token: str) -> frozenset[str]:
    """A token's squashed forms: accents dropped, and German-style ("ü" -> "ue")."""
    # only word-sized tokens are remembered: a hostile mail's endless tokens must not pile up
    return _squashes_cached(token) if len(token) <= 64 else _squashed(token)


@lru_cache(maxsize=8192)
def _squashes_cached(token: str) -> frozenset[str]:
    return _squashed(token)


def _squashed(token: str) -> frozenset[str]:
    forms = (squash(token), squash_german(token))
    if token[-2:] in _POSSESSIVE:
        # "Gus's" as a domain spells it, either way: "gussdiner" or "gusdiner"
        return frozenset((*forms, squash(token[:-2])))
    return frozenset(forms)


_POSSESSIVE = ("'s", "’s")


def squash_german(text: str) -> str:
    """``squash`` with German-style umlauts ("Müller" -> "mueller"), as domains spell them."""
    return squash(text.lower().translate(_TRANSLIT))


# Words that end company names, to split a bare domain label ("coppermillstudios").
NAME_ENDINGS = word_set(
    "labs lab systems software health analytics data digital retail learning energy robotics "
    "logistics studios studio group holdings bank insurance capital partners consulting "
    "solutions technologies technology tech ai media games foods clinic works industries "
    "services network print press drives motors payments pay finance hotels travel security "
    "design apps cloud bio pharma coffee freight harbour harbor housing books mobility grid "
    "ventures dynamics networks shipping marine legal assurance academy institute care water "
    "power solar construction homes properties living wealth investments trading markets "
    "brands creative agency films publishing transport rail cargo telecom automation machines "
    "devices instruments optics aerospace aviation automotive hospitality therapeutics biotech "
    "diagnostics banking credit lending maschinenbau versicherung versicherungen climate fintech "
    "insurtech proptech healthtech edtech agritech cleantech biosciences sciences brewing "
    "brewery bakery interiors furniture electronics materials chemicals mining utilities "
    "foundation university college hospital pharmacy dental advisory consultancy "
    "communications marketing events entertainment productions fashion beauty "
    # the trades of shops, pubs and depots ("pavilionsports", "hopsacktaproom")
    "sports stores foodstores supermarkets taproom distribution fulfilment deli "
    # shops named by their trade in the plural ("bayfrontoutfitters", "Granite Harbor Grocers")
    "outfitters grocers roasters bakers brewers florists jewellers jewelers butchers merchants "
    "traders suppliers"
    # the same sector words in French, Spanish, Dutch and German domains (not the endings
    # of German and Dutch compounds, which are one word: "Grachtwerk", "Stahlbau")
    "energie energia logistik logistique logistica movilidad mobilite mobiliteit systemes "
    "sistemas technologie tecnologia sante salud seguros assurances verzekeringen immobilier "
    "inmobiliaria vastgoed construcciones medios hoteles transportes analitica verpakkingen "
    "tuinbouw"
)
