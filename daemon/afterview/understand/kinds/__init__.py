"""Deciding the kind of a message: scheduled interview, rejection, offer, reply, ...

``decide`` runs the rules over what ``evidence`` gathers, with ``screening`` first weeding
out mail that is not an employer writing about the application; ``weighing`` sets the
rules' answer against the learnt ``kindmodel`` (weights in ``kindmodel.json.gz``). The other
modules answer one question each for the rules (is this about a job, who sent it, is a time
asked for, stated or taken, is the sender suspicious).
"""
