"""Kind rules for a job gone to someone else, pinned by mail written for them (not the dev
sets' wording).

Rejections said as the job going to someone else or the application not carried on, in
several registers and languages, beside the mail that says such words without deciding
anything (a receipt's "until the position is filled", a hypothetical "go another way", a
colleague one goes with on a site tour).
"""

from __future__ import annotations

from functools import partial

import pytest

from afterview.understand.reading import sentences_of
from classifymail import mail, rules_kind

_mail = partial(mail, subject="Re: your application", message_id="<r8@acme.example>")

PASSED_OVER = [
    # went with someone described, in a trade's register
    "Hi Dana, bad news I'm afraid. The site manager went with a fella who already holds his "
    "scaffolding ticket, so they won't need you Monday. Sorry about that.",
    "Morning Dana - the clinic ended up going with a local applicant who's done their "
    "induction already. Gutted for you, I'll keep looking.",
    "we've gone with an internal candidate whose background is closer to the product side. "
    "Thanks for your time on the calls.",
    # went another way
    "Hey Dana, quick one: we went another way on the designer hire. All the best!",
    "Honestly, we're going in a different direction for this role. Appreciate you.",
    # the post offered to someone else
    "Thank you for meeting the panel. We have offered the Senior Bid Writer post to another "
    "applicant, who has accepted.",
    "After a lot of thought I've decided to offer the Store Lead role to one of our "
    "assistant managers who has covered the shop all year.",
    "We decided to offer the Research & Policy Officer position to someone whose fieldwork "
    "is closer to the brief.",
    "In the end we decided for a candidate who has more years with SAP, which is key here.",
    # the application not carried on
    "We have reviewed every application and will not be progressing yours to the next stage "
    "on this occasion.",
    "Kindly note the position is filled now. We will keep your CV on file.",
    "Feedback from the client on your CV - not shortlisted, they want more Kotlin.",
    "We have decided to fill the coordinator spot internally after a late transfer request.",
    # German
    "Nach sorgfältiger Prüfung haben wir entschieden, Ihre Bewerbung nicht weiter zu "
    "berücksichtigen.",
    "Leider sehen wir uns nicht in der Lage, Ihre Bewerbung im weiteren Verfahren zu "
    "berücksichtigen.",
    "Die Jury hat sich nach langer Beratung für eine Bewerberin entschieden, deren Profil "
    "noch besser passt.",
    "Wir haben beschlossen, die Stelle Projektleitung Tiefbau (m/w/d) mit einem Kandidaten "
    "zu besetzen, der bereits im Haus arbeitet.",
    # Spanish
    "Te escribo para contarte que la empresa decidió seguir adelante con el otro finalista.",
    "Al final nos inclinamos por otra persona con más experiencia en nóminas.",
    "Lamentablemente no continuarás en el proceso de selección para esta vacante.",
    # Dutch
    "We hebben besloten om niet met je verder te gaan voor de functie van planner.",
    "We gaan verder met een kandidaat die meer ervaring heeft met aanbestedingen.",
]


@pytest.mark.parametrize("body", PASSED_OVER)
def test_the_job_gone_to_someone_else_is_a_rejection(body: str) -> None:
    assert rules_kind(_mail(body)) == "rejection"


NOT_DECIDED = [
    # a receipt's timeline and a hypothetical refusal
    "Thank you for applying. Review of applications continues until the position is filled; "
    "we will contact you if we wish to arrange an interview.",
    "Thank you for applying! You'll hear from us either way, whether that's an invitation "
    "or a note letting you know we've decided to go another way.",
    # a colleague one goes with, and a slot given to someone else
    "On the day you'll go with a team member who shows you around the warehouse before the "
    "interview. Please confirm you can make Tuesday.",
    "We offered the Tuesday interview slot to another candidate, so could you do Wednesday "
    "at 10 instead? Let me know which works.",
    # German, Spanish, Dutch: talk of going on with others, not a choice
    "Bitte berücksichtigen Sie, dass die Gespräche vor Ort stattfinden.",
    "Seguimos con el proceso y te escribiremos la semana que viene con los próximos pasos.",
    "We gaan verder met de volgende ronde en nodigen je graag uit voor een gesprek.",
]


@pytest.mark.parametrize("body", NOT_DECIDED)
def test_words_of_someone_else_that_decide_nothing_are_no_rejection(body: str) -> None:
    assert rules_kind(_mail(body)) != "rejection"


OFFERS = [
    "Sam - we talked it over this morning and we'd really like you on the team. Numbers: "
    "£52k base, 28 days leave. Contract to follow.",
    "Hi Sam, good news, we'd like you on board! Pay sheet attached, shout with questions.",
    "The whole kitchen wants you as our new Head Chef. Can you start in March?",
    "We'd love for you to join Fernhill Studio as our Lead Animator, starting 4 January.",
    "On behalf of the Trust I am pleased to extend to you an offer of employment as Ward "
    "Manager, Band 7.",
    "Following your interview I am pleased to make you a provisional offer of appointment, "
    "subject to references.",
    "Great news: Harbour Logistics just came back with an offer for you, 4 days a week.",
    "You'll receive the formal offer letter from our People team tomorrow morning.",
    "Wir freuen uns, Ihnen die Stelle als Teamleitung Disposition in unserem Werk Ulm "
    "anbieten zu können.",
    "Wir möchten dich wirklich gerne als Serviceleitung bei uns an Bord holen!",
    "Vous trouverez ci-joint la lettre d'offre pour le poste de coordonnatrice.",
]


@pytest.mark.parametrize("body", OFFERS)
def test_a_welcome_or_the_offer_letter_on_its_way_is_an_offer(body: str) -> None:
    assert rules_kind(_mail(body)) == "offer"


NO_OFFER = [
    # a trial shift or a visit, and an offer letter that waits on a later step
    "We'd love to have you on the team for the day on Saturday, it's a paid trial shift.",
    "We'd like you on board the vessel by 8am for the deck walk-through interview.",
    "If you are successful at the final interview, you will receive a formal offer letter.",
    "Once references are back, we'll send the offer letter.",
    # a client's answer about an interview
    "The client came back with an offer of an interview on Thursday at 2pm.",
]


@pytest.mark.parametrize("body", NO_OFFER)
def test_a_visit_or_a_later_step_is_no_offer(body: str) -> None:
    assert rules_kind(_mail(body)) != "offer"


def test_on_board_as_our_named_hire_is_an_offer_and_as_our_guest_is_not() -> None:
    hire = "We would love to have you on board as our first QA/Test Engineer! Numbers below."
    guest = "We would love to have you on board as our guest speaker at the winter meetup."
    assert rules_kind(_mail(hire)) == "offer"
    assert rules_kind(_mail(guest)) != "offer"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Your interview with Dr. Katrin Vogel is on Monday. Please confirm.",
            "Your interview with Dr. Katrin Vogel is on Monday.",
        ),
        ("Prof. Lee and Mrs. Okafor will join. Bring ID.", "Prof. Lee and Mrs. Okafor will join."),
        (
            "Your panel interview on Monday at 10:00 will be chaired by Prof.\nAnna Berg and "
            "our Head of Data. Thanks.",
            "Your panel interview on Monday at 10:00 will be chaired by Prof. Anna Berg and "
            "our Head of Data.",
        ),
    ],
)
def test_a_titles_point_ends_no_sentence(text: str, first: str) -> None:
    assert sentences_of(text)[0] == first


@pytest.mark.parametrize(
    "body",
    [
        "We've reviewed every application and we won't be moving forward with yours this time.",
        "Wir haben uns entschieden, Kandidatinnen und Kandidaten zu berücksichtigen, deren "
        "Erfahrung noch besser zur Stelle passt.",
        "Andere sollicitanten pasten net wat beter bij het profiel.",
        "Helaas hebben we besloten om verder te gaan met een kandidaat die al in de zorg werkt.",
        "Nous avons décidé de poursuivre avec des profils dont l'expérience correspond davantage "
        "au poste.",
        "The appointment decision has been made. The person appointed is: Ana Lindqvist.",
    ],
)
def test_a_refusal_beside_a_thank_you_for_applying_is_a_rejection(body: str) -> None:
    assert rules_kind(_mail(f"Thank you for your application.\n\n{body}")) == "rejection"


def test_the_person_appointed_to_meet_you_is_no_rejection() -> None:
    body = "Thank you for your application. The person appointed to interview you will call."
    assert rules_kind(_mail(body)) != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "The joinery want you in for a trade test at their workshop in Halifax. Can you do "
        "Tuesday or Thursday morning? Let me know which suits.",
        "Come down to the workshop for the trade test, and bring your own hand tools. Does "
        "Tuesday or Wednesday work for you?",
        "Ring Andy their workshop foreman to arrange the bench test for the apprenticeship. "
        "Which day suits you?",
    ],
)
def test_a_workshop_as_a_place_of_work_is_no_event(body: str) -> None:
    raw = _mail(body, subject="Re: Bench joiner job")
    assert rules_kind(raw) == "interview_request"


def test_a_workshop_one_registers_for_is_still_an_event() -> None:
    body = "Thanks for registering! Our CV workshop starts Tuesday at 6pm; join via the link."
    assert rules_kind(_mail(body, subject="Your workshop place")) == "unrelated"
