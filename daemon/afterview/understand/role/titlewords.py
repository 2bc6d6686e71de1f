"""The words a job title is made of, read both where titles are found (:mod:`.title`) and
where a found run is cleaned into one (:mod:`.titleclean`).

Why a module of its own: the finder and the clean-up both need to know a job noun and the small
words that join a title's parts ("Head of Sales", "Chef de projet"), and neither should own
the other.
"""

from __future__ import annotations

import re

# The small words inside a title: "Head of Sales", "Chargé d'études", "Leiter für IT".
JOIN = r"(?:of|and|&|de|del|des|du|d'|für|und|en|van|voor|der|y|et|/|-|–|la|le)"
# The nouns a job title ends in (or, in Romance languages, starts with); the kind rules read
# them as a sign that mail is about a job.
JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|analyst|manager|designer|scientist|architect|lead|director|"
    r"specialist|consultant|coordinator|administrator|officer|associate|intern|internship|"
    r"assistant|accountant|planner|artist|writer|editor|researcher|technician|representative|"
    r"executive|head|vp|owner|marketer|strategist|advisor|adviser|operator|"
    r"controller|nurse|teacher|tutor|programmer|tester|qa|sre|devops|agent|buyer|counsel|"
    r"lawyer|paralegal|economist|statistician|producer|animator|illustrator|photographer|"
    r"chef|cook|driver|mechanic|electrician|auditor|principal|apprentice|trainee|supervisor|"
    r"werkstudent\w*|\w*entwickler\w*|\w*ingenieur\w*|berater\w*|\w*leiter\w*|referent(?:in)?|"
    r"\w*(?:medewerker|voorbereider|beheerder|ontwikkelaar|adviseur|analist|consulent|monteur|"
    r"techniker|spezialist\w*|architekt\w*|kaufmann|kauffrau|strateg\w*)|"
    r"sachbearbeiter\w*|designerin|managerin|développeu\w+|ingénieu\w+|chef de projet|"
    r"responsable|chargée?|contrôleu\w+|diseñador\w*|desarrollador\w*|ingenier[oa]|jefe|jefa|"
    r"analista|técnic[oa]|projectleider|ontwikkelaar|adviseur|medewerker|beheerder|"
    r"teamleider|coördinator|analist)\b",
    re.IGNORECASE,
)
