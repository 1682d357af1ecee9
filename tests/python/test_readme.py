"""The README's Python example runs and prints exactly what the README shows."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_python_example_prints_what_the_readme_shows():
    import govinfo
    govinfo_path = Path(govinfo.__file__).resolve().parents[1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```python\n(.*?)```\n```text\n(.*?)```", readme, re.S)
    assert m, "README.md has no ```python block followed by a ```text output block"
    code, expected = m.group(1), m.group(2)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(govinfo_path)}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == expected
