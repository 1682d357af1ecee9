"""`python3 -m pip install --no-build-isolation .` (pyproject.toml, bindings/python/build_backend):
with Debian's /usr/bin/python3 it installs the package and the govinfo command for that
interpreter; with an interpreter that lacks the build dependencies it stops before building,
with a message that says what is missing and what to run instead.

To stay within the time of scripts/test, the installs reuse the build tree the suite runs
against (GOVINFO_BUILD_DIR, build/ci: `--config-settings build-dir=...`, nothing recompiled). A build from
scratch in the backend's own tree takes minutes; it runs only with GOVINFO_TEST_PIP_FRESH=1."""
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("GOVINFO_BUILD_DIR", ROOT / "build" / "ci"))
DEBIAN_PYTHON = "/usr/bin/python3"
REPORT = ROOT / "examples" / "reports" / "003_efe2eca494f81be5.txt"
VERSION = re.search(r"project\(govinfo VERSION ([0-9.]+)",
                    (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")).group(1)


def has_pip(python) -> bool:
    return subprocess.run([python, "-m", "pip", "--version"], capture_output=True).returncode == 0


def cache_value(name: str) -> str:
    text = (BUILD / "CMakeCache.txt").read_text(encoding="utf-8")
    match = re.search(rf"^{name}:[A-Z]+=(.*)$", text, re.M)
    return match.group(1) if match else ""


def clean_env(**extra) -> dict:
    """The environment without anything that would import govinfo from the build tree."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "GOVINFO_PYTHONPATH", "GOVINFO_BUILD_DIR")}
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_CACHE_DIR="1", **extra)
    return env


def pip_install(python, *args, build_dir=BUILD, timeout=600):
    command = [str(python), "-m", "pip", "install", "--no-build-isolation", "--no-deps",
               *args]
    if build_dir is not None:
        command += ["--config-settings", f"build-dir={build_dir}"]
    return subprocess.run([*command, str(ROOT)], cwd=ROOT, env=clean_env(), capture_output=True,
                          text=True, timeout=timeout)


debian = pytest.mark.skipif(not (os.path.exists(DEBIAN_PYTHON) and has_pip(DEBIAN_PYTHON)),
                            reason="needs Debian's /usr/bin/python3 with python3-pip")


@pytest.fixture(scope="module")
def reusable_build():
    if not (BUILD / "CMakeCache.txt").exists():
        pytest.skip(f"{BUILD} is not configured")
    python = cache_value("Python_EXECUTABLE")
    if not python or os.path.realpath(python) != os.path.realpath(DEBIAN_PYTHON):
        pytest.skip(f"{BUILD} is not built for {DEBIAN_PYTHON}")
    return BUILD


def check_installed(python, site: Path, command: Path, target: bool):
    """`python` imports govinfo from `site` (not from the build tree) and `command` runs. A
    --target directory is on sys.path only through PYTHONPATH; a venv's site-packages always."""
    probe = ("import govinfo, sys; r = govinfo.parse_file(sys.argv[1]).reports[0]; "
             "print(govinfo.__file__); print(r.agency, r.year, govinfo.__version__)")
    env = clean_env(**({"PYTHONPATH": str(site)} if target else {}))
    out = subprocess.run([str(python), "-c", probe, str(REPORT)], cwd=site.parent,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    where, what = out.stdout.splitlines()
    assert Path(where).resolve().is_relative_to(site.resolve())
    assert what == f"贵阳市大数据发展管理局 2020 {VERSION}"
    assert os.access(command, os.X_OK)
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    assert version.stdout == f"govinfo {VERSION}\n"
    check = subprocess.run([str(command), "check", "-q", str(REPORT)], capture_output=True,
                           text=True)
    assert check.returncode == 1 and "period_outside_year" in check.stdout


@debian
def test_pip_installs_module_and_command_for_debian_python(reusable_build, tmp_path):
    target = tmp_path / "site"
    out = pip_install(DEBIAN_PYTHON, "--target", str(target), build_dir=reusable_build)
    assert out.returncode == 0, out.stdout + out.stderr
    modules = list((target / "govinfo").glob("_core*.so"))
    assert len(modules) == 1
    for name in ("__init__.py", "_display.py", "_core.pyi", "py.typed"):
        assert (target / "govinfo" / name).exists(), name
    info = target / f"govinfo-{VERSION}.dist-info"
    metadata = (info / "METADATA").read_text(encoding="utf-8")
    assert "Name: govinfo" in metadata and f"Version: {VERSION}" in metadata
    assert "Requires-Python: >=3.11,<3.12" in metadata
    record = (info / "RECORD").read_text(encoding="utf-8")
    assert "govinfo/_display.py,sha256=" in record
    check_installed(DEBIAN_PYTHON, target, target / "bin" / "govinfo", target=True)


@debian
def test_pip_installs_into_a_venv_that_sees_debians_packages(reusable_build, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([DEBIAN_PYTHON, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    out = pip_install(python, build_dir=reusable_build)  # Debian's pip, seen through the venv
    assert out.returncode == 0, out.stdout + out.stderr
    site = next((venv / "lib").glob("python3*/site-packages"))
    assert (site / "govinfo" / "__init__.py").exists()
    check_installed(python, site, venv / "bin" / "govinfo", target=False)


@debian
def test_a_build_tree_of_another_interpreter_is_refused(reusable_build, tmp_path):
    fake = tmp_path / "fake-build"
    fake.mkdir()
    cache = (reusable_build / "CMakeCache.txt").read_text(encoding="utf-8")
    cache, n = re.subn(r"^Python_EXECUTABLE:([A-Z]+)=.*$",
                       r"Python_EXECUTABLE:\1=/opt/other/python3", cache, flags=re.M)
    assert n == 1
    (fake / "CMakeCache.txt").write_text(cache, encoding="utf-8")
    out = pip_install(DEBIAN_PYTHON, "--target", str(tmp_path / "site"), build_dir=fake)
    assert out.returncode != 0
    text = out.stdout + out.stderr
    assert f"{fake} is configured for the interpreter /opt/other/python3, not for" in text, text
    assert not (tmp_path / "site").exists()


def interpreters_without_build_dependencies(tmp_path_factory):
    """A venv of /usr/bin/python3 that does not see Debian's packages (always), and the python3
    first on PATH when it is another interpreter without pybind11 (pyenv here)."""
    found = []
    if os.path.exists(DEBIAN_PYTHON):
        venv = tmp_path_factory.mktemp("bare") / "venv"
        made = subprocess.run([DEBIAN_PYTHON, "-m", "venv", str(venv)], capture_output=True,
                              timeout=300)
        if made.returncode == 0:
            found.append(("bare-venv", venv / "bin" / "python"))
    on_path = shutil.which("python3", path=clean_env().get("PATH"))
    if on_path and os.path.realpath(on_path) != os.path.realpath(DEBIAN_PYTHON):
        lacks = subprocess.run([on_path, "-c", "import pybind11"], capture_output=True)
        if lacks.returncode != 0 and has_pip(on_path):
            found.append(("python3-on-PATH", Path(on_path)))
    return found


def test_an_interpreter_without_build_dependencies_gets_a_clear_message(tmp_path_factory):
    cases = interpreters_without_build_dependencies(tmp_path_factory)
    if not cases:
        pytest.skip("no interpreter without pybind11 and with pip (python3-venv makes one)")
    default_builds = set((ROOT / "build").glob("pip-*"))
    for name, python in cases:
        target = tmp_path_factory.mktemp("target") / "site"
        out = pip_install(python, "--target", str(target), build_dir=None, timeout=300)
        text = out.stdout + out.stderr
        assert out.returncode != 0, name
        # names the interpreter (sys.executable: a pyenv shim resolves to the real binary)
        assert re.search(r"govinfo cannot be built for the Python that runs pip, \S+ "
                         r"\(Python 3\.\d+\.\d+\):", text), text
        assert "pybind11 (2.10 or later) is not importable by this interpreter" in text, name
        assert "Traceback" not in text, name
        if name == "bare-venv":
            assert "/usr/bin/python3 -m venv --system-site-packages .venv" in text
        else:
            assert "/usr/bin/python3 -m pip install --no-build-isolation ." in text
        assert not target.exists()  # stopped before building or installing anything
        assert set((ROOT / "build").glob("pip-*")) == default_builds  # nor configured a tree


@debian
@pytest.mark.skipif(os.environ.get("GOVINFO_TEST_PIP_FRESH") != "1",
                    reason="a build from scratch takes minutes: GOVINFO_TEST_PIP_FRESH=1")
def test_pip_builds_from_scratch(tmp_path):
    build = tmp_path / "build"
    target = tmp_path / "site"
    out = pip_install(DEBIAN_PYTHON, "--target", str(target), build_dir=build, timeout=3600)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert (build / "govinfo-pip-build").exists()
    check_installed(DEBIAN_PYTHON, target, target / "bin" / "govinfo", target=True)
    wheels = list(build.glob("*.whl"))
    assert not wheels  # the wheel goes to pip's directory, not into the build tree


def test_the_wheel_is_well_formed(tmp_path):
    """The backend's wheel writer, without pip: RECORD lists every file with its hash."""
    sys.path.insert(0, str(ROOT / "bindings" / "python" / "build_backend"))
    try:
        import govinfo_build
    finally:
        sys.path.pop(0)
    import base64
    import hashlib
    wheel = tmp_path / "x.whl"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        govinfo_build._write_wheel(wheel, [("govinfo/a.py", b"x = 1\n", 0o644),
                                           ("govinfo-0.data/scripts/govinfo", b"\x7fELF", 0o755)])
    finally:
        os.chdir(cwd)
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        record = z.read(names[-1]).decode().splitlines()
        assert names[-1].endswith(".dist-info/RECORD")
        for line, name in zip(record, names):
            path, digest, size = line.split(",")
            assert path == name
            if path.endswith("RECORD"):
                assert digest == size == ""
                continue
            data = z.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert digest == "sha256=" + expected.decode() and int(size) == len(data)
        script = z.getinfo("govinfo-0.data/scripts/govinfo")
        assert (script.external_attr >> 16) & 0o777 == 0o755
