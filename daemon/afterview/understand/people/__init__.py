"""People: whom the candidate meets, whom to write to, and who is a robot.

``people`` chooses the interviewers from names found in headers and text (``named``,
``named_met``, ``panel_lists``, ``callnames``; those named without an address, in
``unaddressed``, say the writer arranges), minus those who do not take part
(``not_met``, ``attendance``, ``absence``, ``on_behalf``) and those known from the thread
(``thread_people``). ``robots`` says which addresses are services, not persons, from the
lists of ``known_senders``; the pipeline and the employer's name ask it too.
"""
