"""A person's own name in the From display of a service's mail, and the firm beside it.

An ATS or scheduling tool sends under the recruiter's name ("Dana Whitlock"
<noreply@ats...>): a reader sees a person there, since the mail signs with that same name
over a title and the firm, and looks for the employer elsewhere. A display that sets the
person and the firm apart by a dash ("Sanne Visser - Polderlink") names the firm after the
dash where the sender's address spells it (polderlink@..., selectarh.example).

Why a module of its own: ``employer`` orders the evidence; this reads the writer's display,
as ``writers`` does for the other shapes of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import normalise_company, squash
from .spelling import leading_name, names_an_organisation

_DASHED = re.compile(r"^(?P<who>[^–—|()]+?)\s+[-–—]\s+(?P<firm>[^–—|()]+)$")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?")
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du"))


def _personal(words: Sequence[str]) -> bool:
    """Two to four words that read as a person's name: capitalised (particles aside) and
    none of an organisation's or a desk's ("Lakeshore Careers", "Acme Labs" are not)."""
    if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[0]):
        return False
    if not all(_NAME_WORD.fullmatch(w) or w.lower() in _PARTICLES for w in words[1:]):
        return False
    joined = " ".join(words)
    return not names_an_organisation([w.lower() for w in words]) and (
        normalise_company(joined) == joined
    )


_ON_BEHALF = re.compile(
    r"^.+?\s+(?i:on\s+behalf\s+of|im\s+auftrag\s+(?:von|der|des)|au\s+nom\s+de|"
    r"pour\s+le\s+compte\s+de|en\s+nombre\s+de|por\s+cuenta\s+de|namens)\s+"
    r"(?P<firm>[A-ZÀ-ÖØ-Þ][^()<>|]{1,60}?)\s*$"
)


def on_behalf_of(display: str) -> str | None:
    """The firm a display says the mail is sent for: "Workday on behalf of Fenmore Foods",
    "Jobportal im Auftrag von Stadtwerke Fallingen", "Talentia au nom de Maison Vey"."""
    match = _ON_BEHALF.match(" ".join(display.split()))
    return match.group("firm") if match else None


def firm_after_person(display: str, sender: str) -> str | None:
    """The firm in "Person - Firm" where the sender's mailbox or domain spells it."""
    match = _DASHED.match(" ".join(display.split()))
    if not match or not _personal(match.group("who").split()):
        return None
    firm = match.group("firm").strip()
    flat = squash(firm)
    local, _, domain = sender.lower().partition("@")
    parts = [squash(p) for p in (local, *domain.split(".")[:-1]) if p]
    if len(flat) >= 4 and any(p == flat or (len(p) >= 4 and p in flat) for p in parts):
        return firm
    return None


def without_firm(people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(display, address) pairs with "Person - Firm" displays cut to the person: the firm's
    name in "Sanne Visser - Polderlink" at polderlink@ is no part of a person's name."""
    out = []
    for display, address in people:
        if firm_after_person(display, address):
            display = _DASHED.match(" ".join(display.split())).group("who")  # type: ignore[union-attr]
        out.append((display, address))
    return out


def signs_as_person(display: str, texts: Sequence[str], sender: str) -> bool:
    """Whether a display is a person's name the mail signs with on a line of its own, over
    a line that sets a title or desk beside the firm ("Shalini Rao" over "People Team,
    Kallang Bytes"). A firm's own mailbox (lumiereanalytique@ for "Lumière Analytique")
    and a firm's name signing alone are no person's."""
    words = display.split()
    raw = sender.partition("@")[0].lower()
    local, flat = squash(raw), squash(display)
    # a firm's mailbox spells its name glued ("grupoaltamira@", "pennard@"); a person's
    # parts its name ("jorinde-maas@", "anneliese.burke@")
    glued = len(local) >= 4 and local in flat and not re.search(r"[._-]", raw)
    if not _personal(words) or glued:
        return False
    wanted = " ".join(words)
    for text in texts:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        for i, line in enumerate(lines[:-1]):
            if line.rstrip(",") == wanted and _TITLE_BESIDE_FIRM.search(lines[i + 1]):
                return True
    return False


# "Talent Acquisition Partner, Birchline Systems", "HR · Gletscherbräu AG"
_TITLE_BESIDE_FIRM = re.compile(r"\S\s*(?:,|\||·|•|–|—| - )\s*[A-ZÀ-ÖØ-Þ]")


# "Sent via Hospitably on behalf of Tidewater Hotels Ltd.", "Gesendet über Jobwerk im Auftrag
# von Stadtwerke Fallingen GmbH", "Envoyé via Talentia au nom de Maison Vey": a tool's footer
_SENT_FOR = re.compile(
    r"\b(?i:via|through|über|par|por|door|vía)\s+(?P<tool>[A-ZÀ-ÖØ-Þ][\w.-]{2,30})\s+"
    r"(?i:on\s+behalf\s+of|im\s+auftrag\s+(?:von|der|des)|au\s+nom\s+de|pour\s+le\s+compte\s+de|"
    r"en\s+nombre\s+de|por\s+cuenta\s+de|namens|in\s+opdracht\s+van)\s+"
    r"(?P<firm>[A-ZÀ-ÖØ-Þ][^\n<>|·•]{1,80})"
)


def sent_for(texts: Sequence[str], sender_label: str) -> str | None:
    """The firm a tool's footer says the mail is sent for, where the tool is the one whose
    domain sends it (the sender's ``sender_label``, squashed): the tool's name that the
    domain spells is no employer's."""
    if len(sender_label) < 3:
        return None
    for text in texts:
        for match in _SENT_FOR.finditer(text[:20000]):
            if squash(match.group("tool")) != sender_label:
                continue
            firm = leading_name(match.group("firm"))
            if firm:
                return firm
    return None


_VIA_BOARD = re.compile(r"\s(?:via|über|vía)\s+(?P<board>\S.*)$", re.IGNORECASE)


def board_via(display: str, sender_domain: str) -> str:
    """The board or tool after "via" in a display, where the sender's domain spells it and
    what stands before it is not an organisation's name ("Coldharbour Retail Group via
    OneTake" names the firm itself; before a person's name the board's phrases name it)."""
    match = _VIA_BOARD.search(display)
    if not match or names_an_organisation(display[: match.start()].split()):
        return ""
    board = match.group("board").strip()
    flat = squash(board)
    return board if len(flat) >= 4 and flat in squash(sender_domain) else ""
