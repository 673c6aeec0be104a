"""Speakers: who made each statement.  Names and their short forms (:mod:`.names`), what each sentence is
about (:mod:`.subjects`), coreference of pronouns, clitics and descriptions (:mod:`.coreference`), behind
the interface the pipeline calls (:mod:`.resolve`)."""

from .resolve import RuleResolver, Speaker, SpeakerResolver

__all__ = ["RuleResolver", "Speaker", "SpeakerResolver"]
