"""Language-dependent words the drafts need: weekdays, dates and bracketed placeholders.

Fixed tables rather than the C library's locale: the process locale is whatever systemd
gives the daemon (often ``C``), and a draft's language must not depend on it.
"""

from __future__ import annotations

from datetime import date

SUPPORTED = ("en", "de", "fr", "es", "nl")

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
_DATE_FORMATS = {
    "en": "{day} {month}",
    "de": "{day}. {month}",
    "fr": "{day} {month}",
    "es": "{day} de {month}",
    "nl": "{day} {month}",
}
# {name} is the recipient's first name; the second form is used when it is unknown.
_PLACEHOLDERS = {
    "en": {
        "role": "[role]",
        "company": "[company]",
        "topic": "[one specific thing you discussed with {name}]",
        "topic_anonymous": "[one specific thing you discussed]",
    },
    "de": {
        "role": "[Stelle]",
        "company": "[Unternehmen]",
        "topic": "[ein konkretes Thema aus dem Gespräch mit {name}]",
        "topic_anonymous": "[ein konkretes Thema aus dem Gespräch]",
    },
    "fr": {
        "role": "[intitulé du poste]",
        "company": "[entreprise]",
        "topic": "[un point précis abordé avec {name}]",
        "topic_anonymous": "[un point précis abordé pendant l'entretien]",
    },
    "es": {
        "role": "[puesto]",
        "company": "[empresa]",
        "topic": "[un tema concreto que trataste con {name}]",
        "topic_anonymous": "[un tema concreto que tratasteis en la entrevista]",
    },
    "nl": {
        "role": "[functie]",
        "company": "[bedrijf]",
        "topic": "[één concreet onderwerp uit het gesprek met {name}]",
        "topic_anonymous": "[één concreet onderwerp uit het gesprek]",
    },
}


def normalise(language: str | None) -> str | None:
    """``"de-CH"`` -> ``"de"``; None for anything not supported (including ``auto``)."""
    if not language:
        return None
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in SUPPORTED else None


def weekday(d: date, language: str) -> str:
    return _WEEKDAYS[language][d.weekday()]


def long_date(d: date, language: str) -> str:
    month = _MONTHS[language].split()[d.month - 1]
    return _DATE_FORMATS[language].format(day=d.day, month=month)


def placeholders(language: str, first_name: str | None) -> dict[str, str]:
    """The bracketed placeholders of ``language``; ``topic`` names the person when known."""
    table = _PLACEHOLDERS[language]
    topic = table["topic"].format(name=first_name) if first_name else table["topic_anonymous"]
    return {"role": table["role"], "company": table["company"], "topic": topic}
