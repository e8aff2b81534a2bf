"""What the import workers' fork server loads (analysis/preload.py): enough that a worker's
first file loads nothing more."""
import subprocess
import sys

from tests.conftest import REPO

CODE = """
import sys
import analysis.preload
from analysis.pipeline import prepare_file
before = set(sys.modules)
prepared = prepare_file(sys.argv[1])
print(sorted(set(sys.modules) - before))
print(len(prepared.split.analysed or []), prepared.error)
"""


def test_after_the_preload_a_file_is_analysed_without_loading_anything(tmp_path):
    speech = tmp_path / "讲话.txt"
    speech.write_text("区长在全区防汛工作会议上的讲话\n（2025年6月3日）\n同志们：\n"
                      "一、压实责任\n今年降雨偏多，全区转移群众1200人。各镇必须在汛前完成排查，"
                      "严禁擅离职守。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CODE, str(speech)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded, analysed = done.stdout.strip().splitlines()
    assert loaded == "[]"  # no module, no dictionary, no tagger left for the first file
    assert analysed == "1 None"
