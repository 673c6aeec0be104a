"""Text: tokens, paragraphs, sentences and the dateline, all as offsets into the original string."""

from .segment import Parsed, paragraphs, parse_text, sentences
from .tokens import Token, attach_tags, tokenize

__all__ = ["Parsed", "Token", "attach_tags", "paragraphs", "parse_text", "sentences", "tokenize"]
