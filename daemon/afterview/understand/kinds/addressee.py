"""Who an outcome is said to: ``told_to_the_reader(text) -> bool``.

A rejection or an offer is a decision about the reader's own candidacy, so it is said to
them: "you", "your application", "Sie", "vous", "te", "je", or at least a greeting to one
person. The same words said to a group ("Dear members, the treasurer post is now filled",
"Liebe Nachbarn", "Bonjour à tous") or told of others in a digest that never addresses the
reader ("Globex went with an internal candidate") are news about somebody else's post.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

# A greeting to a group: members, neighbours, parents, "all", "zusammen", "à tous", "a todos",
# "allemaal". (Not "Dear applicant", "Dear candidates": the people a refusal is for.)
_GROUP = (
    r"(?:all|everyone|everybody|folks|(?:\w+\s+)?(?:members|neighbours|neighbors|residents|"
    r"parents|friends|supporters|subscribers|readers|volunteers|colleagues|fans|players|"
    r"runners|swimmers|singers|guests|customers|families)|(?:\w+\s+)?readers?|"
    r"(?:Leserinnen\s+und\s+Leser|\w*leser\w*|Abonnent\w*)|lecteurs|lectrices|lectores|lectoras|lezers|"
    r"zusammen|alle|(?:\w*mitglieder|\w*nachbarn|\w*eltern|\w*freunde|\w*freundinnen)|"
    r"à\s+tous|à\s+toutes|tout\s+le\s+monde|(?:\w+\s+)?(?:membres|voisins|parents|amis|"
    r"adhérents|bénévoles|abonnés)|"
    r"a\s+todos|a\s+todas|(?:\w+\s+)?(?:socios|socias|vecinos|vecinas|padres|amigos|miembros|"
    r"voluntarios)|"
    r"allemaal|(?:\w+\s+)?(?:leden|buren|ouders|vrienden|vrijwilligers|bewoners))"
)
_ALL = re.compile(
    r"\b(?:all|everyone|everybody|folks|zusammen|alle|tous|toutes|tout\s+le\s+monde|todos|todas|"
    r"allemaal)\s*(?:[,!:.\n]\s*)?\Z",
    _FLAGS,
)
GROUP_GREETING = re.compile(
    r"\A\s*(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|liebe|lieber|"
    r"hallo|servus|moin|sehr\s+geehrte|chers|chères|cher|chère|bonjour|bonsoir|salut|queridos|"
    r"queridas|querido|querida|estimados|estimadas|hola|buenos\s+días|beste|lieve|hoi|goedemorgen)"
    rf"\s*,?\s+{_GROUP}\s*[,!:.\n]",
    _FLAGS,
)
# Words that speak to the reader, in the five languages (German and Dutch polite forms by
# their capital where lower case means "they"/"she").
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|ya|u)\b|"
    r"\b(?-i:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b|\b(?:du|dich|dir|dein\w*|euch|euer\w*)\b|"
    r"\b(?:vous|votre|vos|tu|toi|ton|ta|tes)\b|\bt'|"
    r"\b(?:usted|ustedes|tú|tu|tus|ti|contigo|te)\b|\b\w+(?:ar|er|ir|ndo)(?:te|le|les)\b|"
    # the formal Spanish reader ("Le informamos", "su candidatura"): "su" alone is anyone's
    r"\b(?:le|les)\s+(?:informamos|comunicamos|agradecemos|escribimos|contactamos|confirmamos|"
    r"invitamos|ofrecemos|deseamos|felicitamos|rogamos)\b|"
    r"\bsus?\s+(?:candidatura|solicitud|postulaci[oó]n|perfil|aplicaci[oó]n|participaci[oó]n)\b|"
    r"\b(?:je|jij|jou|jouw|uw)\b|\b(?-i:U)\b",
    _FLAGS,
)
# A greeting that names one person: "Hi Alex,", "Dear Ms Patel", "Hallo Frau Weber", "Hola
# Marta:", "Hi Noor sorry for the late answer".
_PERSONAL_GREETING = re.compile(
    r"\A\s*(?:dear|hi|hello|hey|liebe|lieber|hallo|sehr\s+geehrte[r]?|cher|chère|bonjour|"
    r"querido|querida|estimad[oa](?:/[oa])?|hola|beste|geachte|hoi)\s+(?:\w+\.?\s+){0,2}?"
    r"(?-i:[A-Z])[\w'-]*\b",
    _FLAGS,
)


# Calling the reader by name or as a pal, without a greeting word: "Rowan sorry pal, job's
# gone", "Sam - quick one", "sorry mate", "tío", "maat".
_VOCATIVE = re.compile(
    r"\A\s*(?-i:[A-Z])[\w'-]+\s*(?:[,\u2013\u2014-]|\s(?=(?:sorry|thanks|thank|unfortunately|"
    r"bad\s+news|good\s+news|just|quick|afraid|leider|désolé|lo\s+siento|sorry|helaas)\b))|"
    # the name after the first word: "Sorry Sam, we've filled all the Christmas jobs",
    # "Leider Frau Öz, ...", "Helaas Sam, ..." (not "Sorry all,")
    r"\A\s*(?:sorry|thanks|thank\s+you|cheers|unfortunately|leider|helaas|désolée?|lo\s+siento|"
    r"perdona)\s+(?!(?:all|everyone|everybody|folks|guys|team|alle|allemaal|tous|todos)\b)"
    r"(?:(?:Frau|Herr|Mr|Mrs|Ms|Miss|Mevrouw|Meneer|Madame|Monsieur)\.?\s+)?(?-i:[A-Z])[\w'-]+"
    r"\s*[,!:\u2013\u2014-]|"
    # a name typed in lower case after a greeting: "hey sam!!", "hi kay," (not "hi all,")
    r"\A\s*(?:hey|hi|hiya|hello|hallo|hoi|hola|salut)\s+(?!(?:all|everyone|everybody|team|guys|"
    r"folks|there|y'all|alle|allemaal|zusammen|todos|tous|everyone)\b)[a-z][\w'-]+\s*[!,]|"
    r"\b(?:pal|mate|buddy|dude|bro|hun|mein\s+Lieber|meine\s+Liebe|mon\s+vieux|tío|tía|chaval|maat|"
    r"makker)\b",
    _FLAGS,
)


def told_to_the_reader(subject: str, text: str) -> bool:
    """Whether the mail (its ``subject`` and new words ``text``) speaks to one reader, not to
    a group."""
    if GROUP_GREETING.search(text):
        return False
    return bool(
        _SECOND_PERSON.search(subject)
        or _SECOND_PERSON.search(text)
        or _PERSONAL_GREETING.search(text)
        or _VOCATIVE.search(text)
    )


def to_a_community(text: str) -> str | None:
    """The greeting, when ``text`` greets a community by name ("Dear members", "Liebe
    Nachbarn", "Chers membres", "Hola lectores", "Beste leden"): no employer writes so to one
    candidate. A greeting to "all" may still open mail to a group of candidates."""
    greeting = GROUP_GREETING.search(text)
    if greeting is None or _ALL.search(greeting.group(0)):
        return None
    return greeting.group(0).strip()
