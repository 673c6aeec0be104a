"""Detection: quotations, cues, source spans and the named rules that turn them into candidates.

Nothing here resolves a speaker: detection proposes spans, :mod:`attribution.speakers` names who spoke.
"""

from .candidates import RULE_CONFIDENCE, Candidate
from .context import Context

__all__ = ["RULE_CONFIDENCE", "Candidate", "Context"]
