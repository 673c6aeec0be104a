"""attribution: who said what in Indonesian news."""

__version__ = "0.1.0"
