"""The pure understanding core: what a message is (kind, company, role, people, times).

Entry points and shared types stay here: ``classify`` (the one call other layers make),
``prefilter`` (what to fetch and read at all), ``result`` and ``model`` (what comes out),
``reading`` (one message read once), ``details`` (the facts beside the kind; their times in
``details_times``), ``calendar`` (invitations), ``zonenames`` (time-zone names, shared by
``calendar``, ``dates`` and ``company``). The subpackages, in the order a message passes
through them: ``body`` (the text to read), ``gates`` (cheap checks before regexes),
``phrases`` (the phrase lists), ``nonjob`` (job words that are not about the reader's
search), ``kinds`` (deciding the kind), ``company``, ``role``, ``people`` and ``dates`` (the
details).
"""
