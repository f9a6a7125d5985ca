"""Helpers for comparing how news outlets cover the same event.

Packages by concern: ``corpus`` (articles, paragraphs, sentences), ``quotes``
(quotes, reported speech and their speakers), ``sentiment``, ``framing``,
``timeline`` (dates and engagement events), ``charts`` (every plot, the style
and ``export_figure``) and ``report`` (the shareable HTML pages); modules
``people`` (the one registry of people and the study's sides), ``datafiles``
(every data file read and validated), ``errors``, ``reading`` (the reading
view), ``pipeline`` (``analyze`` and ``analyze_dask``) and ``notebooks``
(headless execution).  ``ARCHITECTURE.md`` at the project's top level maps
the tables and the flow.
"""

__version__ = "0.1.0"
