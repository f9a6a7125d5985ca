"""Helpers for comparing how news outlets cover the same event.

One module per concern: ``corpus`` (articles, paragraphs, sentences), ``text``
(tokens), ``stats`` (bootstrap intervals), ``figures`` (style and export),
``quotes`` and ``speakers``, ``sentiment``, ``timeline``, ``framing``,
``pipeline`` and ``notebooks`` (headless execution and the report).
"""

__version__ = "0.1.0"
