"""What is auditioned, offered or refused is no post: a place in a choir's voice part ("a place
in the alto section", "cuerda de sopranos", "pupitre des altos", "Platz im Sopran", "plek bij de
alten") or in a club's first team, a volunteer rota met at a "volunteer interview", art put
forward for an exhibition, a podcast's "entrevista" ("pódcast"), a magazine's interview. A paid
orchestra or choir post, a newspaper's job interview, a sales job, an exhibition designer's or
a volunteer coordinator's job keep their kinds: they name the post."""

from __future__ import annotations

import pytest

from classifymail import mail, rules_kind


@pytest.mark.parametrize(
    ("subject", "frm", "body"),
    [
        (
            "Audition result",
            "Riverside Singers <music@riversidesingers.example>",
            "Dear Sam,\n\nThank you for auditioning on Saturday. I'm sorry to say we can't offer "
            "you a place in the alto section this season, but please do audition again in the "
            "spring.\n\nBest wishes,\nThe Music Committee",
        ),
        (
            "Resultado de las pruebas",
            "Orfeón del Puerto <junta@orfeonpuerto.example>",
            "Querida Sam:\n\nGracias por presentarte a las pruebas del martes. Lamentamos "
            "comunicarte que de momento no podemos ofrecerte plaza en la cuerda de tenores; "
            "te animamos a volver en la próxima convocatoria.\n\nLa junta directiva",
        ),
        (
            "Ergebnis Vorsingen",
            "Konzertchor <vorstand@konzertchor.example>",
            "Liebe Sam,\n\nleider können wir dir nach dem Termin am Samstag keinen Platz im "
            "Sopran anbieten. Wir bedauern das sehr.\n\nDer Vorstand",
        ),
        (
            "Audition",
            "Ensemble vocal <bureau@ensemblevocal.example>",
            "Chère Sam,\n\nMerci d'être venue. Nous avons le regret de ne pas pouvoir vous "
            "proposer de place au pupitre des altos cette saison.\n\nLe bureau",
        ),
        (
            "Auditie",
            "Kamerkoor <bestuur@kamerkoor.example>",
            "Beste Sam,\n\nHelaas kunnen we je na de auditie dit seizoen geen plek bij de alten "
            "aanbieden.\n\nHet bestuur",
        ),
        (
            "Trials",
            "Harbour Rugby Club <coach@harbourrfc.example>",
            "Hi Sam,\n\nThanks for coming to trials on Sunday. Unfortunately we can't offer you a "
            "place in the first-team squad this season, but you're welcome in the development "
            "group.\n\nCoach Dave",
        ),
        (
            "Probetraining",
            "SV Rheinau <trainer@svrheinau.example>",
            "Hallo Sam,\n\ndanke fürs Probetraining. Leider können wir dir keinen Platz in der "
            "ersten Mannschaft anbieten.\n\nDer Trainer",
        ),
        (
            "Welcome aboard",
            "Maya <maya@soupkitchen.example>",
            "Hi Sam,\n\nThanks for chatting with us at the volunteer interview. We'd love to have "
            "you on the Sunday kitchen rota from 15 November at 10am.\n\nMaya\nVolunteer "
            "Coordinator",
        ),
        (
            "Spring exhibition",
            "Harbour Gallery <nora@harbourgallery.example>",
            "Dear Sam,\n\nThank you for sending us your portfolio for the spring exhibition. We "
            "loved the work, but we've gone in a different direction for this show. We'd be glad "
            "to see new pieces next year.\n\nBest,\nNora",
        ),
        (
            "Grabación",
            "Lucía Gómez <lucia@vocesdelsur.example>",
            "Hola Sam:\n\n¡Gracias por aceptar! Te confirmo la entrevista para el pódcast Voces "
            "del Sur el jueves 12 de noviembre a las 11:00, por videollamada. Dura una hora."
            "\n\nUn abrazo,\nLucía",
        ),
        (
            "Interview für unser Magazin",
            "Lena Vogt <vogt@logistik-heute.example>",
            "Hallo Sam,\n\nwie besprochen bestätige ich das Interview für unser Magazin am "
            "Donnerstag, 12. November, um 15 Uhr per Zoom. Das Gespräch dauert etwa 30 Minuten."
            "\n\nLena Vogt\nRedaktion Logistik Heute",
        ),
        (
            "Entrevista para la revista",
            "Diego Paz <diego@revistaobra.example>",
            "Hola Sam:\n\nTe confirmo la entrevista para nuestro reportaje sobre vivienda el "
            "jueves 12 de noviembre a las 11:00 por teléfono.\n\nDiego Paz, redactor",
        ),
    ],
)
def test_no_post_is_auditioned_or_offered(subject: str, frm: str, body: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm=frm)) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Tutti Viola audition",
            "Dear Sam,\n\nThank you for taking part in the auditions for the position of Tutti "
            "Viola with the Northern Symphony Orchestra. After careful consideration the panel has "
            "decided not to offer you the post. We wish you every success.\n\nOrchestra Manager",
            "rejection",
        ),
        (
            "Alto vacancy",
            "Dear Sam,\n\nFollowing your audition, we are delighted to offer you the salaried "
            "position of Alto in the Chamber Choir, starting 1 February 2027, with a contract of "
            "employment to follow.\n\nGeneral Manager",
            "offer",
        ),
        (
            "Junior Reporter interview",
            "Dear Sam,\n\nThank you for applying for the Junior Reporter position. We'd like to "
            "invite you to an interview with our news editor on Thursday 12 November at 14:00 at "
            "our offices.\n\nBest,\nThe Gazette HR",
            "interview_scheduled",
        ),
        (
            "SDR interview",
            "Hi Sam,\n\nThanks for your application for the Sales Development Rep role. I've "
            "booked your interview for Wednesday 11 November at 11:00 on Teams, with me and our "
            "head of sales.\n\nBest,\nKim, Recruiter",
            "interview_scheduled",
        ),
        (
            "Gallery Assistant",
            "Dear Sam,\n\nThank you for your application for the Gallery Assistant job. We were "
            "impressed, but we have gone in a different direction and offered the role to another "
            "candidate.\n\nBest,\nHarbour Gallery",
            "rejection",
        ),
        (
            "Audition",
            "Dear Sam,\n\nWe are pleased to invite you to audition for the position of Tutti "
            "Double Bass in the bass section on Thursday 12 November at 10:00 at the Town Hall.\n\n"
            "Orchestra Manager",
            "interview_scheduled",
        ),
        (
            "Interview",
            "Dear Sam,\n\nThanks for sending your portfolio for the Exhibition Designer role. We'd "
            "like to invite you to an interview on Tuesday 10 November at 10:00 at the museum."
            "\n\nHR",
            "interview_scheduled",
        ),
        (
            "Interview - Volunteer Coordinator",
            "Dear Sam,\n\nThank you for applying for the Volunteer Coordinator role. We'd like to "
            "invite you to an interview on Tuesday 10 November at 14:00 at our office.\n\nHR",
            "interview_scheduled",
        ),
    ],
)
def test_a_post_named_keeps_its_kind(subject: str, body: str, kind: str) -> None:
    assert rules_kind(mail(body, subject=subject, frm="Hiring <hiring@org.example>")) == kind
