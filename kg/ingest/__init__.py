r"""Read articles from files, folders and stdin into :class:`~kg.model.Document` records.

The first stage of kg: ``.txt``, ``.html``/``.htm`` and ``.jsonl`` files, folders of them, or
``-`` for stdin become Documents holding clean text, publication date, title, url and source.
Every later character offset indexes ``Document.text``, so cleaning only drops whole lines of
page chrome (site names, share buttons, captions, footers) and bracketed disclaimers; the body
paragraphs are kept byte for byte, less trailing whitespace. The chrome patterns are data, in
``kg/data/ingest_chrome.tsv``.

The modules, from sources down:

- ``sources``: paths, folders and stdin, each handed to its reader (:func:`read_documents`);
- ``registry``: the readers, the suffixes they take and how they recognise their content;
  the one list of formats the folder walk, the errors and the CLI's help read;
- ``readers/``: one module per format (``text``, ``html``, ``jsonl``) turning an input into
  Documents;
- ``decoding`` (bytes to text), ``cleaning`` (page chrome out of text), ``markup`` (HTML to
  text), ``dates`` (the publication date) and ``chrome`` (the patterns both of the last read).

>>> page = ("Friday, December 05, 2025 | 12:24 AM IST\nBusiness Standard\nShare\n\n"
...         "Nato chief meets Trump in Washington\n\nNATO\n\n"
...         "Mark Rutte met Donald Trump in the White House on Thursday.\n\n"
...         "First Published: Mar 17 2025 | 5:20 PM IST\nExplore News")
>>> print(clean_text(page))
Nato chief meets Trump in Washington
<BLANKLINE>
Mark Rutte met Donald Trump in the White House on Thursday.
>>> detect_date(page)
datetime.date(2025, 3, 17)
"""

from kg.ingest import readers  # noqa: F401  (registers the text, HTML and JSONL readers)
from kg.ingest.cleaning import clean_text
from kg.ingest.dates import detect_date
from kg.ingest.decoding import open_input, read_text
from kg.ingest.markup import clean_html
from kg.ingest.registry import SUFFIXES, describe_formats, register_reader
from kg.ingest.sources import STDIN, count_documents, read_documents

__all__ = ["STDIN", "SUFFIXES", "clean_html", "clean_text", "count_documents", "describe_formats",
           "detect_date", "open_input", "read_documents", "read_text", "register_reader"]
