"""Evaluation: the scorer of the spec (:mod:`.metrics`), hand labels to gold offsets (:mod:`.anchor`), and
converters from other formats (:mod:`.convert`)."""
