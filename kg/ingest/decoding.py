"""Bytes to text: byte-order marks, UTF-8 with stray cp1252 bytes, mojibake undone, binary refused.

Every reader decodes through :func:`read_text`, so a file, a line of JSONL and stdin read alike.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from kg.errors import UnreadableInput

__all__ = ["BOMS", "CONTROLS", "check_text", "decode_utf8", "open_input", "read_text",
           "repair_mojibake"]

# Binary files without NUL bytes still show up as control characters.
MAX_CONTROL_RATIO = 0.05
CONTROL_SAMPLE = 100_000

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters are never article text (and XML exports cannot hold them); tab and
# newline are layout. The binary check counts them the same way.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# UTF-8 read as cp1252 ("â€™" for "’"): a lead byte and the continuation bytes its length needs,
# as cp1252 shows them. A match is repaired only when its bytes decode as UTF-8.
_CONTINUATION = ("\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
                 "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
                 "\u0178\u0081\u008d\u008f\u0090\u009d\u00a0-\u00bf")
MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
                      f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}")


def read_text(path_or_bytes: str | os.PathLike[str] | bytes, *, name: str) -> str:
    """Decode a file (or its bytes) to text; ``name`` names it in error messages.

    A byte-order mark decides (UTF-8, UTF-16 or UTF-32); otherwise the text is UTF-8, and any
    byte that is not is read as cp1252 (a superset of Latin-1's letters), so a Latin-1 file and
    a UTF-8 file with a few stray Latin-1 bytes both read right. UTF-8 that was once misread as
    cp1252 ("â€™") is repaired. Binary data (NUL bytes outside UTF-16/32, or many control
    characters) is refused.

    >>> read_text("Zürich".encode("latin-1"), name="a.txt")
    'Zürich'
    >>> read_text("café ".encode("utf-8") + "naïve".encode("latin-1"), name="a.txt")
    'café naïve'
    >>> read_text("It’s".encode("utf-8").decode("cp1252").encode("utf-8"), name="a.txt")
    'It’s'
    >>> read_text(b"PK\\x03\\x04\\x00\\x00", name="bad.bin")
    Traceback (most recent call last):
    ...
    kg.errors.UnreadableInput: bad.bin: binary file (NUL bytes), not text
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    else:
        data = _read_bytes(Path(path_or_bytes), name=name)
    for bom, codec in BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                return check_text(decode_utf8(data[len(bom):]), name=name)
            try:
                return check_text(repair_mojibake(data.decode(codec)), name=name)
            except UnicodeDecodeError as err:
                raise UnreadableInput(f"{name}: broken {codec.upper()} text after its byte-order "
                                      f"mark ({err.reason} at byte {err.start})") from err
    if b"\x00" in data:
        raise UnreadableInput(f"{name}: binary file (NUL bytes), not text")
    return check_text(decode_utf8(data), name=name)


def _read_bytes(path: Path, *, name: str) -> bytes:
    with open_input(path, name=name) as handle:
        return handle.read()


def open_input(path: Path, *, name: str, folder: str = "is a folder, not a file"):
    """``path`` opened for reading bytes, or one UnreadableInput line naming ``name``."""
    try:
        return path.open("rb")
    except FileNotFoundError as err:
        raise UnreadableInput(f"{name}: no such file") from err
    except IsADirectoryError as err:
        raise UnreadableInput(f"{name}: {folder}") from err
    except PermissionError as err:
        raise UnreadableInput(f"{name}: permission denied; make the file readable") from err
    except OSError as err:
        raise UnreadableInput(f"{name}: cannot read ({err.strerror or err})") from err


def decode_utf8(data: bytes) -> str:
    """UTF-8, with each byte that is not UTF-8 read as cp1252, and mojibake repaired."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="surrogateescape").translate(_SURROGATE_TO_CP1252)
    return repair_mojibake(text)


# cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); they keep their Latin-1
# meaning, so every byte has a character and back.
_CP1252 = {byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
           for byte in range(256)}
_SURROGATE_TO_CP1252 = {0xDC00 + byte: _CP1252[byte] for byte in range(0x80, 0x100)}
_CP1252_BYTES = {char: byte for byte, char in _CP1252.items()}


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was once misread as cp1252 ("â€™") decoded again ("’")."""
    return MOJIBAKE.sub(_unmangle, text)


def _unmangle(match: re.Match) -> str:
    try:
        return bytes(_CP1252_BYTES[char] for char in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def check_text(text: str, *, name: str) -> str:
    """``text`` itself, or an UnreadableInput when control characters show it to be binary."""
    sample = text[:CONTROL_SAMPLE]
    if sample and len(CONTROLS.findall(sample)) > MAX_CONTROL_RATIO * len(sample):
        raise UnreadableInput(f"{name}: binary file (control characters), not text")
    return text
