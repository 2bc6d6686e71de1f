"""Measured quality of ``classify`` on every labelled mail set in the repo.

The sets: our own fixtures (tests/fixtures/mail), two held-out sets written independently
by other people (holdout_a, holdout_b) and the shared contract samples. Run with ``-s`` (or
``python tests/test_classify_corpus.py``) to see one per-kind precision/recall table per set
and one for the total. The asserts are the aims of issue 3 on the total; the figures are
computed here from the labels, so the test fails as soon as a rule change costs accuracy.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from afterview.mail.message import parse_message
from afterview.understand.classify import classify, to_json
from afterview.understand.result import KINDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPORA = [
    FIXTURES / "mail",
    FIXTURES / "holdout_a",
    FIXTURES / "holdout_b",
    ROOT.parent / "shared" / "samples",
]
# Dev sets written independently and copied in later: scored and reported like the others, but
# they are still being worked on, so they hold a floor (their score when last raised) instead of
# the aim. Raise a floor whenever a fix lifts a set; move a set to CORPORA once it meets the aim.
DEV_FLOORS = {
    FIXTURES / "holdout_c": 0.98,
    FIXTURES / "holdout_d": 1.0,
    FIXTURES / "holdout_f": 1.0,
    FIXTURES / "holdout_h": 1.0,  # multilingual, zones; 77.5% when written
    FIXTURES / "holdout_i": 1.0,  # messy threads, agencies, founders; 72.5% when written
    FIXTURES / "holdout_g": 1.0,  # ATS and calendars; 90% when written
    FIXTURES / "holdout_j": 1.0,  # a broad inbox mix; 85% when written
    FIXTURES / "holdout_k": 1.0,  # health, schools, councils, hospitality; 77.5% when written
    FIXTURES / "holdout_l": 1.0,  # like the samples; 85% when first scored
    FIXTURES / "holdout_m": 0.975,  # mid-career, agencies, video interviews; 80%
    FIXTURES / "holdout_n": 1.0,  # North America, schedulers, DST; 85%
    FIXTURES / "holdout_o": 1.0,  # European languages and registers; 72.5%
    FIXTURES / "holdout_p": 1.0,  # early careers; 85% when first scored
    FIXTURES / "holdout_q": 0.95,  # executive search, assistants, confidential clients; 60%
    FIXTURES / "holdout_r": 1.0,  # an ordinary mix; 87.5%
    FIXTURES / "holdout_s": 0.925,  # an ordinary mix; 90% when first scored
    FIXTURES / "holdout_t": 0.95,  # a designer's search, studios and agencies; 82.5%
    FIXTURES / "holdout_u": 0.9,  # health data; 87.5% when first scored
    FIXTURES / "holdout_v": 0.9,  # a software engineer; 87.5% when first scored
    # First scored with the kind model beside the rules (rules alone in brackets); they have
    # been training data since, so these floors guard against forgetting, not generalising.
    FIXTURES / "holdout_w": 0.95,  # Europe, five languages, agencies; 97.5% (82.5%)
    FIXTURES / "holdout_x": 0.95,  # nurses, hospitals, public bodies; 97.5% (82.5%)
    FIXTURES / "holdout_y": 0.95,  # graduates, banks, Asia-Pacific English; 95% (82.5%)
    FIXTURES / "holdout_ac": 0.95,  # researchers, German and Dutch; 87.5%
    FIXTURES / "holdout_aa": 0.95,  # US tech, ATS notices; 95% untouched
    FIXTURES / "holdout_ab": 0.95,  # UK/Irish hourly jobs, phone mail; 85% untouched
    FIXTURES / "holdout_ad": 0.95,  # executive search, Spanish and French; 87.5% untouched
    FIXTURES / "holdout_ae": 0.95,  # an ordinary mix like the samples; 100% untouched
    FIXTURES / "holdout_af": 0.95,  # engineers, plants, agencies; 97.5% untouched
    FIXTURES / "holdout_ag": 0.95,  # writers, media, nonprofits; 92.5% untouched
    FIXTURES / "holdout_ah": 0.95,  # French and Spanish, public processes; 85% untouched
    FIXTURES / "holdout_ai": 0.95,  # ATS products' own layouts; 97.5% untouched
    FIXTURES / "holdout_aj": 0.95,  # threads whose short reply needs the quote; 97.5% untouched
    FIXTURES / "holdout_ak": 0.95,  # Indian-English consultancies, fraud; 87.5% untouched
    # Scored untouched with the model trained on 1,673 mails and the final weighing (94.6%)
    FIXTURES / "holdout_al": 0.95,  # an ordinary mix like the samples; 100% untouched
    FIXTURES / "holdout_am": 0.95,  # operations in NL/BE/DE/DK, agencies; 95% untouched
    FIXTURES / "holdout_an": 0.95,  # physiotherapy: NHS, HSE, clinics, clubs; 87.5% untouched
    FIXTURES / "holdout_ao": 0.95,  # sales at startups, US and Latin America; 90% untouched
    FIXTURES / "holdout_ap": 0.95,  # law firms, banks, insurers, formal; 100% untouched
    FIXTURES / "holdout_aq": 0.95,  # reply threads, Québec French; 95% untouched
    # Scored untouched at the end of the session that wrote them (96.25% together), then
    # tuned on and trained on in the next
    FIXTURES / "holdout_ar": 0.95,  # an ordinary mix like the samples; 97.5% untouched
    FIXTURES / "holdout_as": 0.95,  # teachers, schools, councils; 97.5% untouched
    FIXTURES / "holdout_at": 0.95,  # designers and developers at EU startups; 92.5% untouched
    FIXTURES / "holdout_au": 0.95,  # pharmacists in the US, retail chains; 97.5% untouched
    # Scored untouched at the start and end of the session that wrote them (94.4% -> 96.25%
    # together), then tuned on and trained on from the next
    FIXTURES / "holdout_av": 0.95,  # data engineers in DE/NL/AT, German and Dutch
    FIXTURES / "holdout_aw": 0.95,  # public sector in the UK and Ireland
    FIXTURES / "holdout_ax": 0.95,  # operations and hospitality in North America and Spain
    FIXTURES / "holdout_ay": 0.95,  # lawyers and analysts in FR/BE/CH/LU, French and German
    # Written at the start of a session and scored untouched on arrival (bd, be, bg 94.2%
    # together; bf 97.5%), then tuned on and trained on
    FIXTURES / "holdout_bd": 0.9,  # academia and research in the US, UK, Canada, Australia
    FIXTURES / "holdout_be": 0.9,  # hourly and frontline jobs in the US, Mexico and Spain
    FIXTURES / "holdout_bg": 0.9,  # consulting and audit in France, Belgium, Quebec
    FIXTURES / "holdout_bf": 0.9,  # German, Swiss and Dutch firms and public employers
    FIXTURES / "holdout_bl": 0.9,  # job mail that barely looks like it; 82.5% on arrival
    FIXTURES / "holdout_bm": 0.9,  # US and Canadian public sector and non-profits; 92.5%
    FIXTURES / "holdout_bo": 0.9,  # trades and engineering, UK/CA/AU/DE; 95%
    FIXTURES / "holdout_bn": 0.9,  # tech and banking in India and East Asia; 100%
    FIXTURES / "holdout_bp": 0.9,  # replies and forwards whose new text decides; 92.5%
    FIXTURES / "holdout_bq": 0.9,  # the Netherlands and Flanders, mostly Dutch; 92.5%
    FIXTURES / "holdout_br": 0.9,  # Spain and Latin America, mostly Spanish; 87.5%
    # Written at the start of the session that opened az..bc and scored untouched on arrival
    # (97.5-100%), then tuned on and trained on
    FIXTURES / "holdout_bu": 0.9,  # supply chain in DE/AT/FR/BE/NL, four languages; 97.5%
    FIXTURES / "holdout_bv": 0.9,  # US hospitals, schools and governments, ATS-heavy; 100%
    FIXTURES / "holdout_bx": 0.9,  # short replies and threads, US West and Canada; 97.5%
    FIXTURES / "holdout_by": 0.9,  # the middle kinds: requests, replies, cancellations; 92.5%
    FIXTURES / "holdout_bz": 0.85,  # look-alikes: the user as interviewer, alerts, scams; 87.5%
    FIXTURES / "holdout_ca": 0.9,  # UX research and design, US/CA/UK/DK/ZA; 97.5%
    FIXTURES / "holdout_cb": 0.9,  # engineers in PT/ES/FR/DE/UK, five languages; 100%
    FIXTURES / "holdout_cc": 0.9,  # retail and hospitality managers, UK/AU/NZ; 97.5%
    FIXTURES / "holdout_cd": 0.9,  # communications in FR/BE/CH/LU/QC, mostly French; 92.5%
    FIXTURES / "holdout_ce": 0.9,  # software engineers, US/CA/UK/DE/NL; 95%
    FIXTURES / "holdout_cf": 0.9,  # accountants in Spain and Latin America, mostly Spanish; 90%
    # Written at the end of one session, scored untouched at the start (93.1% together) and end
    # (93.75%) of the next and at the start of the one after (93.75%); tuned and trained on since.
    FIXTURES / "holdout_az": 0.9,  # US nursing
    FIXTURES / "holdout_ba": 0.9,  # Nordic engineering
    FIXTURES / "holdout_bb": 0.9,  # finance and IT in Asia-Pacific
    FIXTURES / "holdout_bc": 0.9,  # games and media in Europe
    # Written by writers who never saw the code and scored untouched four times (95.6%, 95.6%,
    # 96.9%, 96.9%) before they were opened for tuning and training.
    FIXTURES / "holdout_bh": 0.9,  # an ordinary mix like the samples
    FIXTURES / "holdout_bi": 0.9,  # health and social care in the UK, Ireland, AU, NZ
    FIXTURES / "holdout_bj": 0.9,  # Spain and Latin America, two thirds Spanish
    FIXTURES / "holdout_bk": 0.9,  # remote-first startups across time zones
    # Never trained or tuned on: written at the start of the session that opened az..bc, by
    # writers who never saw the code, and scored untouched at its end and at the start and end of
    # the next (120/120 together each time).
    FIXTURES / "holdout_bs": 0.85,  # an ordinary mix like the samples, a product manager
    FIXTURES / "holdout_bt": 0.85,  # an ordinary mid-career mix, Canada/Australia/Ireland
    FIXTURES / "holdout_bw": 0.85,  # an ordinary mix, Ireland/UK/India, marketing
    # Written at the start of the session after that, by writers who never saw the code, and
    # scored untouched three times (238/240 together each time) before they were opened for
    # tuning and training.
    FIXTURES / "holdout_cg": 0.975,  # an ordinary mix, a data analyst in the US and UK
    FIXTURES / "holdout_ch": 0.975,  # schools and public bodies in DE/NL/BE/UK, a third de/nl
    FIXTURES / "holdout_ci": 0.975,  # sales and customer success in the US and Canada
    FIXTURES / "holdout_cj": 0.975,  # engineers in France, Spain, Ireland, Canada
    FIXTURES / "holdout_ck": 0.975,  # new graduate developers in India, Singapore, UK, Australia
    FIXTURES / "holdout_cl": 0.975,  # designers in Spain, Mexico, Argentina, the US; half Spanish
    # Never trained or tuned on: written at the start of the session that opened cg..cl, by
    # writers who never saw the code, scored untouched on arrival (156/160 together at cfc8964).
    FIXTURES / "holdout_cm": 0.85,  # an ordinary mix, US and UK employers of every size
    FIXTURES / "holdout_cn": 0.85,  # a job seeker in Brussels, over half de/fr/es/nl
    FIXTURES / "holdout_co": 0.85,  # small employers, agencies, founders on free mail, threads
    FIXTURES / "holdout_cp": 0.85,  # scheduling-heavy tech hiring across time zones
    # Written at the start of the next session by four more such writers, each with a slant;
    # scored untouched on arrival at 81e3eed (kind 160/160 together).
    FIXTURES / "holdout_cq": 0.85,  # UK and Ireland, employers' names and decision timeframes
    FIXTURES / "holdout_cr": 0.85,  # large employers and the public sector, heavy ATS, de/fr
    FIXTURES / "holdout_cs": 0.85,  # agencies writing for clients, startups, long threads
    FIXTURES / "holdout_ct": 0.85,  # Montreal: Canada, France, Spain, Mexico, fr/es and mixed
    # Two more, written late in that session and scored on arrival at 251e35e (76/80).
    FIXTURES / "holdout_cu": 0.85,  # an ordinary mix: software, data, product; US/UK/DE/NL
    FIXTURES / "holdout_cv": 0.85,  # jobs outside offices: care, schools, shops, trades; US/UK/AU
    # Written at the start of the session after, scored on arrival at e33a40b (151/160 together).
    FIXTURES / "holdout_cw": 0.85,  # employers' names from every place; UK/US/DE/NL, a third de/nl
    FIXTURES / "holdout_cx": 0.85,  # decision timeframes and panels; ES/FR/BE/IE/CA, es/fr/nl
    FIXTURES / "holdout_cy": 0.75,  # jobs outside offices: cafés, shops, warehouses; UK/IE/NL/DE
    FIXTURES / "holdout_cz": 0.85,  # an ordinary mix in threads, Vienna and DACH, 40% German
    FIXTURES / "holdout_da": 0.85,  # US health hiring via ATS robots and agencies (40/40, be2ed41)
    FIXTURES / "holdout_db": 0.9,  # US/UK threads, employers' names, timeframes (40/40, 2c63209)
    FIXTURES / "holdout_dc": 0.9,  # Europe and remote: times and panels, five languages (40/40)
    FIXTURES / "holdout_dd": 0.9,  # look-alikes: 28 hard negatives, 12 controls (37/40, 0140f96)
    FIXTURES / "holdout_de": 0.9,  # small employers, English outside the US (38/40, 1c79b4c)
    FIXTURES / "holdout_df": 0.9,  # continental Europe in its languages, local ATS (40/40)
    # Written at the start of the session after, scored on arrival at 1838ac5 (152/160).
    FIXTURES / "holdout_dg": 0.9,  # Asia-Pacific English: IST/SGT/AEST, agencies (40/40)
    FIXTURES / "holdout_dh": 0.9,  # North American trades and services, panels (37/40)
    FIXTURES / "holdout_di": 0.9,  # UK, Ireland, Nordics, Baltics: public sector, portals (37/40)
    FIXTURES / "holdout_dj": 0.9,  # Spain, Latin America, France, Switzerland, Austria (38/40)
    # Written at the start of the session of 2026-11-23, scored on arrival at e6edbc6.
    FIXTURES / "holdout_dk": 0.9,  # an ordinary US/UK mix, an operations manager (40/40)
    FIXTURES / "holdout_dl": 0.9,  # DE/NL/BE mid-size firms, half German or Dutch (39/40)
    FIXTURES / "holdout_dm": 0.9,  # US tech and finance across time zones, schedulers (40/40)
    FIXTURES / "holdout_dn": 0.9,  # CA/AU/NZ/IE/ES/MX threads and timeframes, a quarter es (39/40)
    FIXTURES / "holdout_do": 0.9,  # look-alikes: 28 hard negatives, 12 controls (37/40)
    # Never tuned on: the honest estimate of unseen mail (85% when added, 95% after the third
    # round of fixes that never saw it).
    FIXTURES / "holdout_e": 0.90,
}
# Sets kept for measuring, not tuning: their scores are printed, their individual misses not.
UNTOUCHED = {
    FIXTURES / name
    for name in (
        *("holdout_e", "holdout_bs", "holdout_bt", "holdout_bw"),
        *("holdout_cq", "holdout_cr", "holdout_cs", "holdout_ct"),
        *("holdout_cu", "holdout_cv", "holdout_da"),
        *("holdout_db", "holdout_dc", "holdout_dd", "holdout_de", "holdout_df"),
        *("holdout_dg", "holdout_dh", "holdout_di", "holdout_dj"),
        *("holdout_dk", "holdout_dl", "holdout_dm", "holdout_dn", "holdout_do"),
    )
}
PRECISE_KINDS = ("interview_scheduled", "rejection", "offer")


@dataclass
class Scores:
    total: int = 0
    kind_ok: int = 0
    confusion: Counter = field(default_factory=Counter)  # (label, predicted)
    starts: int = 0
    starts_ok: int = 0
    starts_same_offset: int = 0
    companies: int = 0
    companies_ok: int = 0
    roles: int = 0
    roles_ok: int = 0
    interviewers: int = 0
    interviewers_found: int = 0
    decisions: int = 0
    decisions_ok: int = 0
    misses: list[str] = field(default_factory=list)


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _score(scores: Scores, name: str, label: dict, got: dict) -> None:
    scores.total += 1
    scores.confusion[(label["kind"], got["kind"])] += 1
    problems = []
    if label["kind"] == got["kind"]:
        scores.kind_ok += 1
    else:
        problems.append(f"kind {got['kind']} (want {label['kind']})")
    scores.companies += 1
    if (label["company"] or "").lower() == (got["company"] or "").lower():
        scores.companies_ok += 1
    else:
        problems.append(f"company {got['company']!r} (want {label['company']!r})")
    scores.roles += 1
    if (label["role"] or "") == (got["role"] or ""):
        scores.roles_ok += 1
    want_iv, got_iv = label.get("interview"), got.get("interview")
    if want_iv:
        scores.starts += 1
        if got_iv and _instant(got_iv["start"]) == _instant(want_iv["start"]):
            scores.starts_ok += 1
            scores.starts_same_offset += got_iv["start"] == want_iv["start"]
        else:
            problems.append(f"start {got_iv and got_iv['start']} (want {want_iv['start']})")
        wanted = {e.lower() for e in want_iv["interviewers"]}
        found = {p["email"] for p in (got_iv or {}).get("interviewers", [])}
        scores.interviewers += len(wanted)
        scores.interviewers_found += len(wanted & found)
        if wanted - found:
            problems.append(f"interviewers missing {sorted(wanted - found)}")
    if label["decision_by"] or got["decision_by"]:
        scores.decisions += 1
        want_d, got_d = label["decision_by"], got["decision_by"]
        if (
            want_d
            and got_d
            and abs((date.fromisoformat(want_d) - date.fromisoformat(got_d)).days) <= 2
        ):
            scores.decisions_ok += 1
        else:
            problems.append(f"decision_by {got_d} (want {want_d})")
    if problems:
        scores.misses.append(f"{name}: " + "; ".join(problems))


def _run() -> dict[str, Scores]:
    """Scores per labelled set, and the sum of the finished sets (not the dev sets) as "total"."""
    per_set: dict[str, Scores] = {}
    total = Scores()
    for corpus in [*CORPORA, *DEV_FLOORS]:
        labels_file = corpus / "labels.json"
        if not labels_file.exists():
            continue
        scores = per_set[corpus.name] = Scores()
        labels = json.loads(labels_file.read_text())
        for name, label in sorted(labels.items()):
            msg = parse_message((corpus / name).read_bytes())
            got = to_json(classify(msg), file=name, message_id=msg.message_id)
            _score(scores, f"{corpus.name}/{name}", label, got)
            if corpus in CORPORA:
                _score(total, f"{corpus.name}/{name}", label, got)
    per_set["total"] = total
    return per_set


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _report(name: str, s: Scores, *, misses: bool = True) -> None:
    print(f"\n== {name} ==\n{'kind':<22}{'n':>4}{'prec':>8}{'recall':>8}")
    for kind in KINDS:
        labelled = sum(n for (want, _), n in s.confusion.items() if want == kind)
        predicted = sum(n for (_, got), n in s.confusion.items() if got == kind)
        right = s.confusion[(kind, kind)]
        precision, recall = _ratio(right, predicted), _ratio(right, labelled)
        print(f"{kind:<22}{labelled:>4}{precision:>8.1%}{recall:>8.1%}")
    print(f"kind accuracy        {_ratio(s.kind_ok, s.total):.1%} of {s.total}")
    print(f"start exact (instant) {_ratio(s.starts_ok, s.starts):.1%} of {s.starts}")
    print(f"start same offset    {_ratio(s.starts_same_offset, s.starts):.1%}")
    print(f"company              {_ratio(s.companies_ok, s.companies):.1%}")
    print(f"role                 {_ratio(s.roles_ok, s.roles):.1%}")
    print(f"interviewer recall   {_ratio(s.interviewers_found, s.interviewers):.1%}")
    print(f"decision_by ±2 days  {_ratio(s.decisions_ok, s.decisions):.1%} of {s.decisions}")
    for miss in s.misses if misses else ():
        print("  miss:", miss)


def _shows_misses(set_name: str) -> bool:
    return set_name != "total" and set_name not in {c.name for c in UNTOUCHED}


@pytest.fixture(scope="module")
def all_scores() -> dict[str, Scores]:
    per_set = _run()
    for name, result in per_set.items():
        _report(name, result, misses=_shows_misses(name))
    return per_set


@pytest.fixture(scope="module")
def scores(all_scores: dict[str, Scores]) -> Scores:
    return all_scores["total"]


@pytest.mark.parametrize("name", [c.name for c in CORPORA if (c / "labels.json").exists()])
def test_kind_accuracy_of_each_set(all_scores: dict[str, Scores], name: str) -> None:
    """No set may hide behind the others: each keeps the aim on its own."""
    result = all_scores[name]
    assert _ratio(result.kind_ok, result.total) >= 0.97, result.misses


@pytest.mark.parametrize("corpus", list(DEV_FLOORS), ids=lambda c: c.name)
def test_dev_sets_hold_their_floor(all_scores: dict[str, Scores], corpus: Path) -> None:
    result = all_scores[corpus.name]
    assert result.total >= 40
    assert _ratio(result.kind_ok, result.total) >= DEV_FLOORS[corpus], result.misses


def test_corpus_is_large_enough(scores: Scores) -> None:
    assert scores.total >= 80


def test_kind_accuracy(scores: Scores) -> None:
    assert _ratio(scores.kind_ok, scores.total) >= 0.97, scores.misses


@pytest.mark.parametrize("kind", PRECISE_KINDS)
def test_precision_of_kinds_that_draft(scores: Scores, kind: str) -> None:
    predicted = sum(n for (_, got), n in scores.confusion.items() if got == kind)
    assert _ratio(scores.confusion[(kind, kind)], predicted) >= 0.98


def test_interview_fields(scores: Scores) -> None:
    assert _ratio(scores.starts_ok, scores.starts) >= 0.95
    assert _ratio(scores.interviewers_found, scores.interviewers) >= 0.95


def test_company_accuracy(scores: Scores) -> None:
    assert _ratio(scores.companies_ok, scores.companies) >= 0.95


def test_decision_dates(scores: Scores) -> None:
    assert _ratio(scores.decisions_ok, scores.decisions) >= 0.90


if __name__ == "__main__":
    for set_name, set_scores in _run().items():
        _report(set_name, set_scores, misses=_shows_misses(set_name))
