"""An "audition" before a selection board is an interview, and a summons to one at one stated
time books it.

Public employers in France, Belgium and Spain call the interview an "audition" (before a
"jury"), and a summons ("vous êtes convoqué à une audition le ...") names the one time: that is
a booked interview, not a request. Worded afresh (other bodies, languages, layouts), with
counter-cases: an audition with no job in view, and a summons that leaves the time to choose.
"""

from __future__ import annotations

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import rules_only
from classifymail import ME, mail


def rules_kind(raw: bytes, subject: str) -> str:
    return rules_only(parse_message(mail(raw, subject=subject, frm=HR)), me=(ME,)).kind


HR = "Service du recrutement <recrutement@ville-exemple.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Convocation - audition - poste de juriste",
            "Madame,\n\nSuite à l'examen de votre candidature au poste de juriste, vous êtes"
            " convoquée à une audition devant le jury le jeudi 10 décembre 2026 à 9 h 45, à"
            " l'Hôtel de Ville, salle du conseil.\n\nVeuillez agréer, Madame, mes salutations"
            " distinguées.\n\nLe directeur général des services\n",
        ),
        (
            "Audition - recrutement d'un(e) bibliothécaire",
            "Monsieur,\n\nVotre candidature au poste de bibliothécaire a retenu l'attention de"
            " la commission. Nous avons le plaisir de vous convoquer à une audition le :\n\n"
            "LUNDI 7 DÉCEMBRE 2026 à 16 h 00\n\nà la médiathèque centrale, 3 rue des Lilas."
            "\n\nCordialement,\nLe service des ressources humaines\n",
        ),
        (
            "Convocatoria audición - plaza de técnico de cultura",
            "Estimada candidata:\n\nLe comunicamos que su candidatura ha sido admitida y queda"
            " convocada a la audición ante el tribunal el martes 15 de diciembre de 2026 a las"
            " 10:30 en la sede del Ayuntamiento.\n\nAtentamente,\nRecursos Humanos\n",
        ),
    ],
)
def test_a_summons_to_an_audition_at_one_time_is_a_booked_interview(
    subject: str, body: str
) -> None:
    assert rules_kind(body, subject) == "interview_scheduled"


def test_a_summons_that_leaves_the_slot_to_choose_is_still_a_request() -> None:
    body = (
        "Madame,\n\nVotre candidature au poste de juriste a été retenue. Nous souhaitons vous"
        " convoquer à une audition devant le jury. Merci de nous indiquer vos disponibilités"
        " parmi les créneaux suivants : mardi 8 décembre à 10 h ou mercredi 9 décembre à"
        " 14 h.\n\nCordialement,\nLe service des ressources humaines\n"
    )
    assert rules_kind(body, "Audition - poste de juriste") == "interview_request"


def test_an_audition_with_no_job_in_view_is_unrelated() -> None:
    body = (
        "Bonjour,\n\nLes auditions pour la chorale de Noël auront lieu le samedi 5 décembre à"
        " 14 h à la salle paroissiale. Venez nombreux !\n\nLa chorale\n"
    )
    assert rules_kind(body, "Auditions chorale") == "unrelated"
