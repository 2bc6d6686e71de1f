"""classify(): the employer's full name where a signature line sets it after a job title.

"Karen Whitlock - Registered Manager, Larchfield House Care Home": a line's first part is the
person, the part after their title is the employer, written whole. A care home's "Home" is
part of a name of care ("Larchfield House Care" of larchfieldcare.example is cut short); a
desk before the name ("Talent Acquisition | Kessler & Duarte Auditores") is no title, so the
name a person gives stays short.
"""

from __future__ import annotations

import functools

import pytest

from classifymail import company, mail

mail = functools.partial(mail, message_id="<at@x.example>")


@pytest.mark.parametrize(
    ("frm", "body", "want"),
    [
        (
            "Karen Whitlock <karen.whitlock@larchfieldcare.example>",
            "Hi Sam,\n\nThank you for applying for the Deputy Manager post. We would like to "
            "invite you to an interview on Monday 23 November at 11am.\n\nKind regards\n"
            "Karen Whitlock - Registered Manager, Larchfield House Care Home\n",
            "Larchfield House Care Home",
        ),
        (
            "Ruth Adeyemi <r.adeyemi@oakleynursing.example>",
            "Dear Sam,\n\nFollowing your application for the Staff Nurse vacancy, could you "
            "come in for an interview on Thursday 12 November at 2pm?\n\nBest wishes\n"
            "Ruth Adeyemi | Home Manager | Oakley Nursing Home\n",
            "Oakley Nursing Home",
        ),
        (
            "Tom Price <tom@tatewhitfield.example>",
            "Hi Sam,\n\nThanks for applying for the Architectural Technologist role. Are you "
            "free for an interview on Friday 13 November at 10am?\n\nTom Price\n"
            "Office Manager, Tate Whitfield Architects\n",
            "Tate Whitfield Architects",
        ),
    ],
)
def test_the_name_after_a_title_on_a_signature_line_is_written_whole(frm, body, want):
    assert company(mail(body, frm=frm, subject="Interview invitation")) == want
