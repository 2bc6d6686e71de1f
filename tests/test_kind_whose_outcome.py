"""Whose outcome a refusal is: the formal reader counts, and a club's news stays news.

The rules may know that an outcome phrase is no step of the reader's own job (a club's "the
treasurer role is now filled"); the word model then reads the same words as a refusal, and
only a model very sure of the reader's own job may overrule them. A formal Spanish refusal
("Le informamos de que su candidatura ...") speaks to its reader as surely as "you" does.
"""

from __future__ import annotations

from functools import partial

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify
from afterview.understand.kinds.kindmodel import Features, KindModel, load
from classifymail import ME, mail, rules_kind

_formal = partial(
    mail,
    subject="Su candidatura",
    frm="Seleccion <seleccion@navesur.example>",
    message_id="<f@navesur.example>",
)


@pytest.mark.parametrize(
    "body",
    [
        "Estimado/a Sam Rivera:\n\nLe agradecemos su participación en el proceso de selección. "
        "Le informamos de que, en esta ocasión, su candidatura no ha sido seleccionada para "
        "continuar en el proceso.\n\nAtentamente,\nRecursos Humanos",
        "Estimada candidata:\n\nLe comunicamos que su solicitud para el puesto de técnica de "
        "laboratorio no ha sido seleccionada. Conservaremos su perfil para futuras vacantes.\n\n"
        "Un saludo,\nDepartamento de Personas",
        "Sr. Rivera:\n\nTras revisar su postulación, lamentamos comunicarle que no ha sido "
        "seleccionado para la siguiente fase.\n\nCordialmente,\nTalento Humano",
    ],
)
def test_a_formal_spanish_refusal_is_said_to_its_reader(body: str) -> None:
    assert rules_kind(_formal(body)) == "rejection"


_CLUB = mail(
    "Dear members,\n\nThank you to everyone who put their name forward for club treasurer. "
    "The role is now filled: unfortunately we could only choose one candidate, and Ines "
    "takes over in January.\n\nSee you at the boathouse,\nThe committee",
    subject="Treasurer update",
    frm="Riverside Rowing Club <committee@riversiderowing.example>",
    message_id="<t@riversiderowing.example>",
)


class _Leaning(KindModel):
    """The shipped model's features and words, but a fixed leaning towards one kind."""

    def __init__(self, base: KindModel, kind: str, p: float) -> None:
        super().__init__(base.kinds, base.index, base.columns, base.scale)
        self._kind, self._p = kind, p

    def probabilities(self, x: Features) -> dict[str, float]:
        rest = (1 - self._p) / (len(self.kinds) - 1)
        return {k: self._p if k == self._kind else rest for k in self.kinds}


@pytest.fixture(scope="module")
def shipped() -> KindModel:
    model = load()
    assert model is not None
    return model


def test_the_rules_know_a_clubs_post_is_no_step_of_the_readers_job() -> None:
    result = classify(parse_message(_CLUB), me=(ME,), model=None)
    assert result.kind == "unrelated"
    assert any(reason.startswith("outcome not of the reader's job") for reason in result.reasons)


@pytest.mark.parametrize(("p", "expected"), [(0.8, "unrelated"), (0.95, "rejection")])
def test_only_a_very_sure_model_overrules_that_reading(
    shipped: KindModel, p: float, expected: str
) -> None:
    leaning = _Leaning(shipped, "rejection", p)
    assert classify(parse_message(_CLUB), me=(ME,), model=leaning).kind == expected
