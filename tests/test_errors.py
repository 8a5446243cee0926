"""The core's errors speak in the API's terms; only kg/cli.py names commands and flags."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from kg.cli import COMMANDS, make_parser, with_cli_hint
from kg.errors import DaskUnavailable, KGError, ModelNotFound

ROOT = Path(__file__).resolve().parents[1]


def cli_words() -> re.Pattern:
    """kg's own long flags (--model, --min-confidence ...) and its commands ('kg queries')."""
    parsers = [make_parser()]
    flags = set()
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            flags.update(option for option in action.option_strings if option.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
    flags -= {"--help", "--version"}
    names = sorted(command.name for command in COMMANDS)
    return re.compile("|".join([rf"(?<![\w-]){re.escape(flag)}\b" for flag in sorted(flags)]
                               + [rf"\bkg (?:{'|'.join(names)})\b"]))


def raised_strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and node.exc is not None:
            for part in ast.walk(node.exc):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield node.lineno, part.value


def test_no_error_raised_outside_the_cli_names_a_flag_or_command():
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
             for path in sorted((ROOT / "kg").rglob("*.py")) if path.name != "cli.py"
             for line, text in raised_strings(path) if cli_words().search(text)]
    assert found == []


@pytest.mark.parametrize(("error", "shown"), [
    (ModelNotFound("no pipeline"), "no pipeline (on the command line, --model NAME)"),
    (DaskUnavailable("no dask"),
     "no dask (on the command line, leave out --workers and --scheduler)"),
    (KGError("plain"), "plain"),
])
def test_the_cli_adds_its_own_way_to_fix_an_error(error, shown):
    assert with_cli_hint(error) == shown
