"""Shared pytest set-up for tests/python: makes the built `govinfo` package importable.

The package lives in the build tree at <build>/python/govinfo. Where to look, first match wins:
  1. GOVINFO_PYTHONPATH: the directory holding the `govinfo` package (<build>/python);
  2. GOVINFO_BUILD_DIR: the build directory (scripts/test sets it to build/ci);
  3. PYTHONPATH, if it already makes `govinfo` importable;
  4. build/ci/python, then build-py/python, under the source tree.
Nothing here imports govinfo, so suites that do not need the module (test_cli.py) are unaffected.
Run with Debian's interpreter, which has pybind11, pytest and pandas:
  PYTHONPATH=build/ci/python /usr/bin/python3 -m pytest -q tests/python
"""
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _package_dir():
    if os.environ.get("GOVINFO_PYTHONPATH"):
        return Path(os.environ["GOVINFO_PYTHONPATH"])
    if os.environ.get("GOVINFO_BUILD_DIR"):
        return Path(os.environ["GOVINFO_BUILD_DIR"]) / "python"
    if importlib.util.find_spec("govinfo") is not None:
        return None  # already importable through PYTHONPATH
    for candidate in (ROOT / "build" / "ci" / "python", ROOT / "build-py" / "python"):
        if (candidate / "govinfo" / "__init__.py").exists():
            return candidate
    return None


_dir = _package_dir()
if _dir is not None and str(_dir) not in sys.path:
    sys.path.insert(0, str(_dir))
