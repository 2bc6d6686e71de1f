"""Which words a line may add to a short form and still name the same organisation.

``letterhead`` finds the words of a line that spell a short form's keys; the words left over
decide whether the line writes the name in full: a trade's or body's word before the name
("Supermercados", "University of"), words between the short form's own ("Institute for"), a
body's word after it ("... Carers' Centre") or the complement of a body's word ("Mallee
Institute for Dryland Research"). A line naming a desk ("Recruitment", "Careers") or a job
before "at" names a desk or a person's title, not the organisation.
"""

from __future__ import annotations

from .acronyms import SMALL_WORDS
from .names import NAME_ENDINGS, squash, squashes, word_set

# Words of public bodies, institutions and organisations that may end a full name after the
# short form's own words ("Brightlane Carers' Centre", "Kilbride County Council").
_BODY_END = word_set(
    "centre center centro centrum council trust foundation fondation fundación stiftung "
    "stichting institute institut instituut instituto university universität université "
    "universidad universiteit college school academy hospital hospice clinic klinikum clinique "
    "clínica association society federation authority commission agency board museum library "
    "laboratory laboratories observatory observatoire partners partnership"
)
# Words of trades, bodies and kinds of firm that open a full name before the short form's
# own words, in five languages ("Tiendas Alborada", "Supermercados Gavia", "Stadt X").
LEAD = _BODY_END | word_set(
    "the the le la les el los las de het der die das groupe grupo gruppe groep group conseil "
    "consejo solutions soluciones tiendas tienda supermercados supermercado almacenes farmacias "
    "farmacia droguería hotel hôtel hoteles restaurant restaurante cafetería panadería maison "
    "banque banco bank bankhaus cabinet bufete kanzlei estudio atelier studio agence agentur "
    "stadt gemeinde landkreis kanton landesamt bundesamt amt ministerium ministère ministerio "
    "ministry department departement département gemeente provincie waterschap zorggroep "
    "hogeschool ville région ayuntamiento diputación city county borough royal national "
    "laboratoires laboratorios clínica clinique hospital hôpital transportes transports "
    "industrias industries constructora inmobiliaria editorial éditions "
    # shops and trades that open their names ("Panaderías Marbruma", "Boulangeries Kerlo")
    "panadería panaderías pastelería pastelerías ferretería ferreterías librería librerías "
    "zapaterías joyería joyerías ópticas óptica carnicerías autoservicios distribuidora "
    "boulangerie boulangeries pâtisseries pharmacie pharmacies librairie librairies "
    "quincaillerie bäckerei metzgerei apotheke apotheken buchhandlung autohaus "
    "bakkerij bakkerijen slagerij apotheek boekhandel garagebedrijf"
)
# Words of desks, teams and job titles: a line naming one is a desk or a person's title.
DESK = word_set(
    "recruitment recruiting careers career talent hr people hiring jobs employment team "
    "selection selección seleccion reclutamiento personal personaldienst bewerbermanagement "
    "personalabteilung recrutement carrières carrieres rh rrhh humanos humano ressources "
    "werving sollicitaties office desk helpdesk support admissions estates"
)
# Words that set a desk or a job before the employer: "Finance Systems at X", "IT bei X"
_AT = word_set("at @ bei bij chez")
_MAX_ADDED = 4
# A registered firm's last word that its own name leaves out ("Bellhaven Travel Group")
CORPORATE_TAIL = word_set("group services holdings international global worldwide")


def reads_as_full_name(words: list[str], lower: list[str], used: dict, trade_tail: bool) -> bool:
    """Whether the words the line adds to the short form's are a body's or trade's (see the
    module docstring), and the line names an organisation at all."""
    matched = sorted(i for span in used.values() for i in span)
    first, last = matched[0], matched[-1]
    plain = [i for i in range(len(words)) if i not in matched and lower[i] not in SMALL_WORDS]
    if len(plain) > _MAX_ADDED:
        return False
    if any(lower[i] not in LEAD and not of_trade(lower[i]) for i in plain if i < first):
        return False
    if any(lower[i] in _AT for i in range(first)):
        return False  # "Senior Manager, Finance Systems at Nilgiri Software Labs": a desk's
    tail = list(range(last + 1, len(words)))
    # the line names an organisation at all: ``letterhead._writes_out``
    return not tail or _body_tail(lower, first, last, trade_tail)


def _body_tail(lower: list[str], first: int, last: int, trade_tail: bool) -> bool:
    """Words after the short form's own: a body's word that ends the name ("Brightlane
    Carers' Centre"); two words after a name running on with "&" ("Ardmore Physiotherapy &
    Sports Injury Clinic"). A complement ("Aarewald Institute for Aquatic Research") is no
    part of the short form unless the short form abbreviates it ("mallee-idr")."""
    tail = lower[last + 1 :]
    room = 2 if "&" in lower[first : last + 1] else 1
    if len(tail) <= room and tail[-1] in _BODY_END:
        return True
    # "Orrery Technologies", "Tealbrook Insurance": one trade's word after the name
    return trade_tail and len(tail) == 1 and trade_word(tail[0])


def trade_word(word: str) -> bool:
    """A trade's word that closes a name ("Technologies", "Insurance", "AI"), not a corporate
    tail that a firm's own name leaves out ("Group", "Holdings", "Partners")."""
    return of_trade(word) and word not in CORPORATE_TAIL and word not in _BODY_END


def of_trade(word: str) -> bool:
    # as the mail writes it and without accents ("Logística"): the trade words are spelled
    # as domains spell them
    if word in _BODY_END:
        return True
    forms = {word, squash(word)}
    return any(w in NAME_ENDINGS or (w.endswith("s") and w[:-1] in NAME_ENDINGS) for w in forms)


def abbreviated_by(used: dict, keys: list[str], words: list[str]) -> bool:
    """Whether a key stands for several words or for the start of one: the line then spells
    out what the short form abbreviates, which proves it names the same body."""
    return any(len(span) > 1 or keys[k] not in squashes(words[span[0]]) for k, span in used.items())
