"""Interviewers in whole mails written for this test, the way people really say whom the
candidate meets: calendar invitations (the candidate, rooms and a recruiter who is not there
among the attendees), "you'll be meeting X (x@...)", interviewers in Cc, a panel listed above
the signature, forwarded confirmations, an agency putting the client's manager forward, "I'll
be joined by", "X sluit ook aan", "X stößt dazu", a coordinator who will not be on the call,
shared mailboxes, names without an address (not listed: no one to write to), and the
candidate's own address in To/Cc/the text. English, German, French, Spanish and Dutch.

Each case is a whole mail run through ``classify`` with the candidate's own address known, as
the daemon runs it; the expected set is what a careful reader would write a thank-you to.
"""

from __future__ import annotations

import pytest

from afterview.understand.model import Person
from afterview.understand.people.named_met import met_by_name
from panelmail import ME, ics, met, panel_mail

CASES: list[tuple[str, bytes, set[str]]] = []


def case(name: str, raw: bytes, *expected: str) -> None:
    CASES.append((name, raw, set(expected)))


# --- calendar invitations ------------------------------------------------------------------

case(
    "invite_recruiter_organizer_not_attending_room_resource",
    panel_mail(
        "Hannah Price <hannah.price@lumenbank.example>",
        "Invitation: Interview - Backend Engineer @ Thu 19 Nov 2026 14:00 - 15:00 (GMT)",
        "Hi Sam,\n\nPlease find attached the invite for your interview with Tom Evans and "
        "Aisha Bello on Thursday 19 November at 14:00. It will be held in Room 4B on the "
        "fourth floor.\n\nBest,\nHannah Price\nTalent Acquisition Partner, Lumen Bank",
        calendar=ics(
            ("Hannah Price", "hannah.price@lumenbank.example"),
            [
                ("Sam Carter", ME, ""),
                ("Tom Evans", "tom.evans@lumenbank.example", ""),
                ("Aisha Bello", "aisha.bello@lumenbank.example", ""),
                ("Room 4B", "room-4b@lumenbank.example", "CUTYPE=ROOM;ROLE=NON-PARTICIPANT"),
            ],
        ),
    ),
    "tom.evans@lumenbank.example",
    "aisha.bello@lumenbank.example",
)
case(
    "invite_manager_organizer_with_colleague",
    panel_mail(
        "Marco Ricci <marco.ricci@quarry.example>",
        "Invitation: Chat about the Data Analyst role @ Thu 19 Nov 2026 14:00",
        "Hi Sam,\n\nSending a calendar invite for Thursday. Jess from my team will join us."
        "\n\nLooking forward to it,\nMarco",
        calendar=ics(
            ("Marco Ricci", "marco.ricci@quarry.example"),
            [
                ("Marco Ricci", "marco.ricci@quarry.example", ""),
                ("Jess Walker", "jess.walker@quarry.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "marco.ricci@quarry.example",
    "jess.walker@quarry.example",
)
case(
    "invite_coordinator_who_wont_be_on_the_call",
    panel_mail(
        "Olivia Grant <olivia.grant@brightwell.example>",
        "Interview confirmed: Thursday 19 November, 14:00",
        "Dear Sam,\n\nYour interview is confirmed and a Teams invite is attached. You will "
        "speak with Dr. Kwame Mensah, Head of Research. I won't be on the call myself, but "
        "please reach out to me if anything comes up.\n\nKind regards,\nOlivia Grant\n"
        "Recruitment Coordinator",
        calendar=ics(
            ("Olivia Grant", "olivia.grant@brightwell.example"),
            [
                ("Kwame Mensah", "kwame.mensah@brightwell.example", ""),
                ("Sam Carter", ME, ""),
                ("Olivia Grant", "olivia.grant@brightwell.example", "ROLE=OPT-PARTICIPANT"),
            ],
        ),
    ),
    "kwame.mensah@brightwell.example",
)
case(
    "invite_ats_robot_organizer",
    panel_mail(
        "Greenhouse <no-reply@greenhouse.example>",
        "Interview scheduled: Product Designer at Fernway",
        "Hi Sam,\n\nYour interview with Fernway has been scheduled for Thursday, November 19 "
        "at 2:00 PM GMT.\n\nInterviewers: Lena Kowalski, Ravi Menon\n\nThis is an automated "
        "message.",
        calendar=ics(
            ("Fernway Recruiting", "no-reply@greenhouse.example"),
            [
                ("Lena Kowalski", "lena.kowalski@fernway.example", ""),
                ("Ravi Menon", "ravi.menon@fernway.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "lena.kowalski@fernway.example",
    "ravi.menon@fernway.example",
)
case(
    "invite_german_room_resource",
    panel_mail(
        "Jana Albrecht <jana.albrecht@kranwerk.example>",
        "Einladung: Vorstellungsgespräch Controller (m/w/d) - Do 19.11.2026 15:00",
        "Sehr geehrte Frau Carter,\n\nanbei die Einladung zum Vorstellungsgespräch am "
        "Donnerstag, 19.11.2026, um 15:00 Uhr im Konferenzraum Elbe. Ihr Gesprächspartner ist "
        "Herr Frank Weber, Leiter Controlling.\n\nMit freundlichen Grüßen\nJana Albrecht\n"
        "Personalreferentin",
        calendar=ics(
            ("Jana Albrecht", "jana.albrecht@kranwerk.example"),
            [
                ("Frank Weber", "frank.weber@kranwerk.example", ""),
                ("Konferenzraum Elbe", "kr-elbe@kranwerk.example", "CUTYPE=ROOM"),
                ("Sam Carter", ME, ""),
            ],
            start="20261119T140000Z",
        ),
    ),
    "frank.weber@kranwerk.example",
)
case(
    "invite_french_hr_not_attending",
    panel_mail(
        "Camille Laurent <camille.laurent@orvale.example>",
        "Invitation : Entretien - Chef de projet - jeudi 19 novembre 15h",
        "Bonjour Sam,\n\nVous trouverez ci-joint l'invitation pour votre entretien du jeudi 19 "
        "novembre à 15h. Vous rencontrerez Nicolas Fabre et Inès Garnier. Je ne participerai "
        "pas à l'entretien, mais je reste disponible pour toute question.\n\nBien cordialement,"
        "\nCamille Laurent\nChargée de recrutement",
        calendar=ics(
            ("Camille Laurent", "camille.laurent@orvale.example"),
            [
                ("Nicolas Fabre", "nicolas.fabre@orvale.example", ""),
                ("Inès Garnier", "ines.garnier@orvale.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "nicolas.fabre@orvale.example",
    "ines.garnier@orvale.example",
)
case(
    "invite_shared_mailboxes_among_attendees",
    panel_mail(
        "Priya Desai <priya.desai@harbourline.example>",
        "Invitation: Interview - Operations Manager @ Thu 19 Nov 2026",
        "Hi Sam,\n\nInvite attached for Thursday at 14:00 with Conor Walsh, our COO.\n\n"
        "Thanks,\nPriya Desai\nRecruiter",
        calendar=ics(
            ("Priya Desai", "priya.desai@harbourline.example"),
            [
                ("Conor Walsh", "conor.walsh@harbourline.example", ""),
                ("Recruiting", "recruiting@harbourline.example", ""),
                ("Interviews Calendar", "interviews@harbourline.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "conor.walsh@harbourline.example",
)
case(
    "invite_spanish_manager_with_room",
    panel_mail(
        "Raúl Medina <raul.medina@sendero.example>",
        "Invitación: Entrevista Analista de Datos - jueves 19 nov 15:00",
        "Hola Sam:\n\nTe envío la convocatoria para el jueves a las 15:00 en la Sala Madrid. "
        "Nos vemos allí.\n\nUn saludo,\nRaúl Medina\nResponsable de Analítica",
        calendar=ics(
            ("Raúl Medina", "raul.medina@sendero.example"),
            [
                ("Sala Madrid", "sala.madrid@sendero.example", "CUTYPE=ROOM"),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "raul.medina@sendero.example",
)
case(
    "invite_dutch_recruiter_also_joins",
    panel_mail(
        "Femke Mulder <femke.mulder@polderdata.example>",
        "Uitnodiging: Sollicitatiegesprek Data Engineer - do 19 nov 15:00",
        "Hoi Sam,\n\nHierbij de uitnodiging voor donderdag om 15:00. Je spreekt met Joris "
        "Hendriks, teamlead Data; ik schuif zelf ook aan.\n\nGroet,\nFemke Mulder\nRecruiter",
        calendar=ics(
            ("Femke Mulder", "femke.mulder@polderdata.example"),
            [
                ("Joris Hendriks", "joris.hendriks@polderdata.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "joris.hendriks@polderdata.example",
    "femke.mulder@polderdata.example",
)
case(
    "invite_candidate_address_in_other_case",
    panel_mail(
        "Ben Ashford <ben.ashford@tillerco.example>",
        "Invitation: Second interview @ Thu 19 Nov 2026 14:00",
        "Hi Sam, invite for our second conversation attached. Ben",
        calendar=ics(
            ("Ben Ashford", "ben.ashford@tillerco.example"),
            [
                ("Ben Ashford", "ben.ashford@tillerco.example", ""),
                ("Sam Carter", "Cand@Example.org", ""),
            ],
        ),
    ),
    "ben.ashford@tillerco.example",
)
case(
    "invite_optional_coordinator_declined",
    panel_mail(
        "Rachel Stone <rachel.stone@meridiancare.example>",
        "Updated invitation: Panel interview - Clinical Lead",
        "Hi Sam,\n\nUpdated invite attached: the panel is Dr. Helen Marsh and Peter Quinn. "
        "I'm only coordinating, so I've removed myself from the meeting.\n\nBest,\nRachel",
        calendar=ics(
            ("Rachel Stone", "rachel.stone@meridiancare.example"),
            [
                ("Helen Marsh", "helen.marsh@meridiancare.example", ""),
                ("Peter Quinn", "peter.quinn@meridiancare.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "helen.marsh@meridiancare.example",
    "peter.quinn@meridiancare.example",
)
case(
    "invite_no_text_manager_and_attendee",
    panel_mail(
        "Yusuf Demir <yusuf.demir@kettle.example>",
        "Invitation: Interview Sam Carter / Kettle @ Thu 19 Nov 2026 14:00",
        "You have been invited to the following event.\n\nInterview Sam Carter / Kettle\n"
        "When: Thu 19 Nov 2026 14:00 - 15:00 (GMT)\nJoining info: meet.example/abc-defg-hij\n"
        "Guests: Yusuf Demir - organizer, Elif Kaya, cand@example.org",
        calendar=ics(
            ("Yusuf Demir", "yusuf.demir@kettle.example"),
            [
                ("Yusuf Demir", "yusuf.demir@kettle.example", ""),
                ("Elif Kaya", "elif.kaya@kettle.example", ""),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "yusuf.demir@kettle.example",
    "elif.kaya@kettle.example",
)

# --- English text --------------------------------------------------------------------------

case(
    "en_youll_be_meeting_x_with_address",
    panel_mail(
        "Grace Holt <grace.holt@tessellate.example>",
        "Interview confirmation - Site Reliability Engineer",
        "Hi Sam,\n\nThanks for confirming. You'll be meeting Sarah Kim (sarah.kim@tessellate."
        "example), our Engineering Manager, on Thursday 19 November at 2pm via Zoom.\n\n"
        "Best,\nGrace Holt\nTalent Partner",
    ),
    "sarah.kim@tessellate.example",
)
case(
    "en_ill_be_joined_by",
    panel_mail(
        "Daniel Frost <daniel.frost@ambergate.example>",
        "Interview on Thursday",
        "Hi Sam,\n\nGreat to confirm Thursday 19 November at 11:00 at our Leeds office. I'll "
        "be joined by Mark Feld (mark.feld@ambergate.example), who leads the platform team."
        "\n\nSee you then,\nDaniel Frost\nHead of Engineering",
    ),
    "daniel.frost@ambergate.example",
    "mark.feld@ambergate.example",
)
case(
    "en_ccd_interviewers",
    panel_mail(
        "Nina Patel <nina.patel@corvid.example>",
        "Re: Interview availability",
        "Hi Sam,\n\nConfirming Wednesday 18 November at 3pm. Dana and Luis (both cc'd) will "
        "be interviewing you; the call will last about 45 minutes.\n\nThanks,\nNina Patel\n"
        "Recruitment Coordinator",
        cc="Dana Whitfield <dana.whitfield@corvid.example>, Luis Romero "
        "<luis.romero@corvid.example>",
    ),
    "dana.whitfield@corvid.example",
    "luis.romero@corvid.example",
)
case(
    "en_colleague_will_take_you_through",
    panel_mail(
        "Helen Ward <helen.ward@stonebridge.example>",
        "Your interview on Friday",
        "Hi Sam,\n\nLooking forward to Friday 20 November at 10:00. My colleague Ben Ortiz "
        "(ben.ortiz@stonebridge.example) will take you through the technical exercise, and "
        "I'll join for the last 15 minutes.\n\nHelen Ward\nDirector of Product",
    ),
    "ben.ortiz@stonebridge.example",
    "helen.ward@stonebridge.example",
)
case(
    "en_coordinator_wont_be_on_the_call",
    panel_mail(
        "Chloe Baker <chloe.baker@westmark.example>",
        "Interview details - Thursday",
        "Hi Sam,\n\nYour video interview is booked for Thursday 19 November at 2:30pm. I won't "
        "be on the call myself, but Rachel Moss (rachel.moss@westmark.example) and Ian Hu "
        "(ian.hu@westmark.example) will be.\n\nGood luck!\nChloe",
    ),
    "rachel.moss@westmark.example",
    "ian.hu@westmark.example",
)
case(
    "en_panel_list_above_signature",
    panel_mail(
        "Jenna Cole <jenna.cole@orbitfoods.example>",
        "Interview confirmed - Friday 20 November",
        "Hi Sam,\n\nYour interview is confirmed for Friday 20 November at 10:00 at our "
        "Manchester office.\n\nPanel:\n- Olga Berg, Head of Product - olga.berg@orbitfoods."
        "example\n- Sam Reid, Senior Product Manager - sam.reid@orbitfoods.example\n\n"
        "Best,\nJenna Cole\nTalent Coordinator",
    ),
    "olga.berg@orbitfoods.example",
    "sam.reid@orbitfoods.example",
)
case(
    "en_forwarded_manager_confirmation",
    panel_mail(
        "Jo Mercer <jo.mercer@falconridge.example>",
        "Fwd: Interview with Sam",
        "Hi Sam, good news - see Lena's confirmation below. Shout if you have questions.\n"
        "Jo\n\n---------- Forwarded message ---------\nFrom: Lena Fischer <lena.fischer@"
        "falconridge.example>\nDate: Sun, 15 Nov 2026 at 18:20\nSubject: Interview with Sam\n"
        "To: Jo Mercer <jo.mercer@falconridge.example>\n\nHi Jo,\n\nWednesday 18 November at "
        "2pm works for me. I'll bring Rob Tan (rob.tan@falconridge.example) along for the "
        "technical part.\n\nLena",
    ),
    "lena.fischer@falconridge.example",
    "rob.tan@falconridge.example",
)
case(
    "en_agency_puts_client_manager_forward",
    panel_mail(
        "Tom Rigby <tom.rigby@apexsearch.example>",
        "Interview with Northwind Logistics - Thursday",
        "Hi Sam,\n\nGreat news - Northwind would like to meet you on Thursday 19 November at "
        "11am. You'll be interviewed by their Head of Finance, Laura Price "
        "(laura.price@northwind.example). I won't attend, but call me afterwards to debrief."
        "\n\nCheers,\nTom Rigby\nSenior Consultant, Apex Search",
    ),
    "laura.price@northwind.example",
)
case(
    "en_agency_names_manager_without_address",
    panel_mail(
        "Kelly Dunn <kelly.dunn@bluepeak.example>",
        "Interview confirmed",
        "Hi Sam,\n\nYou're confirmed with James Hart, the hiring manager at Orion Retail, on "
        "Tuesday 17 November at 10am. James will call you on your mobile.\n\nKelly Dunn\n"
        "Recruitment Consultant, Bluepeak",
    ),
)
case(
    "en_names_without_addresses_recruiter",
    panel_mail(
        "Zara Ahmed <zara.ahmed@pinnacle.example>",
        "Interview - Thursday 19 November",
        "Hi Sam,\n\nYour interview is set for Thursday 19 November at 3pm. You'll meet Anna "
        "and Piotr from the data team.\n\nKind regards,\nZara Ahmed\nTalent Acquisition",
    ),
)
case(
    "en_shared_mailbox_sender_names_interviewer",
    panel_mail(
        "Halden Careers <careers@halden.example>",
        "Your interview is confirmed",
        "Dear Sam,\n\nYour interview with Michael Grant (michael.grant@halden.example), Plant "
        "Manager, is confirmed for Thursday 19 November at 09:30.\n\nHalden Recruitment Team",
    ),
    "michael.grant@halden.example",
)
case(
    "en_candidate_in_cc_manager_to_recruiter",
    panel_mail(
        "Oscar Lind <oscar.lind@nordvik.example>",
        "Re: Sam Carter - next step",
        "Hi Emma, thanks for the intro. Sam, nice to e-meet you - Thursday 19 November at 4pm "
        "works for me, so let's have our video call then. I'll send a link.\n\nOscar",
        to="Emma Brooks <emma.brooks@talentbridge.example>",
        cc=f"Sam Carter <{ME}>",
    ),
    "oscar.lind@nordvik.example",
)
case(
    "en_manager_lets_do_monday",
    panel_mail(
        "Greg Byrne <greg@fieldnote.example>",
        "Re: Quick chat",
        "Hi Sam,\n\nLet's do Monday 23 November at 9am. I'll call you on the number on your "
        "CV.\n\nSpeak then,\nGreg",
    ),
    "greg@fieldnote.example",
)
case(
    "en_candidate_address_in_text",
    panel_mail(
        "Maya Singh <maya.singh@verdant.example>",
        "Interview - Thursday 2pm",
        "Hi Sam,\n\nConfirming Thursday 19 November at 2pm with Owen Blake (owen.blake@verdant."
        "example). I'll send the Teams link to cand@example.org shortly.\n\nMaya Singh\n"
        "Recruiter",
    ),
    "owen.blake@verdant.example",
)
case(
    "en_contact_coordinator_is_not_met",
    panel_mail(
        "Raj Patel <raj.patel@saltmarsh.example>",
        "Interview - Thursday",
        "Dear Sam,\n\nI'm pleased to confirm your interview with me on Thursday 19 November at "
        "10:00. If you need to reschedule, please contact our coordinator Amy Lowe "
        "(amy.lowe@saltmarsh.example).\n\nBest wishes,\nDr. Raj Patel\nConsultant Radiologist",
    ),
    "raj.patel@saltmarsh.example",
)
case(
    "en_joined_by_colleague_without_address",
    panel_mail(
        "Fiona Reyes <fiona.reyes@clearwater.example>",
        "Re: Interview",
        "Hi Sam,\n\nThursday 19 November at 1pm works well. I'll be joined by my colleague "
        "Imogen from finance.\n\nBest,\nFiona Reyes\nHead of Operations",
    ),
    "fiona.reyes@clearwater.example",
)
case(
    "en_greeting_at_reception_is_not_an_interview",
    panel_mail(
        "Holly Shaw <holly.shaw@granitesoft.example>",
        "Onsite interview - Friday",
        "Hi Sam,\n\nYour onsite interview is on Friday 20 November at 10am. The interview "
        "will be held by our CTO, Neil Adams (neil.adams@granitesoft.example), and our Head "
        "of Platform, Rosa Lin (rosa.lin@granitesoft.example). I'll meet you at reception and "
        "bring you up.\n\nHolly Shaw\nPeople Coordinator",
    ),
    "neil.adams@granitesoft.example",
    "rosa.lin@granitesoft.example",
)
case(
    "en_recruiter_sitting_in_alongside",
    panel_mail(
        "Adam Clarke <adam.clarke@mosaicbio.example>",
        "Interview confirmation",
        "Hi Sam,\n\nYou're booked for Thursday 19 November at 11am. I'll be sitting in on the "
        "interview alongside Kate Burns (kate.burns@mosaicbio.example), our Lab Director.\n\n"
        "Adam Clarke\nTalent Acquisition Lead",
    ),
    "adam.clarke@mosaicbio.example",
    "kate.burns@mosaicbio.example",
)
case(
    "en_shared_mailboxes_in_cc",
    panel_mail(
        "Leah Gordon <leah.gordon@drumlin.example>",
        "Interview - Wednesday",
        "Hi Sam,\n\nConfirmed for Wednesday 18 November at 3pm. You'll meet Omar Khan "
        "(omar.khan@drumlin.example), Lead Engineer.\n\nLeah Gordon\nRecruiter",
        cc="interviews@drumlin.example, Talent Team <talent-team@drumlin.example>",
    ),
    "omar.khan@drumlin.example",
)
case(
    "en_ats_robot_with_interviewer_field",
    panel_mail(
        "Ashby <no-reply@ashbyhq.example>",
        "Interview confirmed with Oakline",
        "Hi Sam,\n\nYour interview with Oakline is confirmed.\n\nWhen: Thursday, November 19, "
        "2:00 PM GMT\nInterviewer: Harriet Cole (harriet.cole@oakline.example)\nWhere: Google "
        "Meet\n\nPlease do not reply to this email.",
    ),
    "harriet.cole@oakline.example",
)
case(
    "en_only_coordinating",
    panel_mail(
        "Sophie Turner <sophie.turner@lindenhall.example>",
        "Interview - Thursday 19 November",
        "Hi Sam,\n\nJust to note I'm only coordinating; on Thursday 19 November at 3pm you'll "
        "speak with Dr. Mark Ellis (m.ellis@lindenhall.example), Principal Scientist.\n\n"
        "Sophie",
    ),
    "m.ellis@lindenhall.example",
)
case(
    "en_reschedule_contact_not_met",
    panel_mail(
        "Liam Doyle <liam.doyle@crestview.example>",
        "Interview on Thursday",
        "Hi Sam,\n\nYour interview with Sam Okafor (sam.okafor@crestview.example) is on "
        "Thursday 19 November at 9am. If you need to move it, email Jane Doe "
        "(jane.doe@crestview.example) in our recruiting team.\n\nLiam Doyle\nRecruiter",
    ),
    "sam.okafor@crestview.example",
)
case(
    "en_looping_in_cc_who_will_join",
    panel_mail(
        "Ruth Kemp <ruth.kemp@ironleaf.example>",
        "Re: Next steps",
        "Hi Sam,\n\nFriday 20 November at 3pm is perfect, let's meet then. Looping in Alex "
        "(cc'd), who will join us for the second half.\n\nRuth\nEngineering Manager",
        cc="Alex Moreau <alex.moreau@ironleaf.example>",
    ),
    "ruth.kemp@ironleaf.example",
    "alex.moreau@ironleaf.example",
)
case(
    "en_name_angle_address_list",
    panel_mail(
        "Isla Reid <isla.reid@harrowgate.example>",
        "Interview on Thursday 19 November",
        "Hi Sam,\n\nYour interview is confirmed for Thursday 19 November at 1pm. You'll be "
        "speaking with:\n\nPriya Nair <priya.nair@harrowgate.example>\nTom Walsh "
        "<tom.walsh@harrowgate.example>\n\nBest,\nIsla Reid\nRecruitment Partner",
    ),
    "priya.nair@harrowgate.example",
    "tom.walsh@harrowgate.example",
)
case(
    "en_talent_partner_hosts_first_minutes",
    panel_mail(
        "Zoe Hart <zoe.hart@quillpoint.example>",
        "Your interview on Friday",
        "Hi Sam,\n\nYour interview is on Friday 20 November at 2pm. I'll host the first 10 "
        "minutes and then hand over to Victor Hale (victor.hale@quillpoint.example), our "
        "Head of Design.\n\nZoe Hart\nTalent Partner",
    ),
    "zoe.hart@quillpoint.example",
    "victor.hale@quillpoint.example",
)
case(
    "en_panel_signature_names_writer",
    panel_mail(
        "Gareth Lewis <gareth.lewis@cymru-water.example>",
        "Interview invitation - confirmed",
        "Dear Sam,\n\nThank you for confirming. Your interview is on Thursday 19 November at "
        "10:30 at our Cardiff office. The panel will be Bethan Morgan (Head of Asset "
        "Management, bethan.morgan@cymru-water.example) and myself.\n\nRegards,\nGareth Lewis"
        "\nOperations Manager",
    ),
    "gareth.lewis@cymru-water.example",
    "bethan.morgan@cymru-water.example",
)

# --- German --------------------------------------------------------------------------------

case(
    "de_sie_treffen_two_with_addresses",
    panel_mail(
        "Sabine Krüger <sabine.krueger@rheinlogistik.example>",
        "Ihr Vorstellungsgespräch am 19.11.2026",
        "Sehr geehrte Frau Carter,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
        "Donnerstag, 19.11.2026, um 10:00 Uhr. Sie treffen Frau Dr. Katrin Vogel "
        "(katrin.vogel@rheinlogistik.example) und Herrn Jonas Brandt (jonas.brandt@"
        "rheinlogistik.example).\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin",
    ),
    "katrin.vogel@rheinlogistik.example",
    "jonas.brandt@rheinlogistik.example",
)
case(
    "de_colleague_stoesst_dazu",
    panel_mail(
        "Markus Hoffmann <markus.hoffmann@saatgut.example>",
        "Unser Gespräch am Dienstag",
        "Hallo Frau Carter,\n\nich freue mich, Sie am Dienstag, 17.11., um 14 Uhr in Kassel "
        "kennenzulernen. Herr Brandt (jonas.brandt@saatgut.example, in Kopie) stößt nach der "
        "ersten halben Stunde dazu.\n\nViele Grüße\nMarkus Hoffmann\nTeamleiter Vertrieb",
        cc="Jonas Brandt <jonas.brandt@saatgut.example>",
    ),
    "markus.hoffmann@saatgut.example",
    "jonas.brandt@saatgut.example",
)
case(
    "de_coordinator_not_there_partners_listed",
    panel_mail(
        "Laura Neumann <laura.neumann@alpenbau.example>",
        "Einladung zum Vorstellungsgespräch",
        "Liebe Frau Carter,\n\nvielen Dank für Ihre Rückmeldung. Das Gespräch findet am "
        "Mittwoch, 18.11.2026, um 11:00 Uhr per Teams statt. Ich selbst bin beim Gespräch "
        "nicht dabei; Ihre Gesprächspartner sind Frau Anja Lenz (anja.lenz@alpenbau.example) "
        "und Herr Peter Ott (peter.ott@alpenbau.example).\n\nBeste Grüße\nLaura Neumann\n"
        "HR Coordinator",
    ),
    "anja.lenz@alpenbau.example",
    "peter.ott@alpenbau.example",
)
case(
    "de_das_gespraech_fuehren_x_und_ich",
    panel_mail(
        "Stefan Kaiser <stefan.kaiser@werkhalle.example>",
        "Termin Vorstellungsgespräch",
        "Hallo Frau Carter,\n\npassend zu Ihrer Verfügbarkeit: Donnerstag, 19.11., 9:00 Uhr. "
        "Das Gespräch führen Herr Tobias Lang und ich.\n\nGruß\nStefan Kaiser\nTeamleiter "
        "Fertigung",
        cc="Tobias Lang <tobias.lang@werkhalle.example>",
    ),
    "stefan.kaiser@werkhalle.example",
    "tobias.lang@werkhalle.example",
)
case(
    "de_wird_mich_begleiten",
    panel_mail(
        "Ute Becker <ute.becker@nordlicht-energie.example>",
        "Vorstellungsgespräch am 20.11.",
        "Guten Tag Frau Carter,\n\nich bestätige unser Gespräch am Freitag, 20.11.2026, um "
        "13:00 Uhr. Frau Selin Yilmaz (selin.yilmaz@nordlicht-energie.example) wird mich "
        "begleiten.\n\nFreundliche Grüße\nUte Becker\nAbteilungsleiterin Einkauf",
    ),
    "ute.becker@nordlicht-energie.example",
    "selin.yilmaz@nordlicht-energie.example",
)
case(
    "de_agency_client_contact_leads",
    panel_mail(
        "Daniel Wolf <daniel.wolf@personalwerk.example>",
        "Ihr Termin beim Kunden",
        "Hallo Frau Carter,\n\nder Termin steht: Dienstag, 17.11.2026, 15:00 Uhr bei der "
        "Maschinenbau Stein GmbH. Das Gespräch führt Herr Thomas Berger (t.berger@stein-"
        "maschinenbau.example), Leiter Konstruktion. Ich bin nicht dabei, melden Sie sich "
        "gern danach bei mir.\n\nViele Grüße\nDaniel Wolf\nPersonalberater",
    ),
    "t.berger@stein-maschinenbau.example",
)
case(
    "de_am_gespraech_nehmen_teil",
    panel_mail(
        "Personalabteilung Hafenwerk <personal@hafenwerk.example>",
        "Einladung: Vorstellungsgespräch Einkäufer (m/w/d)",
        "Sehr geehrte Frau Carter,\n\nwir laden Sie am Montag, 23.11.2026, um 10:00 Uhr zum "
        "Vorstellungsgespräch ein. Am Gespräch nehmen teil: Frau Petra Schulz (Leitung "
        "Einkauf, petra.schulz@hafenwerk.example) sowie Herr Nils Graf (nils.graf@hafenwerk."
        "example).\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
    ),
    "petra.schulz@hafenwerk.example",
    "nils.graf@hafenwerk.example",
)

# --- French --------------------------------------------------------------------------------

case(
    "fr_vous_rencontrerez_x_et_moi_meme",
    panel_mail(
        "Aurélie Martin <aurelie.martin@valmont.example>",
        "Confirmation de votre entretien",
        "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 19 novembre à 14h30 dans nos "
        "locaux de Lyon. Vous rencontrerez Mme Claire Dubois (claire.dubois@valmont.example), "
        "directrice financière, et moi-même.\n\nBien cordialement,\nAurélie Martin\n"
        "Responsable RH",
    ),
    "claire.dubois@valmont.example",
    "aurelie.martin@valmont.example",
)
case(
    "fr_je_serai_accompagnee",
    panel_mail(
        "Sandrine Roche <sandrine.roche@atelier-lune.example>",
        "Entretien mardi",
        "Bonjour Sam,\n\nC'est noté pour mardi 17 novembre à 10h. Je serai accompagnée de mon "
        "collègue Julien Moreau (julien.moreau@atelier-lune.example), chef d'atelier.\n\n"
        "À mardi,\nSandrine Roche\nDirectrice de production",
    ),
    "sandrine.roche@atelier-lune.example",
    "julien.moreau@atelier-lune.example",
)
case(
    "fr_je_ne_serai_pas_presente",
    panel_mail(
        "Manon Petit <manon.petit@cerise-assurances.example>",
        "Votre entretien du 18 novembre",
        "Bonjour Sam,\n\nVotre entretien est confirmé le mercredi 18 novembre à 11h en visio. "
        "Je ne serai pas présente ; c'est Marc Lefèvre (marc.lefevre@cerise-assurances.example)"
        ", responsable du pôle actuariat, qui mènera l'entretien.\n\nCordialement,\nManon "
        "Petit\nChargée de recrutement",
    ),
    "marc.lefevre@cerise-assurances.example",
)
case(
    "fr_collegue_en_copie_participera",
    panel_mail(
        "Hugo Blanc <hugo.blanc@solvane.example>",
        "Entretien jeudi 15h",
        "Bonjour Sam,\n\nJe vous confirme notre entretien jeudi 19 novembre à 15h. Thomas "
        "Girard, en copie, participera également.\n\nBien à vous,\nHugo Blanc\nDirecteur "
        "technique",
        cc="Thomas Girard <thomas.girard@solvane.example>",
    ),
    "hugo.blanc@solvane.example",
    "thomas.girard@solvane.example",
)
case(
    "fr_participants_field",
    panel_mail(
        "Recrutement Orvalis <recrutement@orvalis.example>",
        "Convocation à un entretien",
        "Bonjour,\n\nNous avons le plaisir de vous convier à un entretien le lundi 23 novembre "
        "à 9h30.\n\nParticipants : Sophie Martin (sophie.martin@orvalis.example), Luc Bernard "
        "(luc.bernard@orvalis.example)\n\nL'équipe Recrutement",
    ),
    "sophie.martin@orvalis.example",
    "luc.bernard@orvalis.example",
)
case(
    "fr_vous_serez_recu_par",
    panel_mail(
        "Élodie Garnier <elodie.garnier@brasserie-nord.example>",
        "Entretien - Responsable de salle",
        "Bonjour Sam,\n\nVous serez reçu le vendredi 20 novembre à 16h par Antoine Roux "
        "(antoine.roux@brasserie-nord.example) et Léa Petit (lea.petit@brasserie-nord.example)"
        ".\n\nCordialement,\nÉlodie Garnier\nAssistante RH",
    ),
    "antoine.roux@brasserie-nord.example",
    "lea.petit@brasserie-nord.example",
)

# --- Spanish -------------------------------------------------------------------------------

case(
    "es_te_entrevistaran",
    panel_mail(
        "Irene Castro <irene.castro@mareanueva.example>",
        "Confirmación de entrevista",
        "Hola Sam:\n\nTe confirmo la entrevista el jueves 19 de noviembre a las 16:00. Te "
        "entrevistarán Lucía Gómez (lucia.gomez@mareanueva.example) y Andrés Ruiz "
        "(andres.ruiz@mareanueva.example).\n\nUn saludo,\nIrene Castro\nTalent Acquisition",
    ),
    "lucia.gomez@mareanueva.example",
    "andres.ruiz@mareanueva.example",
)
case(
    "es_me_acompanara",
    panel_mail(
        "Diego Navarro <diego.navarro@olivar.example>",
        "Entrevista el martes",
        "Hola Sam:\n\nPerfecto, nos vemos el martes 17 de noviembre a las 10:00 en la oficina "
        "de Sevilla. Me acompañará Pablo Serrano (pablo.serrano@olivar.example), responsable "
        "del equipo.\n\nSaludos,\nDiego Navarro\nDirector de Operaciones",
    ),
    "diego.navarro@olivar.example",
    "pablo.serrano@olivar.example",
)
case(
    "es_yo_no_estare",
    panel_mail(
        "Nuria Ferrer <nuria.ferrer@cadenaverde.example>",
        "Tu entrevista del miércoles",
        "Hola Sam:\n\nTu entrevista queda fijada el miércoles 18 de noviembre a las 12:00 por "
        "Teams. Yo no estaré en la llamada; la entrevista la hará Marta Vidal "
        "(marta.vidal@cadenaverde.example), jefa de Compras.\n\nUn saludo,\nNuria Ferrer\n"
        "Coordinadora de Selección",
    ),
    "marta.vidal@cadenaverde.example",
)
case(
    "es_estaremos_x_y_yo",
    panel_mail(
        "Alberto Molina <alberto.molina@tejadosur.example>",
        "Entrevista jueves",
        "Hola Sam:\n\nTe espero el jueves 19 de noviembre a las 9:30. Estaremos Carmen López "
        "(carmen.lopez@tejadosur.example) y yo.\n\nUn abrazo,\nAlberto Molina\nJefe de Obra",
    ),
    "alberto.molina@tejadosur.example",
    "carmen.lopez@tejadosur.example",
)
case(
    "es_equipo_en_lista_con_angulos",
    panel_mail(
        "Selección Brisa <seleccion@brisa.example>",
        "Convocatoria de entrevista",
        "Hola Sam:\n\nTe convocamos a una entrevista el lunes 23 de noviembre a las 11:00.\n\n"
        "La entrevista será con:\nJavier Ortega <javier.ortega@brisa.example>\nElena Sanz "
        "<elena.sanz@brisa.example>\n\nEquipo de Selección",
    ),
    "javier.ortega@brisa.example",
    "elena.sanz@brisa.example",
)

# --- Dutch ---------------------------------------------------------------------------------

case(
    "nl_je_spreekt_met",
    panel_mail(
        "Anouk de Boer <anouk.deboer@grachtsoft.example>",
        "Bevestiging sollicitatiegesprek",
        "Hoi Sam,\n\nHierbij bevestig ik je gesprek op donderdag 19 november om 14:00. Je "
        "spreekt met Eva de Vries (eva.devries@grachtsoft.example) en Bram Jansen "
        "(bram.jansen@grachtsoft.example).\n\nGroet,\nAnouk de Boer\nRecruiter",
    ),
    "eva.devries@grachtsoft.example",
    "bram.jansen@grachtsoft.example",
)
case(
    "nl_collega_sluit_ook_aan",
    panel_mail(
        "Ruud Peters <ruud.peters@dijkstra-bouw.example>",
        "Gesprek dinsdag",
        "Hoi Sam,\n\nIk zie je graag dinsdag 17 november om 10:00 op ons kantoor in Utrecht. "
        "Mijn collega Daan Smit (daan.smit@dijkstra-bouw.example) sluit ook aan.\n\n"
        "Groeten,\nRuud Peters\nProjectmanager",
    ),
    "ruud.peters@dijkstra-bouw.example",
    "daan.smit@dijkstra-bouw.example",
)
case(
    "nl_ik_ben_zelf_niet_bij",
    panel_mail(
        "Iris Willems <iris.willems@zeeland-zorg.example>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Sam,\n\nJe gesprek staat gepland op woensdag 18 november om 13:30. Ik ben zelf "
        "niet bij het gesprek; Lotte Bakker (lotte.bakker@zeeland-zorg.example), teamleider "
        "Wonen, voert het gesprek.\n\nMet vriendelijke groet,\nIris Willems\nHR-adviseur",
    ),
    "lotte.bakker@zeeland-zorg.example",
)
case(
    "nl_aanwezig_en_ondergetekende",
    panel_mail(
        "Kees van Dam <kees.vandam@hollandfruit.example>",
        "Uitnodiging gesprek",
        "Beste Sam,\n\nGraag nodig ik je uit voor een gesprek op vrijdag 20 november om 11:00. "
        "Bij het gesprek zijn aanwezig: Sanne Visser (sanne.visser@hollandfruit.example) en "
        "ondergetekende.\n\nMet vriendelijke groet,\nKees van Dam\nManager Logistiek",
    ),
    "kees.vandam@hollandfruit.example",
    "sanne.visser@hollandfruit.example",
)
case(
    "nl_recruiter_and_cc_schuift_aan",
    panel_mail(
        "Mila Kok <mila.kok@havenstad.example>",
        "Re: Gesprek",
        "Hoi Sam,\n\nTop, dan spreken we elkaar maandag 23 november om 15:00. Pieter (in cc) "
        "schuift ook aan bij het gesprek.\n\nGroet,\nMila Kok\nTeamlead Finance",
        cc="Pieter Dekker <pieter.dekker@havenstad.example>",
    ),
    "mila.kok@havenstad.example",
    "pieter.dekker@havenstad.example",
)


# --- one who keeps or picks the meeting's time holds it ---------------------------------------

case(
    "en_cc_manager_set_aside_an_hour",
    panel_mail(
        "Ella Grant <ella.grant@wildrose.example>",
        "Interview confirmed - Thursday",
        "Hi Sam,\n\nAll booked: Thursday 19 November at 2pm on Teams. Priya has set aside an "
        "hour and I've copied her in so you have her details.\n\nElla Grant\nRecruiter",
        cc="Priya Raman <priya.raman@wildrose.example>",
    ),
    "priya.raman@wildrose.example",
)
case(
    "en_agency_client_picked_the_slot",
    panel_mail(
        "Owen Pryce <owen@talentharbour.example>",
        "Re: Fwd: Sam Carter - Finance Business Partner",
        "You're confirmed! Helena picked the Wednesday slot, so your interview is 18 November "
        "at 10am at their Bristol office. Good luck!\nOwen\n\nOn Sun, 15 Nov 2026 at 18:02, "
        "Helena Marsh <helena.marsh@coralbay.example> wrote:\n> Wednesday 10am works. "
        "Please send him my way.\n> Helena",
    ),
    "helena.marsh@coralbay.example",
)
case(
    "en_coordinator_reserved_a_room_is_not_met",
    panel_mail(
        "Kit Moran <kit.moran@larchfield.example>",
        "Interview - Thursday 19 November",
        "Hi Sam,\n\nYour interview with Tom Beck (tom.beck@larchfield.example) is on Thursday "
        "19 November at 2pm. Ana has reserved Room 3 on the ground floor for it, and Dan took "
        "the time to read your portfolio already.\n\nKit Moran\nRecruiter",
        cc="Ana Silva <ana.silva@larchfield.example>, Dan Hale <dan.hale@larchfield.example>",
    ),
    "tom.beck@larchfield.example",
)
case(
    "de_cc_freigehalten",
    panel_mail(
        "Julia Franke <julia.franke@elbtal-it.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nder Termin steht: Donnerstag, 19.11.2026, 10:00 Uhr per Teams. "
        "Herr Jonas Brandt (in Kopie) hat sich dafür eine Stunde freigehalten.\n\nViele Grüße"
        "\nJulia Franke\nRecruiting",
        cc="Jonas Brandt <jonas.brandt@elbtal-it.example>",
    ),
    "jonas.brandt@elbtal-it.example",
)
case(
    "fr_cc_a_retenu_le_creneau",
    panel_mail(
        "Lucie Morel <lucie.morel@pontneuf.example>",
        "Votre entretien",
        "Bonjour Sam,\n\nBonne nouvelle : Mme Claire Roux (en copie) a retenu le créneau de "
        "jeudi 19 novembre à 10h.\n\nCordialement,\nLucie Morel\nChargée de recrutement",
        cc="Claire Roux <claire.roux@pontneuf.example>",
    ),
    "claire.roux@pontneuf.example",
)
case(
    "es_cc_ha_reservado_una_hora",
    panel_mail(
        "Pilar Ibáñez <pilar.ibanez@rioclaro.example>",
        "Tu entrevista",
        "Hola Sam:\n\nQueda cerrado: jueves 19 de noviembre a las 10:00 por Teams. Marta (en "
        "copia) ha reservado una hora para ello.\n\nUn saludo,\nPilar Ibáñez\nSelección",
        cc="Marta Vidal <marta.vidal@rioclaro.example>",
    ),
    "marta.vidal@rioclaro.example",
)
case(
    "nl_cc_heeft_een_uur_vrijgemaakt",
    panel_mail(
        "Sophie Smit <sophie.smit@duinwerk.example>",
        "Je gesprek",
        "Hoi Sam,\n\nHet staat: donderdag 19 november om 10:00 via Teams. Joost (in cc) heeft "
        "daarvoor een uur vrijgemaakt.\n\nGroet,\nSophie Smit\nRecruiter",
        cc="Joost Visser <joost.visser@duinwerk.example>",
    ),
    "joost.visser@duinwerk.example",
)


# --- a forwarded mail: its address lines name no one met; it may name the one forwarding -----

case(
    "en_manager_forwards_schedule_naming_him",
    panel_mail(
        "Arjun Mehta <arjun.mehta@kiteworks.example>",
        "Fwd: Your onsite interviews - Friday 20 November",
        "Sam - Becky's note went to your old address, so forwarding. See you Friday!\nArjun\n\n"
        "---------- Forwarded message ---------\nFrom: Becky Lowe <becky.lowe@kiteworks."
        "example>\nDate: Mon, Nov 16, 2026 at 9:02 AM\nSubject: Your onsite interviews - "
        "Friday 20 November\nTo: <cand@example.com>\nCc: Arjun Mehta <arjun.mehta@kiteworks."
        "example>\n\nHi Sam,\n\nHere is your schedule for Friday 20 November:\n\n"
        "10:00 - 10:45  Systems design\n               Nadia Costa, Staff Engineer "
        "(nadia.costa@kiteworks.example)\n10:45 - 11:15  Wrap-up with Arjun Mehta, "
        "Engineering Director\n\nLet me know if you need any accommodations.\n\nBest,\n"
        "Becky\nRecruiting Coordinator",
    ),
    "arjun.mehta@kiteworks.example",
    "nadia.costa@kiteworks.example",
)
case(
    "de_teamleiter_forwards_hr_invite_naming_him",
    panel_mail(
        "Stefan Kaiser <stefan.kaiser@werkhalle.example>",
        "WG: Einladung zum Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nzur Sicherheit leite ich Ihnen die Einladung weiter.\n\n"
        "Gruß\nStefan Kaiser\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Wolff "
        "<petra.wolff@werkhalle.example>\nGesendet: Freitag, 13. November 2026 10:14\nAn: "
        "cand@example.com\nCc: Stefan Kaiser <stefan.kaiser@werkhalle.example>\nBetreff: "
        "Einladung zum Vorstellungsgespräch\n\nSehr geehrte Frau Carter,\n\nwir laden Sie "
        "am Donnerstag, 19.11.2026, um 10:00 Uhr ein. Ihre Gesprächspartner sind Frau Anja "
        "Lenz (anja.lenz@werkhalle.example) und Herr Stefan Kaiser.\n\nMit freundlichen "
        "Grüßen\nPetra Wolff\nPersonalabteilung",
    ),
    "stefan.kaiser@werkhalle.example",
    "anja.lenz@werkhalle.example",
)
case(
    "fr_manager_forwards_invite_naming_him",
    panel_mail(
        "Marc Blanc <marc.blanc@orvale.example>",
        "TR: Convocation à un entretien",
        "Bonjour Sam,\n\nJe vous transfère la convocation, au cas où.\n\nMarc\n\n"
        "-------- Message transféré --------\nDe : Julie Perrin <julie.perrin@orvale.example>"
        "\nÀ : cand@example.com\nCc : Marc Blanc <marc.blanc@orvale.example>\nObjet : "
        "Convocation à un entretien\n\nBonjour,\n\nNous vous confirmons votre entretien le "
        "jeudi 19 novembre à 14h. Vous rencontrerez Mme Claire Roux (claire.roux@orvale."
        "example) et M. Marc Blanc.\n\nCordialement,\nJulie Perrin\nService RH",
    ),
    "marc.blanc@orvale.example",
    "claire.roux@orvale.example",
)


# --- more ways of saying who is there ----------------------------------------------------

case(
    "en_joining_from_our_side",
    panel_mail(
        "Kerry Nolan <kerry.nolan@fjordline.example>",
        "Interview confirmation",
        "Hi Sam,\n\nConfirmed for Thursday 19 November at 11am on Zoom. Joining from our side "
        "will be Kim Lee (kim.lee@fjordline.example) and Raj Bose "
        "(raj.bose@fjordline.example).\n\nKerry Nolan\nRecruiter",
    ),
    "kim.lee@fjordline.example",
    "raj.bose@fjordline.example",
)
case(
    "en_back_to_back_and_finally_me",
    panel_mail(
        "Ines Duarte <ines.duarte@parcel9.example>",
        "Your interview day",
        "Hi Sam,\n\nFriday 20 November from 10am: you'll have three back-to-back conversations, "
        "first with Anna Park (anna.park@parcel9.example), then Luis Vega "
        "(luis.vega@parcel9.example), and finally with me.\n\nInes Duarte\nVP Operations",
    ),
    "ines.duarte@parcel9.example",
    "anna.park@parcel9.example",
    "luis.vega@parcel9.example",
)
case(
    "en_assistant_sends_link_for_interviewer",
    panel_mail(
        "Liam Byrne <liam.byrne@sorrelhealth.example>",
        "Interview - Thursday 19 November",
        "Hi Sam,\n\nYour interview is on Thursday 19 November at 3pm. Your interviewer will be "
        "Michelle Tan (michelle.tan@sorrelhealth.example). Her assistant, Jo Park "
        "(jo.park@sorrelhealth.example), will send you the Zoom link.\n\nLiam Byrne\nTalent "
        "Acquisition",
    ),
    "michelle.tan@sorrelhealth.example",
)
case(
    "en_manager_cant_join_colleague_runs_it",
    panel_mail(
        "Hannah Cole <hannah.cole@bramblebank.example>",
        "Re: Interview Thursday",
        "Hi Sam,\n\nApologies, I have a clash on Thursday 19 November and won't be able to join; "
        "Ollie Grant (ollie.grant@bramblebank.example) will run the interview at 2pm "
        "instead.\n\nHannah Cole\nHead of Risk",
    ),
    "ollie.grant@bramblebank.example",
)
case(
    "en_manager_asks_cc_to_join_us",
    panel_mail(
        "Paula Green <paula.green@mossgate.example>",
        "Re: Interview slots",
        "Hi Sam,\n\nGreat, Thursday 19 November at 2pm it is. I've asked Paul (cc'd) to join us "
        "for the technical part.\n\nPaula Green\nData Science Lead",
        cc="Paul Wong <paul.wong@mossgate.example>",
    ),
    "paula.green@mossgate.example",
    "paul.wong@mossgate.example",
)
case(
    "en_names_only_no_addresses",
    panel_mail(
        "Tara Quinn <tara.quinn@hollowell.example>",
        "Interview - Wednesday",
        "Hi Sam,\n\nYour interview is booked for Wednesday 18 November at 10am. You'll meet the "
        "hiring manager, Alex Kim, and a member of the team.\n\nTara Quinn\nRecruitment Partner",
    ),
)
case(
    "de_fachabteilung_und_ich_von_hr",
    panel_mail(
        "Nina Roth <nina.roth@brueckenwerk.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Carter,\n\ngerne bestätige ich Ihr Gespräch am Mittwoch, 18.11.2026, "
        "um 9:30 Uhr. Seitens der Fachabteilung nimmt Herr Dr. Felix Braun "
        "(felix.braun@brueckenwerk.example) teil, ich begleite das Gespräch von HR-Seite.\n\nMit "
        "freundlichen Grüßen\nNina Roth\nHR Business Partner",
    ),
    "felix.braun@brueckenwerk.example",
    "nina.roth@brueckenwerk.example",
)
case(
    "de_mit_mir_und_kollegin",
    panel_mail(
        "Tobias Frank <tobias.frank@saalewerk.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Frau Carter,\n\nIhr Gespräch am Freitag, 20.11.2026, um 11 Uhr findet mit mir und "
        "meiner Kollegin Frau Sarah Engel (sarah.engel@saalewerk.example) statt.\n\nViele "
        "Grüße\nTobias Frank\nAbteilungsleiter IT",
    ),
    "tobias.frank@saalewerk.example",
    "sarah.engel@saalewerk.example",
)
case(
    "fr_en_presence_de_x_et_de_moi",
    panel_mail(
        "Sylvie Caron <sylvie.caron@lumenis-fr.example>",
        "Confirmation d'entretien",
        "Bonjour Sam,\n\nVotre entretien aura lieu le mardi 17 novembre à 10h. Il se déroulera en "
        "présence de Mme Nadia Haddad (nadia.haddad@lumenis-fr.example), responsable du service, "
        "et de moi-même.\n\nCordialement,\nSylvie Caron\nChargée RH",
    ),
    "nadia.haddad@lumenis-fr.example",
    "sylvie.caron@lumenis-fr.example",
)
case(
    "fr_je_serai_presente_avec",
    panel_mail(
        "Agnès Leroy <agnes.leroy@boisjoli.example>",
        "Entretien jeudi",
        "Bonjour Sam,\n\nJe vous confirme l'entretien du jeudi 19 novembre à 9h. Je serai "
        "présente avec Hugo Lemaire (hugo.lemaire@boisjoli.example), chef d'équipe.\n\nBien à "
        "vous,\nAgnès Leroy\nDirectrice d'agence",
    ),
    "agnes.leroy@boisjoli.example",
    "hugo.lemaire@boisjoli.example",
)
case(
    "es_por_parte_del_equipo_estara",
    panel_mail(
        "Rocío Vega <rocio.vega@altamar.example>",
        "Entrevista confirmada",
        "Hola Sam:\n\nTu entrevista queda confirmada el martes 17 de noviembre a las 11:00. Por "
        "parte del equipo técnico estará Sergio Martín (sergio.martin@altamar.example).\n\nUn "
        "saludo,\nRocío Vega\nTalent Acquisition",
    ),
    "sergio.martin@altamar.example",
)
case(
    "nl_namens_het_team_schuiven_aan",
    panel_mail(
        "Lisa Kuipers <lisa.kuipers@vaartwerk.example>",
        "Bevestiging gesprek",
        "Hoi Sam,\n\nJe gesprek is op woensdag 18 november om 14:00. Namens het team schuiven "
        "Fleur Bos (fleur.bos@vaartwerk.example) en Thijs Mol (thijs.mol@vaartwerk.example) "
        "aan.\n\nGroet,\nLisa Kuipers\nRecruiter",
    ),
    "fleur.bos@vaartwerk.example",
    "thijs.mol@vaartwerk.example",
)

case(
    "en_interviewer_who_sends_the_link_is_still_met",
    panel_mail(
        "Ridgeway Careers <ridgeway@myworkday-mail.example>",
        "Interview scheduled: Analyst",
        "Hello Sam,\n\nYour interview has been scheduled.\n\nDate: Thursday 19 November 2026"
        "\nTime: 10:00 AM - 11:00 AM GMT\nInterviewer: Grace Obi (grace.obi@ridgeway."
        "example)\nLocation: Zoom (your interviewer will send the meeting link)\n\nThis "
        "mailbox is not monitored.",
    ),
    "grace.obi@ridgeway.example",
)


# --- what a calendar says of each attendee ---------------------------------------------------

case(
    "invite_attendee_who_declined_group_and_non_participant",
    panel_mail(
        "Megan Hale <megan.hale@copperfield.example>",
        "Updated invitation: Interview - Platform Engineer @ Thu 19 Nov 2026 14:00",
        "Hi Sam,\n\nUpdated invite attached for Thursday at 14:00 with Victor Lund and "
        "Amara Obi.\n\nBest,\nMegan Hale\nRecruiting Coordinator",
        calendar=ics(
            ("Megan Hale", "megan.hale@copperfield.example"),
            [
                ("Victor Lund", "victor.lund@copperfield.example", ""),
                ("Amara Obi", "amara.obi@copperfield.example", "PARTSTAT=ACCEPTED"),
                ("Ken Ito", "ken.ito@copperfield.example", "PARTSTAT=DECLINED"),
                ("Platform Hiring", "platform-hiring@copperfield.example", "CUTYPE=GROUP"),
                ("Megan Hale", "megan.hale@copperfield.example", "ROLE=NON-PARTICIPANT"),
                ("Sam Carter", ME, ""),
            ],
        ),
    ),
    "victor.lund@copperfield.example",
    "amara.obi@copperfield.example",
)


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_people_the_candidate_meets(name, raw, expected):
    got = met(raw)
    if expected:
        assert got == expected
    else:  # no one with an address to thank: none listed, whether or not a meeting is read
        assert got in (set(), {"<no interview>"})


# --- "and" before a name continues a list of those met, not any sentence -------------------

_DAN = Person(name="Dan Hale", email="dan.hale@x.example")


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is with Tom Beck and Dan Hale.",
        "It'd be me and Dan from finance, about an hour.",
        "Thursday at 2pm suits Priya and Dan.",
        "Vous rencontrerez Mme Roux et Dan Hale.",
        "Het gesprek is met mij en Dan.",
    ],
)
def test_and_continues_a_list_of_those_met(text):
    assert met_by_name(text, [_DAN]) == [_DAN]


@pytest.mark.parametrize(
    "text",
    [
        "Ana has reserved Room 3 for it, and Dan took the time to read your portfolio.",
        "Parking is free on site and Dan Hale in facilities can issue a visitor badge.",
        "Le badge est prêt à l'accueil et Dan Hale vous attendra au parking.",
        "De parkeerplaats is gratis en Dan regelt je bezoekerspas.",
    ],
)
def test_and_after_words_of_another_matter_names_no_one_met(text):
    assert met_by_name(text, [_DAN]) == []
