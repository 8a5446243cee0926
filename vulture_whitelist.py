"""Names vulture reports as unused that are used where it cannot see.

    vulture kg vulture_whitelist.py --min-confidence 60

tests/test_deps.py runs this and expects no finding; vulture matches names, not objects, so
each line below vouches for that name everywhere. ``_.name`` stands for a variable or argument.
"""

from urllib.robotparser import RobotFileParser

import kg
from kg.errors import ExtractionFailed
from kg.ingest.fetch import _Redirects
from kg.ingest.markup import _TextParser
from kg.model import Relation
from kg.query import NamedQuery

# html.parser.HTMLParser calls these by name while it parses.
_TextParser.handle_starttag
_TextParser.handle_endtag
_TextParser.handle_data
# urllib reads these attributes of a redirect handler and of a robots.txt parser.
_Redirects.max_redirections
_Redirects.max_repeats
RobotFileParser().disallow_all

# Python calls a module's __getattr__ and __dir__ (PEP 562): kg's lazily imported public names.
kg.__getattr__
kg.__dir__

# The context-manager protocol hands __exit__ the exception, which the stores' close() ignores.
_.exc_info

# Python reads __cause__ when it prints the error: the reported failure keeps its origin.
ExtractionFailed.__cause__

# A cache key only: kg.extract._matchers builds one pair of matchers per vocab.
_.nlp_id

# Public API for users and tests (tests/test_cli.py, tests/store/test_contract.py ...).
Relation.with_
# Public API, asserted by tests/test_query.py.
NamedQuery.runs_on_networkx
