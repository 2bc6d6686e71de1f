"""Short mails written for decision_by (not taken from any dev set), round of the newly opened
sets: a promise counted from an interview whose day stands on a row of a list ("Date: ..." over
"Time: ..."), far above the promise, or as "the Friday of that same week"; a reply promised in
hours "within a maximum of 72 hours"; a decision called "the final call"; "we expect to know";
"updating every applicant"; and traps (a job board's advice about the candidate's own reply).
Each case: (name, sent, body, the day CONTRACT.md gives or None).

Sending days (November 2026 starts on a Sunday): Wednesday 18 (WED), Friday 20 November (FRI).
"""

from __future__ import annotations

from datetime import date

WED = "Wed, 18 Nov 2026 09:00:00 +0000"
FRI = "Fri, 20 Nov 2026 15:00:00 +0000"

# a paragraph between the interview's day and the promise, as invitations have
_PANEL = (
    "You will meet Aoife Kinsella, our Engineering Manager, and Declan O'Shea, Principal "
    "Engineer. The first half is a design review of the portfolio piece you sent us; the second "
    "half is a conversation about tolerances and manufacturing on our actuator line. Bring a "
    "laptop if you would like to show your CAD work, there is a screen in the room.\n\n"
)

PROMISES: list[tuple[str, str, str, date | None]] = [
    # --- the interview's day on a row of a list, its time on the next row ------------------
    (
        "en-row-week-after-onsite",
        WED,
        "Hi Sam,\n\nYour onsite is booked.\n\n  Date:      Thursday 26 November 2026\n  Time:"
        "      10:00 - 11:30\n\n" + _PANEL + "The panel debriefs early the following week, and "
        "we'll come back to you with an outcome by the end of the week after your onsite.\n\nNiamh",
        date(2026, 12, 4),
    ),
    (
        "de-row-woche-nach-gespraech",
        WED,
        "Hallo Sam,\n\nanbei die Eckdaten:\n\nDatum: Dienstag, 24. November 2026\nUhrzeit: 14:30 "
        "Uhr\n\nInnerhalb von zwei Wochen nach dem Gespräch erhalten Sie eine Rückmeldung "
        "von uns.\n\nViele Grüße\nSabine",
        date(2026, 12, 8),
    ),
    (
        "fr-emoji-rows-vendredi-suivant",
        WED,
        "Bonjour Sam,\n\nNous avons le plaisir de vous convier à un entretien technique pour le "
        "poste d'ingénieur.\n\n📅 Lundi 30 novembre 2026\n🕘 9h00 – 10h30\n📍 14 rue des Martyrs, "
        "Grenoble\n\nVous rencontrerez Claire Mercier, responsable du bureau d'études, et Thibault "
        "Lenoir, ingénieur senior. Leurs coordonnées figurent dans l'invitation jointe, que vous "
        "pouvez ajouter à votre agenda. Merci de vous présenter à l'accueil du bâtiment B un peu "
        "avant l'heure.\n\nÀ l'issue de l'entretien, vous aurez une réponse au plus tard le "
        "vendredi suivant.\n\nNadia",
        date(2026, 12, 4),
    ),
    (
        "nl-clock-13u30-twee-weken-na-gesprek",
        WED,
        "Dag Sam,\n\nKort samengevat: dinsdag 24/11 om 13u30 bij ons in Heverlee, tot ongeveer "
        "15u.\n\nJe krijgt binnen twee weken na het gesprek uitsluitsel van ons, positief of "
        "negatief.\n\nLotte",
        date(2026, 12, 8),
    ),
    (
        "es-row-hora-semana-tras-entrevista",
        WED,
        "Hola Sam:\n\nTe paso los datos de la entrevista:\n\nFecha: martes 24 de noviembre\nHora:"
        " 10:00\n\n"
        "Lucía y Jordi te harán unas preguntas técnicas y después visitaremos el "
        "taller. Trae tu portátil si quieres enseñar algún proyecto; hay una pantalla en la sala "
        "y café para todos. El aparcamiento es gratuito detrás del edificio principal.\n\n"
        "Te daremos una respuesta en un plazo de dos semanas tras la entrevista.\n\nMarta",
        date(2026, 12, 8),
    ),
    # --- "the Friday of that same week": that weekday in the week of the day named before ---
    (
        "en-friday-of-that-same-week",
        WED,
        "Hi Sam,\n\nApologies for the shuffle: Fergal is away all day Friday, so we need to move "
        "your interview. The only slot that works is Monday 30th at half nine.\n\n"
        + _PANEL
        + "Even with the move we still want to give you an answer by the Friday of that same week."
        "\n\nCiara",
        date(2026, 12, 4),
    ),
    (
        "de-freitag-derselben-woche",
        WED,
        "Hallo Sam,\n\nwir müssen Ihr Gespräch leider verschieben: neuer Termin ist Montag, der "
        "30. November. Eine Entscheidung geben wir Ihnen am Freitag derselben Woche bekannt, "
        "Sie hören also spätestens dann von uns.\n\nSabine",
        date(2026, 12, 4),
    ),
    (
        "fr-vendredi-de-la-meme-semaine",
        WED,
        "Bonjour Sam,\n\nVotre entretien est déplacé au lundi 30 novembre. Nous reviendrons vers "
        "vous au plus tard le vendredi de la même semaine.\n\nNadia",
        date(2026, 12, 4),
    ),
    (
        "es-viernes-de-esa-misma-semana",
        WED,
        "Hola Sam:\n\nHemos movido la entrevista al lunes 30 de noviembre. Te daremos una "
        "respuesta como muy tarde el viernes de esa misma semana.\n\nMarta",
        date(2026, 12, 4),
    ),
    (
        "nl-vrijdag-van-diezelfde-week",
        WED,
        "Hoi Sam,\n\nHet gesprek is verplaatst naar maandag 30 november. We laten je uiterlijk "
        "de vrijdag van diezelfde week weten hoe het verder gaat.\n\nLotte",
        date(2026, 12, 4),
    ),
    # --- hours given as a period ----------------------------------------------------------
    (
        "es-plazo-maximo-72-horas",
        FRI,
        "Gracias por escribir. Hemos recibido tu correo y una persona del equipo de selección te "
        "contestará en un plazo máximo de 72 horas.\n\nSelección",
        date(2026, 11, 23),
    ),
    (
        "fr-delai-de-48h",
        WED,
        "Bonjour Sam,\n\nMerci pour l'entretien de ce matin. Nous vous répondrons dans un délai "
        "de 48h.\n\nNadia",
        date(2026, 11, 20),
    ),
    (
        "de-frist-von-48-stunden",
        WED,
        "Hallo Sam,\n\ndanke für das Gespräch. Wir melden uns innerhalb einer Frist von 48 "
        "Stunden bei Ihnen.\n\nSabine",
        date(2026, 11, 20),
    ),
    (
        "en-maximum-of-72-hours",
        WED,
        "Hi Sam,\n\nThanks for coming in. We'll get back to you within a maximum of 72 hours."
        "\n\nJane",
        date(2026, 11, 21),
    ),
    (
        "nl-termijn-van-48-uur",
        WED,
        "Hoi Sam,\n\nBedankt voor het gesprek. We laten binnen een termijn van 48 uur iets van "
        "ons horen.\n\nLotte",
        date(2026, 11, 20),
    ),
    # --- the decision called "the final call"; French future of "décider" -------------------
    (
        "en-final-call-between-range",
        FRI,
        "Hi Sam,\n\nOn timing, since you asked: our GM is travelling until the 30th, so the final "
        "call will happen somewhere between the 30th and December 2nd, and I'll let you know right "
        "after.\n\nDana",
        date(2026, 12, 2),
    ),
    (
        "en-make-the-final-call",
        WED,
        "Hi Sam,\n\nThe partners meet on Thursday and will make the final call by Friday 27 "
        "November.\n\nDana",
        date(2026, 11, 27),
    ),
    (
        "fr-deciderons-entre",
        WED,
        "Bonjour Sam,\n\nNous déciderons entre le 30 novembre et le 2 décembre.\n\nNadia",
        date(2026, 12, 2),
    ),
    # --- knowing is deciding; updating every applicant --------------------------------------
    (
        "nl-verwacht-dat-we-weten",
        WED,
        "Beste Sam,\n\nWe hebben inmiddels alle eerste gesprekken gevoerd. Ik verwacht dat we "
        "binnen twee weken weten wie we uitnodigen voor de tweede ronde; ik laat het je hoe dan "
        "ook "
        "weten.\n\nEsther",
        date(2026, 12, 2),
    ),
    (
        "de-erwarte-dass-wir-wissen",
        WED,
        "Hallo Sam,\n\nalle ersten Gespräche sind geführt. Ich erwarte, dass wir in zwei Wochen "
        "wissen, wen wir zur zweiten Runde einladen.\n\nEsther",
        date(2026, 12, 2),
    ),
    (
        "en-commit-to-updating-every-applicant",
        WED,
        "Dear Sam,\n\nThank you for your interest. We have received your application.\n\nWHAT "
        "HAPPENS NEXT?\nWe commit to updating every applicant on their status within 10 business "
        "days of applying.\n\nTalent Acquisition",
        date(2026, 12, 2),
    ),
]

TRAPS: list[tuple[str, str, str, date | None]] = [
    # a job board's advice: the reply is the candidate's, the employers a class of people
    (
        "en-platform-employers-who-get-a-reply",
        WED,
        'Acme Bakery sent you a message\n\n"Hi Sam, thanks for applying! Are you free for a '
        'quick interview this week or next? Just reply with a day and time that suits you."\n\n'
        "Respond soon - employers who get a reply within 24 hours are 3x more likely to move "
        "forward.",
        None,
    ),
    # a final call with someone is a meeting, not the decision
    (
        "en-final-call-with-ceo-is-meeting",
        WED,
        "Hi Sam,\n\nYour final call with our CEO is on Thursday 26 November at 3pm.\n\nDana",
        None,
    ),
    # a day far above with no promise pointing back gives nothing
    (
        "en-same-week-no-promise",
        WED,
        "Hi Sam,\n\nYour interview is on Monday 30 November at 9:30. The team is busy that same "
        "week with a release.\n\nCiara",
        None,
    ),
]
