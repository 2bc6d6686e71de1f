"""Non-job contexts where the reader bids or pitches as a business, not as a candidate.

A supplier's tender and a start-up's pitch are refused and accepted in a job's very words:
"we regret to inform you that your bid has been unsuccessful", "der Zuschlag wurde an einen
anderen Bieter erteilt", "votre offre n'a pas été retenue", "we've decided not to move
forward with an investment", "we'd like to interview Tidewise for the W27 batch". What was
applied for is a contract or money for a company, so they read as ``applied.py``'s things
applied for (``nonjob.OTHER_APPLICATIONS``); and since buyers and funds employ people too (a
Bid Writer, a Procurement Officer, an Investment Analyst, a "chargée d'appels d'offres"),
they are also places of work (``nonjob.SECTORS``): a job named or a choice among candidates
brings a tender's mail back, and only a job named a fund's (an accelerator's partners
"interview" founders).
``contexts.py`` names, orders and compiles them; nothing else should import this module.
"""

from __future__ import annotations

CONTEXTS = {
    # a buyer's tender with the reader as a bidder: its invitation, its bidders, its award
    # and standstill, in the five languages. Only one procurement, singular and determinate:
    # the plural is a job's skill, in a real refusal too ("a candidate with more experience
    # of tender submissions", "meer ervaring met aanbestedingen", "Erfahrung mit
    # Vergabeverfahren", "experiencia en licitaciones", "juriste marchés publics"); and not
    # "Ausschreibung" alone, a German job ad's word, nor "der Zuschlag" alone, a night shift's
    # pay
    "procurement": r"\b(?=\w)(?:invitation\s+to\s+tender|tender\s+(?:submission|outcome|"
    r"evaluation|response|reference|award|return)\b|(?:your|our|the|a)\s+tender\s+(?:for|"
    r"submission|response|bid)\b|tenderers?|(?:unsuccessful|successful|winning)\s+(?:bidder|"
    r"tenderer)s?|(?:another|a\s+different|an\s+alternative)\s+(?:supplier|vendor|bidder|"
    r"tenderer)\b|standstill\s+period|contract\s+award\s+(?:notice|decision|notification)|"
    r"award(?:ed)?\s+(?:of\s+)?the\s+contract|contract\s+(?:has\s+been|was|will\s+be)\s+awarded|"
    r"procurement\s+(?:portal|exercise|reference|outcome)|"
    # a thread named after the tender: "Re: Tender - cleaning services", "Tender: NB-2291"
    r"tender\s*[-–:]\s|request\s+for\s+(?:quotation|tender)\b|"
    # a bid answered, not an RFP a Sales Engineer's job is to answer
    r"(?:your|our)\s+(?:RFP|RFQ)\s+(?:response|submission|for)|in\s+response\s+to\s+(?:our|the)\s+"
    r"(?:RFP|RFQ|tender|request\s+for\s+proposals?)|"
    r"Vergabe(?:stelle|entscheidung|vermerk|plattform|kammer)|Zuschlag\s+(?:wurde|wird|ging|"
    r"geht)\s+an|(?:den|Ihnen\s+den)\s+Zuschlag\s+(?:erhalten|erteilen|erteilt|bekommen)|"
    r"Zuschlag(?:serteilung|sentscheidung)|Bieter(?:in|gemeinschaft)?|(?:Ihre|Ihrer)\s+"
    r"Angebotsabgabe|öffentliche\s+Ausschreibung|Ausschreibung\s+(?:Nr\.?\s*)?\d|"
    r"(?:notre|cet)\s+appel\s+d'offres|appel\s+d'offres\s+(?:n°|no\.?\s|\d)|soumissionnaires?|"
    r"marché\s+(?:a\s+été|est)\s+attribué|attribution\s+du\s+marché|avis\s+d'attribution|"
    r"dossier\s+de\s+consultation|attribué\s+à\s+un\s+autre\s+(?:candidat|soumissionnaire|"
    r"prestataire)|"
    r"(?:la|esta|dicha)\s+licitación|licitación\s+(?:n\.?[º°o]|\d)|licitador(?:es|as?)?|"
    r"adjudicación\s+del\s+contrato|adjudicatari[oa]s?|contrato\s+(?:se\s+ha\s+|ha\s+sido\s+)?"
    r"adjudicado|mesa\s+de\s+contratación|"
    r"(?:de|deze|uw|onze)\s+aanbesteding\b|aanbesteding\s+(?:nr\.?\s*)?\d|inschrijvers?|"
    r"gunningsbe\w+|voorlopige\s+gunning|(?:wordt|werd|is)\s+"
    # not "gegund" alone: a Dutch refusal's "we hadden het je van harte gegund"
    r"gegund\s+aan|de\s+aanbestedende\s+dienst)\b",
    # a start-up's raise and its accelerator, from the investor's side: a fund's pass, a
    # batch's interview and place. Not "accelerator" alone (a chip's word), nor a start-up
    # employer's own news ("we just closed our Series A", "estamos a tope con la ronda de
    # inversión", "unsere Finanzierungsrunde"): only the reader's company as the one funded
    "venture": r"\b(?=\w)(?:accelerator\s+(?:programme|program|batch|cohort|application)s?|"
    r"(?:the|our|this|next|upcoming)\s+(?-i:[WSFX]\d{2})\s+batch|batch\s+of\s+(?:founders|"
    r"companies|start-?ups)|incubator\s+(?:programme|program|cohort)|term\s+sheet|"
    r"investment\s+committee|(?:an|our)\s+investment\s+(?:in\s+your|at\s+this\s+(?:stage|time|"
    r"point))|move\s+forward\s+with\s+an\s+investment|(?:our|the)\s+fund'?s?\s+(?:thesis|focus|"
    r"mandate)|your\s+(?:raise|fundraise|pitch\s+deck)\b|"
    r"gegen\s+eine\s+Investition|Investition\s+in\s+(?:euer|Ihr|dein)\s+(?:Unternehmen|Start-?up)|"
    r"(?:eure|Ihre|deine)\s+Finanzierungsrunde|Accelerator-Programm\w*|"
    r"investir\s+dans\s+(?:votre|ta)\s+(?:société|start-?up|entreprise)|(?:votre|ta)\s+levée\s+"
    r"de\s+fonds|programme\s+d'accélération|"
    r"invertir\s+en\s+(?:vuestra|tu|su)\s+(?:empresa|start-?up|compañía)|(?:vuestra|tu|su)\s+"
    r"ronda\s+de\s+(?:financiación|inversión)|(?:incubadora|aceleradora)\s+de\s+(?:empresas|"
    r"start-?ups)|"
    r"investeren\s+in\s+(?:jullie|je|uw)\s+(?:bedrijf|start-?up)|(?:jullie|je|uw)\s+"
    r"(?:investerings|financierings)ronde)\b",
}
