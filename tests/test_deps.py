"""Every third-party module kg imports is a declared dependency, and every declared one is used:
deptry reads pyproject.toml (its [tool.deptry] section says why the exceptions are there). And
kg holds no dead code: vulture, with vulture_whitelist.py for what it cannot see used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_deptry_finds_no_undeclared_or_unused_dependency():
    done = subprocess.run([sys.executable, "-m", "deptry", "."], cwd=ROOT, capture_output=True,
                          text=True, env={"NO_COLOR": "1", "PATH": ""}, timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "No dependency issues found" in done.stdout + done.stderr


def test_vulture_finds_no_dead_code():
    """vulture at 60% confidence, its lowest: unused functions, methods, properties, classes and
    variables. What it cannot see used goes in vulture_whitelist.py with one line saying why."""
    done = subprocess.run([sys.executable, "-m", "vulture", "kg", "vulture_whitelist.py",
                           "--min-confidence", "60"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr


def test_every_folder_of_the_package_is_installed():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    folders = {".".join(path.relative_to(ROOT).parts) for path in (ROOT / "kg").rglob("*")
               if path.is_dir() and not path.name.startswith(("__", "."))}

    assert listed == {"kg", "kg.queries"} | folders
    assert config["setuptools"]["package-dir"] == {"kg.queries": "queries"}
    assert not (ROOT / "kg" / "queries").exists()  # no symlink: queries/ is the source
