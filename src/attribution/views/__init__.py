"""Views of extracted documents for people: :mod:`attribution.views.html` (an article with its statements marked)."""
