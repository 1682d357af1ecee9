"""PEP 517 build backend of govinfo: ``python3 -m pip install --no-build-isolation .``.

It builds the Python module (govinfo._core and the pure-Python package around it) and the
``govinfo`` command with the project's own CMake build, for the interpreter that runs pip, and
packs them as a wheel: the package goes to that interpreter's site-packages, the command to its
scripts directory (``bin/`` of the venv or prefix, ``~/.local/bin`` with ``--user``).

Standard library only, so that nothing has to come from a package index: the build dependencies
are the interpreter's pybind11 (Debian: python3-pybind11) and Python.h (python3-dev), CMake 3.25
and a C++20 compiler. Before anything is built they are checked, and an interpreter without them
(a pyenv or conda Python first on PATH, a venv that does not see Debian's packages) is refused
with a message that says what is missing and which command works instead.

Config settings (``pip install --config-settings KEY=VALUE``):

``build-dir``
    The CMake build directory. An already configured tree (``build/ci``) is reused as it is: only
    the module and the command are built, nothing is reconfigured, and the tree must have been
    configured with GOVINFO_BUILD_PYTHON and GOVINFO_BUILD_CLI for this interpreter. Otherwise the
    directory is configured for this interpreter (Release, no tests). Default:
    ``[tool.govinfo-build] build-dir`` of pyproject.toml, ``build/pip-{tag}``.
"""
from __future__ import annotations

import base64
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

DEBIAN_PYTHON = "/usr/bin/python3"
MIN_CMAKE = (3, 25)
MIN_PYBIND11 = (2, 10)


# ---- what is built, and for whom ----

def _root() -> Path:
    return Path.cwd()  # PEP 517: hooks run in the root of the source tree


def _project() -> dict:
    with open(_root() / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def _version() -> str:
    """The version of CMakeLists.txt's project(), the one version source."""
    text = (_root() / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(\s*govinfo\s+VERSION\s+([0-9]+(?:\.[0-9]+)*)", text)
    if not match:
        raise RuntimeError("CMakeLists.txt: no project(govinfo VERSION x.y.z)")
    return match.group(1)


def _tag() -> str:
    """The wheel tag of this interpreter, e.g. cp311-cp311-linux_x86_64."""
    python = f"cp{sys.version_info[0]}{sys.version_info[1]}"
    abi = python + sys.abiflags
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{python}-{abi}-{plat}"


def _same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


# ---- the build dependencies, checked before anything is built ----

def _problems() -> list[str]:
    problems = []
    if sys.implementation.name != "cpython":
        problems.append(f"govinfo's module is a CPython extension; this is {platform.python_implementation()}")
    if sys.version_info[:2] != (3, 11):
        problems.append(f"the module is built for Python 3.11 (bindings/python/CMakeLists.txt), "
                        f"this is {platform.python_version()}")
    try:
        import pybind11
    except ImportError:
        problems.append("pybind11 (2.10 or later) is not importable by this interpreter "
                        "(Debian: python3-pybind11)")
    else:
        found = tuple(int(p) for p in re.findall(r"\d+", pybind11.__version__)[:2])
        if found < MIN_PYBIND11:
            problems.append(f"pybind11 {pybind11.__version__} is older than 2.10")
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").exists():
        problems.append(f"no Python.h in {include} (Debian: python3-dev)")
    cmake = shutil.which("cmake")
    if cmake is None:
        problems.append("no cmake on PATH (Debian: cmake)")
    else:
        out = subprocess.run([cmake, "--version"], capture_output=True, text=True).stdout
        found = tuple(int(p) for p in re.findall(r"\d+", out)[:2])
        if found < MIN_CMAKE:
            problems.append(f"cmake {'.'.join(map(str, found))} is older than 3.25")
    return problems


def _refuse(problems: list[str]) -> None:
    """Says what is missing and what works instead, then stops pip (no traceback)."""
    lines = [f"govinfo cannot be built for the Python that runs pip, {sys.executable} "
             f"(Python {platform.python_version()}):"]
    lines += [f"  - {p}" for p in problems]
    debian = os.path.exists(DEBIAN_PYTHON)
    in_venv = sys.prefix != sys.base_prefix
    based_on_debian = debian and _same_file(getattr(sys, "_base_executable", sys.executable),
                                            DEBIAN_PYTHON)
    if based_on_debian and in_venv:
        lines += ["This venv of /usr/bin/python3 does not see Debian's packages. Make it with "
                  "--system-site-packages:",
                  "    /usr/bin/python3 -m venv --system-site-packages .venv",
                  "    .venv/bin/python -m pip install --no-build-isolation ."]
    elif based_on_debian:
        lines += ["Install the Debian packages named above (scripts/install-deps installs every "
                  "one), then run again:",
                  "    /usr/bin/python3 -m pip install --no-build-isolation ."]
    else:
        lines += ["Debian's /usr/bin/python3 has every build dependency (scripts/install-deps "
                  "installs them). Install with it:",
                  "    /usr/bin/python3 -m pip install --no-build-isolation .",
                  "or give this interpreter pybind11 and its headers, and put CMake 3.25 and a "
                  "C++20 compiler on PATH."]
    print("\n".join(lines), file=sys.stderr, flush=True)
    raise SystemExit(1)


def _check() -> None:
    problems = _problems()
    if problems:
        _refuse(problems)


# ---- the CMake build ----

def _cache(build: Path) -> dict[str, str]:
    """NAME -> value of build/CMakeCache.txt (types dropped)."""
    values = {}
    for line in (build / "CMakeCache.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9_]+):[A-Z]+=(.*)$", line)
        if match:
            values[match.group(1)] = match.group(2)
    return values


def _fail(message: str) -> None:
    print(f"govinfo: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def _build_dir(config_settings: dict | None) -> Path:
    setting = (config_settings or {}).get("build-dir")
    if setting is None:
        setting = _project().get("tool", {}).get("govinfo-build", {}).get("build-dir",
                                                                           "build/pip-{tag}")
        setting = setting.format(tag=_tag())
    path = Path(setting)
    return path if path.is_absolute() else _root() / path


def _run(command: list[str]) -> None:
    print("+ " + " ".join(command), file=sys.stderr, flush=True)
    if subprocess.run(command).returncode != 0:
        _fail(f"{command[0]} {command[1]} failed (its output is above)")


def _configure(build: Path) -> None:
    """Configures `build` for this interpreter, or checks that a configured tree fits it."""
    ours = (build / "govinfo-pip-build").exists()  # a tree this backend configured before
    if (build / "CMakeCache.txt").exists() and not ours:
        cache = _cache(build)
        wanted = {"GOVINFO_BUILD_PYTHON": "ON", "GOVINFO_BUILD_CLI": "ON"}
        for name, value in wanted.items():
            if cache.get(name, "").upper() not in (value, "TRUE", "1", "YES"):
                _fail(f"{build} is configured with {name}={cache.get(name, '(unset)')}; "
                      f"the wheel needs {name}=ON")
        python = cache.get("Python_EXECUTABLE", "")
        if not python or not _same_file(python, sys.executable):
            _fail(f"{build} is configured for the interpreter {python or '(none)'}, not for "
                  f"{sys.executable}, which runs pip: its module would not import here. Use "
                  f"another --config-settings build-dir=..., or run pip with {python}.")
        return
    import pybind11

    build.mkdir(parents=True, exist_ok=True)
    (build / "govinfo-pip-build").write_text("configured by pip install (govinfo_build.py)\n")
    command = ["cmake", "-S", str(_root()), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
               "-DGOVINFO_BUILD_PYTHON=ON", "-DGOVINFO_BUILD_CLI=ON", "-DGOVINFO_BUILD_TESTS=OFF",
               "-DGOVINFO_BUILD_EXAMPLES=OFF", "-DGOVINFO_BUILD_BENCH=OFF",
               f"-DPython_EXECUTABLE={sys.executable}", f"-Dpybind11_DIR={pybind11.get_cmake_dir()}"]
    if shutil.which("ninja") and not (build / "CMakeCache.txt").exists():
        command += ["-G", "Ninja"]
    _run(command)


def _build(build: Path) -> tuple[Path, Path]:
    """Builds the module and the command; returns the package directory and the command."""
    _configure(build)
    _run(["cmake", "--build", str(build), "--target", "govinfo_python", "govinfo_cli"])
    package = build / "python" / "govinfo"
    module = package / ("_core" + sysconfig.get_config_var("EXT_SUFFIX"))
    command = build / "cli" / "govinfo"
    for made in (module, command):
        if not made.exists():
            _fail(f"the build did not produce {made}")
    return package, command


# ---- the wheel ----

def _metadata(licence: str) -> str:
    project = _project()["project"]
    readme = (_root() / project.get("readme", "README.md")).read_text(encoding="utf-8")
    return (f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {_version()}\n"
            f"Summary: {project['description']}\nLicense: {licence}\n"
            f"Requires-Python: {project['requires-python']}\n"
            f"Description-Content-Type: text/markdown\n\n{readme}")


def _wheel_file() -> str:
    return (f"Wheel-Version: 1.0\nGenerator: govinfo_build ({_version()})\n"
            f"Root-Is-Purelib: false\nTag: {_tag()}\n")


def _licence(build: Path | None) -> str:
    """MIT, unless the binaries link poppler-cpp (GOVINFO_WITH_PDF), which makes them GPL."""
    pdf = build is not None and _cache(build).get("GOVINFO_WITH_PDF", "").upper() == "ON"
    pdf = pdf and any((_root() / "src" / "source").glob("pdf*.cpp"))
    if pdf:
        return ("MIT; this build links poppler-cpp (GOVINFO_WITH_PDF), so its binaries are "
                "covered by the GPL (README, Licence)")
    return "MIT"


def _dist_info() -> str:
    return f"govinfo-{_version()}.dist-info"


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _write_wheel(path: Path, files: list[tuple[str, bytes, int]]) -> None:
    """files: (name in the wheel, content, unix mode). RECORD is added last."""
    record = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as wheel:
        for name, data, mode in files:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            # Fast compression: pip unpacks the wheel at once, and a RelWithDebInfo module is big.
            wheel.writestr(info, data, compresslevel=1)
            record.append(_record_line(name, data))
        record_name = f"{_dist_info()}/RECORD"
        record.append(f"{record_name},,")
        wheel.writestr(zipfile.ZipInfo(record_name, date_time=(2020, 1, 1, 0, 0, 0)),
                       "\n".join(record) + "\n")


# ---- PEP 517 hooks ----

def get_requires_for_build_wheel(config_settings=None) -> list[str]:
    return []  # pybind11 is the interpreter's own (pyproject.toml, --no-build-isolation)


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None) -> str:
    _check()
    info = Path(metadata_directory) / _dist_info()
    info.mkdir(parents=True, exist_ok=True)
    build = _build_dir(config_settings)
    cache = build if (build / "CMakeCache.txt").exists() else None
    (info / "METADATA").write_text(_metadata(_licence(cache)), encoding="utf-8")
    (info / "WHEEL").write_text(_wheel_file(), encoding="utf-8")
    return info.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None) -> str:
    _check()
    build = _build_dir(config_settings)
    package, command = _build(build)
    files = []
    for path in sorted(package.iterdir()):
        if path.is_file() and path.suffix != ".pyc":  # __pycache__ is a directory: skipped
            files.append((f"govinfo/{path.name}", path.read_bytes(), 0o755 if path.suffix == ".so"
                          else 0o644))
    data = f"govinfo-{_version()}.data"
    files.append((f"{data}/scripts/govinfo", command.read_bytes(), 0o755))
    info = _dist_info()
    files.append((f"{info}/METADATA", _metadata(_licence(build)).encode(), 0o644))
    files.append((f"{info}/WHEEL", _wheel_file().encode(), 0o644))
    files.append((f"{info}/LICENSE", (_root() / "LICENSE").read_bytes(), 0o644))
    name = f"govinfo-{_version()}-{_tag()}.whl"
    _write_wheel(Path(wheel_directory) / name, files)
    return name
