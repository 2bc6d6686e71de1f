"""A sender's short name as the mail writes it in full.

An ATS's or a desk's display name gives the employer short ("Lakeshore County Careers",
"Meridian Trust Careers", "DLCD Careers"); the mail writes it out ("the Lakeshore County
Health Department", "Meridian Trust Bank", "the Department for Learning and Child
Development"). The fuller form must end in a word of organisations or recur, so that "Acme"
does not become a product ("Acme Cloud Console") named once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .acronyms import looks_like_acronym
from .names import normalise_company, word_set
from .spelling import capital_runs, in_full, is_institution, names_an_organisation

# The last words of public bodies' names that NAME_ENDINGS (words of firms) leaves out.
_BODY_ENDINGS = word_set("department agency service board office ministry directorate")


def written_out(name: str, texts: Sequence[str]) -> str:
    """The sender's short name as the mail writes it in full: "Lakeshore County Careers"
    writing "with the Lakeshore County Health Department", "Meridian Trust Careers" signing
    "Meridian Trust Bank". The fuller form must end in a word that names an organisation
    or recur, so that "Acme" does not become a product ("Acme Cloud Console") named once."""
    full = _with_words_before(in_full(name, texts), texts)
    if full != name and looks_like_acronym(name):
        return full  # "DLCD Careers" writing "the Department for Learning and Child Development"
    if full == name or not full.lower().startswith(name.lower()):
        # the short name recurs more often than the full one ("joining Northgate Home &
        # Garden" once, "Northgate" three times): the full one still names the employer
        return _organisation_named(name, texts) or name
    last = full.split()[-1].lower()
    if names_an_organisation(full.split()) or is_institution(full) or last in _BODY_ENDINGS:
        return full
    organised = _organisation_named(name, texts)
    if organised:
        return organised  # "Harborline Hotels & Resorts" over its hotel "Harborline Grand Savannah"
    flat = "\n".join(texts)
    return full if len(re.findall(rf"\b{re.escape(full)}\b", flat)) >= 2 else name


def _with_words_before(full: str, texts: Sequence[str]) -> str:
    """A name the texts always write after more words of it, as those write it: "NHS
    Foundation Trust" of an "NHS Careers" sender is "Ashby Moor NHS Foundation Trust"."""
    words = full.split()
    n = len(words)
    longer = [
        run for text in texts for run in capital_runs(text) if len(run) > n and run[-n:] == words
    ]
    alone = any(run == words for text in texts for run in capital_runs(text))
    if not longer or alone:
        return full
    run = max(longer, key=len)
    if not (names_an_organisation(run) or is_institution(" ".join(run))):
        return full
    return normalise_company(" ".join(run)) or full


def _organisation_named(name: str, texts: Sequence[str]) -> str | None:
    """The longest form the texts write of ``name`` that ends in a word of organisations."""
    words = name.split()
    found = [
        run
        for text in texts
        for run in capital_runs(text)
        if len(run) > len(words)
        and run[: len(words)] == words
        and (names_an_organisation(run) or is_institution(" ".join(run)))
    ]
    return normalise_company(" ".join(max(found, key=len))) if found else None
