"""``afterview demo``: a small job search played out on a throwaway Maildir.

No config and no network: the demo builds a local mailbox, delivers realistic mail day by
day, runs the very same pass the daemon runs (``runtime/sync.py``) at simulated times, and
tells the story: what arrived, how each application moved, and every draft in full.
"""

from afterview.demo.story import run_demo

__all__ = ["run_demo"]
