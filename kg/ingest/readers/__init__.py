"""kg's readers, one module per format; importing this package registers them.

To add a format, write a module here whose read function is decorated with
:func:`~kg.ingest.registry.register_reader`, and import it below: the order of the imports
is the order help and errors list the formats and sniffing tries them (feeds and sitemaps
before HTML, since their XML also starts with markup).
"""

from kg.ingest.readers import text, feed, sitemap, html, jsonl  # noqa: F401  (registers them)
