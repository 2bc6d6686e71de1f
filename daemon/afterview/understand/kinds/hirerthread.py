"""A hirer on free mail: when a personal sender is the one hiring, not a friend.

:mod:`.screening` asks this module whether a personal sender acts as a hirer: settling meeting
times (``settling_times``), offering the job (``offering``) or turning the reader down
(``refusing``) about the job, in a thread that is the job's (``hiring_thread``) and not a
friend's talk of the reader's search (``friends_talk``): the signs of :class:`HirerSigns`.

Free mail is a friend's more often than an employer's, so :mod:`.screening` calls a personal
sender's mail unrelated unless it acts as a hirer. A founder, a shop owner or a tradesman
answering from their phone often says nothing of the job in the reply itself ("Great,
Thursday works for us", "passt, dann sehen wir uns am Freitag um 14 Uhr", "we decided to go
with someone who's shipped ledgers before"): the thread says it. A reply whose subject names
the application or the post ("Re: Bewerbung als Tischler", "Re: Candidature serveur", "Re:
Assistant baker - Crumbs & Co"), or whose quoted history is about the job ("Thanks for getting
back to me about the Frontend Developer role"), comes from the person the candidate is
dealing with about it, unless the thread tells the reader's search as a friend hears of it
("my interview at Halden is on Thursday", "I've just applied for the barista job", "how did
the interview go?"). A forward is never such a reply: the reader may pass their own
application to a friend to read.
"""

from __future__ import annotations

import re
from functools import cached_property

from ..phrases import cues, lexicon
from ..reading import Reading
from ..role.title import names_a_job
from .aboutajob import addressed
from .evidence import JOB_STRONG, Evidence, meeting_in_a_job_thread, scheduling_of
from .relevance import role_named, title_in_heading
from .takenslot import thread_slot_taken

# A forward's subject prefix anywhere in it (a reply's is the reading's: ``subject_counts``).
_FORWARD = re.compile(r"\b(?:fwd?|wg|tr|rv|doorgestuurd)\s*:", re.IGNORECASE)
# A job named by the word itself in the thread: "about the assistant baker job", "this
# kitchen job" (not the reader's or a friend's "new job", nor "the job hunt").
_JOB_NAMED = re.compile(
    r"\b(?:the|this|that|your)\s+(?!(?:new|old|dream|first|current|next|last|day|whole)\b)"
    r"(?:[\w-]+\s+){1,3}job\b(?!\s+(?:hunt|search|market|board|alert|fair|site|ad|offer))",
    re.IGNORECASE,
)
# The reader's own application named as theirs is what they write to the hirer too ("Thanks
# for answering my application", "Gracias por responder a mi candidatura"): no friend's news.
_OWN_APPLICATION_ONLY = re.compile(
    r"(?:my|mi|mijn|ma|mon|meine?)\s+(?:application|candidacy|candidature|candidatura|"
    r"postulación|Bewerbung|sollicitatie)",
    re.IGNORECASE,
)
# The reader's search told to or asked about by a friend: an application sent somewhere
# ("I've just applied for", "ich habe mich ... beworben", "j'ai postulé", "he enviado mi
# candidatura", "ik heb gesolliciteerd"), an interview asked after ("how did the interview
# go?", "wie lief das Gespräch?", "comment s'est passé l'entretien ?", "¿qué tal la
# entrevista?", "hoe ging het gesprek?"), or wished luck for.
_TOLD_TO_A_FRIEND = re.compile(
    r"\bI(?:'ve|\s+have)?\s+(?:just\s+|finally\s+|also\s+)?applied\s+(?:for|to)\b|"
    r"\bich\s+habe\s+mich\b[^.!?\n]{0,60}\bbeworben\b|\bj'ai\s+(?:enfin\s+)?postulé\b|"
    r"\bhe\s+(?:aplicado|postulado|(?:enviado|mandado)\s+(?:mi|el)\s+(?:candidatura|CV|"
    r"currículum))\b|\bik\s+heb\s+(?:ge)?solliciteerd\b|"
    r"\bhow\s+(?:did|was|'d)\s+(?:your|the|it|that)\b[^.!?\n]{0,30}\b(?:interview|go|went)\b|"
    r"\bwie\s+(?:lief|war)\s+(?:dein|das|es)\b|\bcomment\s+s'est\s+passée?\b|"
    r"\bqué\s+tal\s+(?:te\s+fue|fue|la\s+entrevista)\b|\bhoe\s+(?:ging|was)\s+(?:het|je|jouw)\b|"
    r"\bfingers\s+crossed\b|\bDaumen\b|\bwish\s+me\s+luck\b",
    re.IGNORECASE,
)
# Luck wished for the reader's interview ahead: "Good luck with your interview tomorrow",
# "best of luck for tomorrow's interview", "viel Glück bei deinem Vorstellungsgespräch",
# "bonne chance pour ton entretien", "mucha suerte en tu entrevista", "veel succes met je
# sollicitatiegesprek". Not luck for the next or other interviews: a hirer turning the reader
# down wishes that.
_LUCK_WISHED = re.compile(
    r"\b(?:good|best\s+of)\s+luck\s+(?:with|for|in|at|on)\s+(?:your|the|tomorrow'?s|"
    r"today'?s)\s+(?!(?:next|future|other|job)\b)(?:[\w-]+\s+)?interview\b|"
    r"\bbreak\s+a\s+leg\b|"
    r"\bviel\s+(?:Glück|Erfolg)\b[^.!?\n]{0,30}\b(?:bei|für)\s+(?:deinem|dein|Ihrem|dem)\s+"
    r"(?:\w+\s+)?(?:Vorstellungsgespräch|Gespräch|Interview)\b|"
    r"\bbonne\s+chance\s+(?:pour|à)\s+(?:ton|votre|l')\s*(?:\w+\s+)?entretien\b|"
    r"\b(?:mucha\s+)?suerte\s+(?:en|con|para)\s+(?:tu|la)\s+(?:\w+\s+)?entrevista\b|"
    r"\b(?:veel\s+)?(?:succes|sterkte)\s+(?:met|bij|tijdens)\s+(?:je|jouw|het)\s+"
    r"(?:\w+\s+)?(?:sollicitatiegesprek|gesprek)\b",
    re.IGNORECASE,
)

# A meeting to get the reader ready for their application or interview elsewhere: "to go
# over your CV", "pour préparer ton entretien", "dan oefenen we je gesprek", "gehen deine
# Bewerbung zusammen durch", "para preparar tu entrevista": a friend's or a mentor's help.
_PREPARING = re.compile(
    r"\b(?:prep(?:are)?|practi[cs]e|rehearse|go\s+(?:over|through)|look\s+(?:at|over))\s+"
    r"(?:for\s+)?(?:your|the)\s+(?:\w+\s+)?(?:interview|application|CV|cover\s+letter)\b|"
    r"\b(?:préparer|relire)\s+(?:ton|ta|votre|l')\s*(?:entretien|candidature|CV)\b|"
    r"\b(?:preparar|repasar|practicar|revisar)\s+(?:tu|la)\s+(?:entrevista|candidatura|CV)\b|"
    r"\b(?:oefenen|voorbereiden|doornemen)\b[^.!?\n]{0,20}\b(?:je|jouw)\s+(?:gesprek|"
    r"sollicitatie|cv)\b|\b(?:je|jouw)\s+(?:gesprek|sollicitatie|cv)\b[^.!?\n]{0,20}\b(?:oefenen|"
    r"voorbereiden|doornemen|door)\b|"
    r"\b(?:deine|Ihre)\s+(?:Bewerbung|Unterlagen|Vorstellungsgespräch)\b[^.!?\n]{0,30}\b"
    r"(?:durch|vorbereiten|üben)\b|\b(?:vorbereiten|üben)\b[^.!?\n]{0,20}\b(?:dein|Ihr)\w*\s+"
    r"(?:Vorstellungsgespräch|Bewerbung)\b",
    re.IGNORECASE,
)


# Spanish says "we" in the verb of a decision too: "no vamos a poder avanzar", "decidimos".
_SPANISH_WE = re.compile(
    r"\b(?:vamos|decidimos|elegimos|optamos|seguimos|preferimos|pudimos|podremos)\b", re.I
)


class HirerSigns:
    """What one message's mail does as a hirer's, each sign read at most once: the screening
    steps ask about several of them twice, and settling times and refusing both need the
    thread to be the job's, which needs it not to be a friend's talk."""

    def __init__(self, r: Reading, ev: Evidence) -> None:
        self.r = r
        self.ev = ev

    @cached_property
    def friends_talk(self) -> bool:
        """The mail or its thread speaks of the reader's search as a friend does: their news
        told or asked after, luck wished for their interview, or a meeting to get them ready
        for it (see :data:`_PREPARING`)."""
        r, ev = self.r, self.ev
        told = f"{r.new}\n{ev.history}"
        if _TOLD_TO_A_FRIEND.search(told) or _PREPARING.search(r.new):
            return True
        # a hirer wishing luck for its own interview confirms it in the same message
        if _LUCK_WISHED.search(r.new) and not self.books_or_invites:
            return True
        return any(
            not _OWN_APPLICATION_ONLY.fullmatch(found.group(0))
            for found in cues.OWN_JOURNEY.finditer(told)
        )

    @cached_property
    def books_or_invites(self) -> bool:
        """The new text confirms a meeting or invites to one (not a step still to come)."""
        sentences = self.r.sentences
        return bool(
            lexicon.hits(lexicon.CONFIRMED, sentences)
            or lexicon.hits(lexicon.INVITE, sentences, skip=lexicon.NOT_YET_YOURS)
        )

    @cached_property
    def hiring_thread(self) -> bool:
        """The mail is a reply in a thread about the job with the person hiring for it (see
        the module's docstring): its subject names the application or the post, or its
        history is about the job, and nothing in it is a friend's talk of the reader's
        search."""
        r, ev = self.r, self.ev
        subject = r.msg.subject or ""
        if _FORWARD.search(subject) or not (not r.subject_counts or ev.history.strip()):
            return False
        about = bool(
            ev.history_job
            or bool(_JOB_NAMED.search(ev.history))
            or bool(JOB_STRONG.search(r.subject))
            or names_a_job(r.subject)
            or title_in_heading(r)
        )
        return about and not self.friends_talk

    @cached_property
    def settling_times(self) -> bool:
        """A hirer on free mail (a founder, a hotel's receptionist) answering about the job
        ("Re: Product Designer", "thanks for your CV") by inviting, asking for slots ("Pásame
        dos o tres huecos") or taking one: a friend does not settle meeting times about the
        user's CV."""
        r, ev = self.r, self.ev
        about_the_job = (
            (ev.history_job and role_named(r))
            or cues.SECOND_PERSON_JOB.search(f"{r.subject}\n{r.new}")
            # the thread opened by a hirer about the user's application: "thanks for dropping
            # your CV in for the baker job ... we're done by 9", "danke für Ihre Unterlagen zur
            # Stelle ... in unserer Werkstatt", "Votre candidature nous a beaucoup plu"
            or (
                ev.history_job
                and cues.SECOND_PERSON_JOB.search(ev.history)
                and cues.EMPLOYER_VOICE.search(ev.history)
            )
            or meeting_in_a_job_thread(r, ev.history)
            # a reply in the thread about the job: "Re: Bewerbung als Tischler" over "Ich
            # könnte Donnerstag oder Freitag", answered "passt, dann sehen wir uns am Freitag
            # um 14 Uhr"
            or self.hiring_thread
        )
        if not about_the_job or r.own_journey or self.friends_talk:
            return False
        asks = lexicon.hits(lexicon.CHOOSE, r.sentences, before=lexicon.UNDECIDED)
        if (
            asks
            or self.books_or_invites
            # or putting one time or a visit as a question: "can you come in Thursday at 3?"
            or lexicon.hits(lexicon.ASK_FIT, r.sentences)
            # or calling the meeting off: "so sorry, I have to cancel tomorrow"
            or lexicon.own_cancellations(r.sentences)
        ):
            return True
        # or fixing one time ("i have u down for tmrw at 3"), or taking one the thread offered
        # ("perfect!! thurs at 3 it is" over the reader's list of windows)
        s = scheduling_of(r, ev)
        return s.stated or (
            bool(ev.history.strip())
            and thread_slot_taken(r, s.found, s.confirmed, ev.history) is not None
        )

    @cached_property
    def refusing(self) -> bool:
        """A founder or a shop owner on free mail turning the reader down in the firm's
        voice, in the thread about the job ("we've decided to go with someone who's shipped
        ledgers before", "wir haben uns leider für jemanden entschieden, der ..."): a friend
        tells of their own refusals, they do not decide as "we" on the reader's
        application."""
        r = self.r
        return bool(
            self.ev.rejection
            and (cues.EMPLOYER_VOICE.search(r.new) or _SPANISH_WE.search(r.new))
            and not r.own_journey
            and self.hiring_thread
        )

    @cached_property
    def offering(self) -> bool:
        """A founder or a shop owner on free mail offering the reader the job in the firm's
        voice ("We'd love to have you join Ferncastle as our first platform engineer", "wir
        möchten dich als Teamleiterin einstellen"): a friend passes news of a job on, they do
        not offer it as "we" naming the post (a car's or a sofa's "offer" names none)."""
        r = self.r
        return bool(
            self.ev.offer
            and cues.EMPLOYER_VOICE.search(r.new)
            and not r.own_journey
            and addressed(r, self.ev)
        )
