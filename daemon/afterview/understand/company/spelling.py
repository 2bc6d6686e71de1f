"""The employer's name a mail domain spells, as the mail's text writes it.

"peregrinepayroll.example" is "Peregrine Payroll" where the text writes those words; a public
body's full name ("Brackenmoor Borough Council" of brackenmoor.gov.example) beats its short
one; a domain that adds a sector word to the name the text uses ("larchmonthotels" beside
"The Larchmont") gives its own fuller spelling; a service's domain spells no employer.

This module matches a domain's labels against the names a text writes. Finding those names
(runs of capitalised words) is in ``capitalruns.py``, and the words that say what kind of
organisation a name is in ``orgwords.py``; their public names are imported from here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .acronyms import initials_and_trade, looks_like_acronym, spelled_out
from .capitalruns import (
    CONNECTORS,
    LEGAL_WORDS,
    UPPER,
    capital_runs,
    capital_runs_cut,
    leading_name,
    private_in_name,
)
from .domainlabels import domain_labels, is_vendor_domain, name_label, title_from_domain
from .names import NAME_ENDINGS, normalise_company, squash, squash_german, squashes, word_set
from .orgwords import GOVERNMENT_WORDS, institutional, is_institution, names_an_organisation
from .sentencecase import sentence_case_name

# the domain's own words, the text's capitalised runs and the words of organisations, which
# callers look up beside the names the text spells, from here as they always have
__all__ = [
    "GOVERNMENT_WORDS",
    "capital_runs",
    "in_full",
    "is_institution",
    "is_vendor_domain",
    "leading_name",
    "match_domain",
    "name_label",
    "names_an_organisation",
    "title_from_domain",
    "with_public_prefix",
]


def match_domain(texts: Iterable[str], domain: str | None) -> str | None:
    """The name in ``texts`` that spells ``domain``'s label, extended as far as it recurs.

    "peregrinepayroll" matches "Peregrine Payroll"; an abbreviated label matches the words it
    begins ("brightwatersec" -> "Brightwater Security"); a short label is extended by the
    words that follow it everywhere it appears ("oakmoss" -> "Oakmoss Retail"). A public
    body's full name, written once, beats its short name ("Brackenmoor Borough Council",
    "St Aldhelm's C of E Academy"). A label that adds a sector word to the name the text
    uses ("larchmonthotels" beside "The Larchmont") gives the domain's fuller spelling.
    """
    labels = domain_labels(domain or "")
    if not labels:
        return None
    texts = list(texts)
    flats = [_flat(text) for text in texts]
    found = _match_labels(texts, labels, flats)
    flat = squash(found) if found else ""
    if found is None or any(x.startswith(flat) and x != flat for x in labels):
        # "Bureau" of bureauvoordebouw: the name goes on in lower-case words, "Bureau voor de Bouw"
        found = sentence_case_name(texts, labels, flats) or found
    head = found.split()[0] if found else ""
    if found is None or (squash(head) in labels and looks_like_acronym(head)):
        # "rvdsb", or "AIAH" written beside "Austrian Institute for Alpine Hazards (AIAH)":
        # the initials stand for the name a person gives in full, also where the mail
        # names a service of theirs after them ("IKDA Cloud")
        full = next(filter(None, (spelled_out(label, texts) for label in labels)), None)
        # "hcp-law", "hs-feinkost": the initials before the trade the label adds
        full = full or initials_and_trade(name_label(domain or ""), texts)
        if full:
            return full
    if found:
        return found
    found = _lower_case_name(texts, labels)
    if found:
        return found
    stems = _label_stems(labels)
    found = _match_labels(texts, stems, flats) if stems else None
    if found and squash(found) in stems and not institutional(found.split()):
        # "The Larchmont" -> "Larchmont Hotels"; "van Eck" -> "Van Eck Tuinbouw"
        return _stem_as_written(found, title_from_domain(domain)) or found
    return found or _local_government(texts, labels, flats)


def _stem_as_written(found: str, title: str | None) -> str | None:
    """The domain's title with its stem spelled as the mail writes it: a surname's particle
    and capitals ("van Eck", "McBride") stay, the domain's sector word follows."""
    if not title:
        return None
    words, flat, stem = title.split(), "", squash(found)
    for i, word in enumerate(words):
        flat += squash(word)
        if flat == stem:
            head = found.split()
            if head[0] == "The":
                head = head[1:]  # "The Larchmont": the article is the text's, not the domain's
            if not head:
                return title
            return " ".join([head[0][:1].upper() + head[0][1:], *head[1:], *words[i + 1 :]])
        if len(flat) >= len(stem):
            break
    return title


# US states' codes, which a town's or county's domain adds after its name ("harborpointwa")
_STATES = word_set(
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj "
    "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy"
)


def _local_government(texts: list[str], labels: list[str], flats: list[str]) -> str | None:
    """A town's or county's name its domain spells with its state's code after it
    ("City of Harbor Point" of harborpointwa); only a government's name, since a firm's
    label may end in those letters by chance."""
    stems = [label[:-2] for label in labels if len(label) >= 7 and label[-2:] in _STATES]
    found = _match_labels(texts, stems, flats) if stems else None
    if not found:
        return None
    words = found.lower().split()
    return found if _GOVERNMENT & set(words) or institutional(found.split()) else None


# French and Spanish names of public bodies write their common nouns in lower case:
# "Centre de santé des Deux-Rives", "Société de transport de Laval", "Centro de salud El Pinar"
_LOWER_CASE_NAME = re.compile(
    rf"\b[{UPPER}][\w'’-]+(?:\s+(?:de|du|des|d'|de\s+la|de\s+l'|del|la|le|el)\s*"
    rf"[a-zà-ÿ][\w'’-]+){{1,2}}\s+(?:de|du|des|d'|de\s+la|de\s+l'|del|la|le|el)\s*"
    rf"(?:[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}})"
)


def _lower_case_name(texts: Sequence[str], labels: list[str]) -> str | None:
    """Such a name whose words, connectors left out, end in the domain's label
    ("santedeuxrives" of "Centre de santé des Deux-Rives")."""
    for text in texts:
        for match in _LOWER_CASE_NAME.finditer(text):
            words = [w for w in re.split(r"\s+|(?<=')", match.group(0)) if w]
            bare = squash("".join(w for w in words if w.lower().rstrip("'’") not in CONNECTORS))
            flats = (bare, squash(match.group(0)))
            if any(len(label) >= 6 and f.endswith(label) for label in labels for f in flats):
                return match.group(0)
    return None


def in_full(name: str, texts: Iterable[str]) -> str:
    """A name as the texts write it at most length: "Fairhollow" of an agency's subject is
    "Fairhollow Housing Association" where the thread spells it out, "DLCD" "Department for
    Learning and Child Development"."""
    texts = list(texts)
    found = _match_labels(texts, [squash(name)], [_flat(text) for text in texts])
    if looks_like_acronym(found or name):
        return spelled_out(squash(name), texts) or found or name  # "DLCD" of "DLCD Careers"
    return found or name


def _flat(text: str) -> str:
    return squash(text) + squash_german(text)


def _match_labels(texts: list[str], labels: list[str], flats: list[str]) -> str | None:
    counts: Counter[tuple[str, ...]] = Counter()
    loose: Counter[tuple[str, ...]] = Counter()
    for text, flat in zip(texts, flats, strict=True):
        if not any(label[:4] in flat for label in labels):
            continue
        for run, legal in capital_runs_cut(text):
            for start in range(len(run)):
                _extend(run, start, labels, counts, legal, loose)
    # a word after the name that names no kind of organisation ("Crumb & Co Stockport",
    # "Pavilion Sports Trafford": a branch's place) is part of it where it recurs, or where
    # the name alone is not yet complete ("Kilnworks Pottery" of kilnworks)
    counts.update({name: n for name, n in loose.items() if n >= 2 or _incomplete(name, counts)})
    if not counts:
        return None
    # "Meridian Trust" is no public body where every mention goes on ("Meridian Trust Bank")
    going_on = _going_on(counts)
    public = {c: n for c, n in counts.items() if institutional(c) and going_on.get(c, 0) < n}
    if public:
        best = " ".join(max(public, key=lambda c: (public[c], len(c))))
        return normalise_company(best)
    top = max(counts.values())
    longest = max((c for c in counts if counts[c] * 2 >= top), key=len)
    if longest[-1].lower() in _CORPORATE_TAIL and counts[longest[:-1]] > counts[longest]:
        longest = longest[:-1]  # "Quayside Media Group" once, "Quayside Media" on its own too
    best = " ".join(longest)
    return normalise_company(with_public_prefix(best, texts) or _with_article(best, texts) or best)


def _going_on(counts: Counter[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """For each name, how often the most frequent longer name that begins with it was
    counted; a registered tail such as "Services" adds no word of the name ("Northfield
    Library Service" is still "Northfield Library")."""
    going_on: dict[tuple[str, ...], int] = {}
    for longer, n in counts.items():
        for k in range(1, len(longer)):
            if longer[k].lower() not in _CORPORATE_TAIL:
                going_on[longer[:k]] = max(going_on.get(longer[:k], 0), n)
    return going_on


def _label_stems(labels: list[str]) -> list[str]:
    """A label without the sector or body word that ends it ("larchmonthotels" ->
    "larchmont", "harrowfieldnhs" -> "harrowfield")."""
    stems = []
    for label in labels:
        for ending in _ENDINGS_LONGEST_FIRST:
            if label.endswith(ending) and len(label) - len(ending) >= 4:
                stems.append(label[: -len(ending)])
                break
    return [s for s in stems if s not in labels]


_BODY_WORDS = word_set("nhs council trust gov")
_ENDINGS_LONGEST_FIRST = tuple(sorted(NAME_ENDINGS | _BODY_WORDS, key=len, reverse=True))


# Words that open the names of public bodies, foundations and small trades: part of the
# name, not a descriptor ("Waterschap Lingedelta" writes from lingedelta.nl). A body's word
# may take its connector ("Hoogheemraadschap van Delfzande", "City of Harbor Point",
# "Ayuntamiento de Valdelora"); a careers site's ("Werken bij X") is no such word.
_PUBLIC_PREFIX = re.compile(
    r"\b(?P<prefix>(?:(?:Waterschap|Hoogheemraadschap|Gemeente|Provincie|Stad|Stichting|"
    r"Hogeschool|Zorggroep|Scholengroep|Woonstichting|Woningcorporatie|Waterbedrijf|"
    r"Intercommunale|Groep|Gruppe|Groupe|Grupo|Cabinet|Kanzlei|Bufete|Kantoor|Almacenes|"
    # a trade's word before a firm's own name ("Studio Feldlicht" from feldlicht.de)
    r"Studio|Atelier|Agence|Agentur|Tienda|Estudio|Galerie|Galería|Maison|Editorial|Verlag|"
    r"Librería|Boutique|Café|Hotel|Bureau|Werkstatt|Casa|Brouwerij|Bakkerij|Brauerei|"
    r"Bäckerei|Boulangerie|Taberna|Panadería|Minera|Mineração|Naviera|Pesquera|Frigorífico|"
    r"Ingeniería|Farmacias?|Supermercados?|Ferreterías?|Netbeheer|"
    # a workshop's, eatery's or care home's word ("Talleres Ebro Dinámica", "Ateliers Lumen
    # Optique", "Eetcafé Kerkzicht", "Seniorenresidenz Lindenhof", "Residencia Los Olmos")
    r"Talleres|Ateliers|Werkstätten|Eetcafé|Restaurante|Ristorante|Trattoria|Osteria|"
    r"Seniorenresidenz|Seniorenheim|Pflegeheim|Altenheim|Residencia|Résidence|Zorgcentrum|"
    r"Woonzorgcentrum|Verpleeghuis|Autohaus|Gasthaus|Gasthof|"
    # the trade or sector before a firm's name in French and Spanish ("Conservas Ribamar",
    # "Laboratoires Beaumarchais", "Grupo Hotelero Costa Bermeja" from costabermeja)
    r"Brasserie|Brasseries|Laboratoires?|Laboratorios?|Conservas|Conserveries?|Coopérative|"
    r"Cooperativa|Agroindustrias|Industrias|Industries|Aceros|Aciéries|Transports|"
    r"Transportes|Textiles|Fromageries?|Hospitales|Hôpital|Clínica|Clinique|Hotelero|"
    r"Inmobiliaria|Constructora|Distribuidora|Vinícola|Bodegas|Vignobles|Éditions|"
    r"Universiteit|Ziekenhuis|Stadt|Landkreis|Kreis|Gemeinde|Stadtwerke|Kanton|Universität|"
    r"Hochschule|Institut|Stiftung|Klinikum|Ville|Mairie|Commune|Région|Département|"
    r"Université|Ayuntamiento|Diputación|Concello|Comune|Università|Universidad|Fundación|"
    r"Hospital|University|City\s+and\s+County|City|County|Town|Village|Borough)"
    r"(?:\s+(?:van|de|del|de\s+la|du|des|di|of)(?=\s+[A-ZÀ-Ý]))?\s+){1,2})",
)


def with_public_prefix(name: str, texts: Iterable[str]) -> str | None:
    """The name with the body's or trade's word before it; two such words in a row
    ("Grupo Hotelero") both belong to it. A name found short anywhere is asked this too:
    "Agroindustrias Pampa Serena" written only in the quoted thread names it in full."""
    for text in texts:
        if name not in text:
            continue  # the name must follow the prefix: spare the search of a long pattern
        for match in _PUBLIC_PREFIX.finditer(text):
            # on one line: "University" ending a heading is no part of the next line's name
            if text.startswith(name, match.end()) and "\n" not in match.group("prefix"):
                return match.group("prefix") + name
    return None


def _with_article(name: str, texts: Iterable[str]) -> str | None:
    """An article capitalised mid-sentence is part of the name ("rejoindre Les Ateliers
    Kerbrat"); a sentence's first word proves nothing."""
    for text in texts:
        start = text.find(name)
        while start > 0:
            after = text[start + len(name) : start + len(name) + 1]
            match = _ARTICLE_BEFORE.search(text, max(0, start - 16), start)
            if match and not after.isalnum():
                return f"{match.group('article')} {name}"
            line = _ARTICLE_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            if line and text[start + len(name) : start + len(name) + 1] in ("", "\n", ","):
                return f"{line.group('article')} {name}"
            start = text.find(name, start + 1)
    return None


# A line that is the name alone, or the name before its address: "The Gilded Thistle,
# Stockbridge" in a signature, where the line's first word is no sentence's
_ARTICLE_LINE = re.compile(r"[ \t]*(?P<article>The|Le|La|Les|El|Los|Las|De|Het)[ \t]+")
_ARTICLE_BEFORE = re.compile(
    r"(?:[a-zß-öø-ÿ,]|\bà)\s+(?P<article>Les|Le|La|The|De|Het|El|Los|Las|Die|Der|Das)\s+$"
)


def _extend(
    run: list[str],
    start: int,
    labels: list[str],
    counts: Counter,
    legal: bool = False,
    loose: Counter | None = None,
) -> None:
    first = squashes(run[start])
    if not any(
        label.startswith(t) or (t.startswith(label) and len(label) >= 6)
        for t in first
        for label in labels
    ):
        return  # most capitalised words begin no label: spare the search below
    forms = {""}
    for end in range(start, min(len(run), start + 6)):
        options = set(squashes(run[end]))
        if end > start:  # "meridianhp": later words may appear as initials, "&" as "and"
            options |= {t[:1] for t in options if t}
            if run[end] == "&":
                # "sierraymora", "dupontetfils", "brindlemarsh": "&" as the language's
                # "and", or left out
                options |= _AMPERSAND
            if run[end].lower() in CONNECTORS:
                options.add("")  # "Aciéries du Rhône" is "acieriesrhone.fr" too
        previous, forms = forms, {f + t for f in forms for t in options}
        if any(f in labels for f in forms):
            # up to three words of the name after the label, "&" not counted ("Pelican
            # Point Home & Garden" of pelicanpoint)
            joined = run[end + 1 : end + 5].count("&")
            # a local government's name ends in its own word: what follows is a desk of it
            # ("Lakeshore County Health Department", "City of Ashby Parks Division")
            last = end + 1 if run[end].lower() in _GOVERNMENT else min(len(run), end + 3 + joined)
            for ext in range(end + 1, last + 1):
                if ext > end + 1 and _opens_a_unit(run, ext - 1):
                    break  # "Kitebase SDR Team", "Harrowgate Capital Graduate Recruitment"
                tail = run[ext - 1].lower().strip(".")
                if (
                    ext > end + 1
                    and tail in _CORPORATE_TAIL
                    and (legal or tail in LEGAL_WORDS)
                    and not private_in_name(run[ext - 1], run[ext : ext + 1])
                ):
                    break  # "Tidewell Water Services Ltd" from tidewellwater: "Tidewell Water"
                if run[ext - 1].lower() not in CONNECTORS and not institutional(run[start:ext]):
                    named = ext == end + 1 or names_an_organisation(run[end + 1 : ext])
                    (counts if named or loose is None else loose)[tuple(run[start:ext])] += 1
            for ext in range(end + 1, min(len(run), end + 8) + 1):
                if run[ext - 1].lower() in _AND and institutional(run[start : ext - 1]):
                    break  # "Eastmoor District Council and Tillbridge Borough Council": two
                if institutional(run[start:ext]) and not (legal and ext == len(run)):
                    counts[tuple(run[start:ext])] += 1  # "Harrowfield & District NHS ... Trust"
            return
        if any(f.startswith(label) and len(label) >= 6 for f in forms for label in labels):
            counts[tuple(run[start : end + 1])] += 1  # abbreviated domain label
            return
        if (
            end > start
            and not _spelled_on(forms, run[end + 1 : end + 4], labels)
            and _abbreviates(previous - {""}, run[end], labels)
        ):
            counts[tuple(run[start : end + 1])] += 1  # "lindqvist-mb": Lindqvist Maschinenbau
            return
        if not any(label.startswith(f) for f in forms for label in labels):
            return


def _incomplete(name: tuple[str, ...], counts: Counter[tuple[str, ...]]) -> bool:
    """Whether no shorter form of ``name`` found so far reads as a whole name: one of several
    words (a domain that spells "Bramble & Pine" spells all of it), one that ends in a word
    of organisations or a legal "Co", or one that another mention carries on with such a
    word ("Freshway Foodstores" beside "Freshway Altrincham")."""
    for k in range(1, len(name)):
        base = name[:k]
        if base not in counts:
            continue
        last = base[-1].lower().strip(".")
        if k >= 2 or last in _WHOLE_ENDS or names_an_organisation(base[-1:]):
            return False
        if any(len(c) > k and c[:k] == base for c in counts):
            return False
    return True


_GOVERNMENT = GOVERNMENT_WORDS
_WHOLE_ENDS = word_set("co cie cía")
_AND = word_set("and & und et y en")
_AMPERSAND = frozenset(("and", "und", "et", "y", "en", "e", ""))


# Words a registered name adds after the name people use; the domain that spells the name
# without them shows they are not part of it.
_CORPORATE_TAIL = word_set(
    "group groep gruppe groupe grupo services service technologies technology holdings holding "
    "international global worldwide enterprises company corporation limited ltd pvt pte private"
)


# Words that open a desk, a programme or a portal of the firm after its name, never a word
# of the name: "Northway Grocers Support Center", "Halloran Freight Candidate Home",
# "Harrowgate Capital Graduate Recruitment" (cut by the three words an extension may take).
_UNIT_WORDS = word_set(
    "support candidate candidates applicant applicants graduate graduates campus student "
    "students early talent recruitment recruiting careers career hiring hr people jobs "
    "internship internships apprenticeship apprenticeships karriere recrutement carrières "
    "selección seleccion werving vacatures"
)
# Desk words a run of a unit ends in: "Kitebase SDR Team" (the sales team, not the firm)
_DESK_ENDS = word_set("team teams desk recruiting recruitment hiring careers")


def _opens_a_unit(run: list[str], at: int) -> bool:
    """Whether the word at ``at``, after a name found in a run, opens a unit of the firm
    rather than going on with its name: a desk's word, a number (a store's, a year's:
    "Fuelbird 212", "Stanmore Group 2027 Technology Graduate Programme"), or initials that a
    desk's word follows ("Kitebase SDR Team")."""
    word = run[at]
    if word.lower() in _UNIT_WORDS or word.isdigit():
        return True
    after = run[at + 1].lower() if at + 1 < len(run) else ""
    return word.isupper() and len(word) <= 4 and after in _DESK_ENDS


def _spelled_on(forms: set[str], following: list[str], labels: list[str]) -> bool:
    """Whether the next words of the run, whole or by initials, finish spelling a label:
    "saguarovalleymc" is "Saguaro Valley Medical Center", not "Saguaro Valley Medical"
    abbreviated "mc"."""
    for token in following:
        words = squashes(token)
        forms = {f + t for f in forms for t in {*words, *(w[:1] for w in words if w)}}
        if forms & set(labels):
            return True
        forms = {f for f in forms if any(label.startswith(f) for label in labels)}
        if not forms:
            return False
    return False


def _abbreviates(forms: set[str], token: str, labels: list[str]) -> bool:
    """Whether a label ends in an abbreviation of ``token`` after one of ``forms``: its
    first letter, then some of its other letters in order ("mb" for "Maschinenbau")."""
    word = squash(token)
    for label in labels:
        for form in forms:
            rest = label[len(form) :] if label.startswith(form) else ""
            if 2 <= len(rest) <= 4 and word[:1] == rest[0] and len(word) > len(rest):
                letters = iter(word[1:])
                if all(letter in letters for letter in rest[1:]):
                    return True
    return False
