"""Names vulture reports as unused that are used where it cannot see.

    vulture kg vulture_whitelist.py --min-confidence 60
"""

from urllib.robotparser import RobotFileParser

from kg.ingest.fetch import _Redirects
from kg.ingest.markup import _TextParser

# html.parser.HTMLParser calls these by name while it parses.
_TextParser.handle_starttag
_TextParser.handle_endtag
_TextParser.handle_data
# urllib reads these attributes of a redirect handler and of a robots.txt parser.
_Redirects.max_redirections
_Redirects.max_repeats
RobotFileParser().disallow_all
