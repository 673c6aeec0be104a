"""attribution: who said what in Indonesian news."""

__version__ = "0.1.0"

from .model import Attribution, Document, Span  # noqa: E402
from .pipeline import extract  # noqa: E402

__all__ = ["extract", "Document", "Attribution", "Span", "__version__"]
