"""Imported once by the process that import workers are forked from (db/importer.py): the
analysis, jieba's dictionaries and what the analysis loads on first use are made there a
single time, by analysing a short speech of its own, and each worker starts with them,
instead of loading them in every worker of every import (about 1.4 s each)."""
from analysis.language.tokens import first_tag
from analysis.pipeline import split_bytes

# Written for this purpose: a heading, a date, directives, figures, a 提法 and a document.
SAMPLE = """在全市安全生产工作会议上的讲话
（2024年3月1日）
同志们：
一、突出重点，狠抓落实
去年全市发生事故12起，死亡9人，同比下降23.5%。各级必须坚持“三管三必须”，
严禁违规作业，要在6月底前完成隐患排查。请认真贯彻《安全生产法》和国办发〔2023〕5号文件。
"""

try:
    split_bytes(SAMPLE.encode(), "preload.txt").analyse()
    first_tag("张华")  # jieba's part-of-speech tagger, which a speaker's name in a title needs
except Exception:  # a warm-up: should it fail, the workers load as they go, and the
    pass  # server, which an error here would end, still forks them
