"""kg's readers, one module per format; importing this package registers them.

To add a format, write a module here whose read function is decorated with
:func:`~kg.ingest.registry.register_reader`, and import it below: the order of the imports
is the order help and errors list the formats and sniffing tries them.
"""

from kg.ingest.readers import text, html, jsonl  # noqa: F401  (registers them, in this order)
