"""Remove one named rule at a time and check that the test suite notices.

    python scripts/ablate_rules.py [pytest args …]

For every rule of ``RULE_CONFIDENCE``, the reported-speech rule functions of ``SENTENCE_RULES``, the merge
steps (``retype``, ``dedupe``) and the speaker rules of ``SPEAKER_RULES``, runs the fast tests with
``ATTRIBUTION_ABLATE=<rule>`` (see ``tests/conftest.py``) and prints how many failed.  Exits 1 when removing some rule fails no test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from attribution.detect.candidates import RULE_CONFIDENCE
from attribution.detect.reported import SENTENCE_RULES
from attribution.speakers.coreference import SPEAKER_RULES

TESTS = ["tests/test_rules.py", "tests/test_extract.py", "tests/test_gold.py", "tests/test_outlets.py",
         "tests/test_speakers_news.py", "tests/test_direct_forms.py", "tests/test_reported_forms.py",
         "tests/test_boundaries.py", "tests/test_speakers_classes.py", "tests/test_speakers_entities.py", "-m", "not slow"]


def main() -> int:
    rules = sorted(set(RULE_CONFIDENCE) | set(SENTENCE_RULES) | set(SPEAKER_RULES) | {"retype", "dedupe"})
    silent = []
    for rule in rules:
        env = dict(os.environ, ATTRIBUTION_ABLATE=rule)
        r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS, *sys.argv[1:]],
                           env=env, capture_output=True, text=True)
        m = re.search(r"(\d+) failed", r.stdout)
        failed = int(m.group(1)) if m else 0
        print(f"{rule:<28} {failed:>3} tests fail without it")
        if failed == 0:
            silent.append(rule)
    if silent:
        print(f"removing these fails no test: {', '.join(silent)}")
        return 1
    print(f"every one of the {len(rules)} rules is covered by a test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
