"""The employer's name, as a person reading the mail would state it.

``employer`` decides; the others supply and check its candidates: names in the text
(``names``, ``naming``, ``fullline``, ``capitalruns``, ``acronyms``, ``orgname``,
``orgwords``, ``registered`` for a name closed by a legal form), names tied to the
sender's domain or letterhead (``spelling``, ``domainlabels`` with ``labelsplit`` for
run-together labels, ``written``, ``writtenout``, ``letterhead`` with ``addedwords``), what
the sender says of themselves (``writers``, ``ownfirm``, ``personshown`` for a person's name
in a service's display), a signature's lines (``signedbody``), names that are not the
employer (an ``agency`` with ``subjectclient`` for the client its subject names, job
``boards``, a town after the name in ``branchplace``, a group whose brand hires in
``parentof``), a form tool's receipt (``formreceipt``), and the form of the name the mail
itself uses most (``usedform``).
"""
