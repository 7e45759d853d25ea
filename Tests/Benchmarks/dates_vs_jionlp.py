#!/usr/bin/env python3
"""Resolve the date cases of the extractor's tests with JioNLP's `parse_time` and score both resolvers.

usage: python3 Tests/Benchmarks/dates_vs_jionlp.py [CASES.tsv]

Needs `jionlp` from PyPI (pip install jionlp==1.5.31). Each case is a publication date, a date expression and the
expected ISO value at the record's precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `-` when nothing anchors it).
JioNLP answers with a time span; it is read at the finest precision whose unit holds the whole span (a day, a
month, a year), so `今年6月底` → 06-25..06-30 counts as `YYYY-06`. With no publication date JioNLP is given none and
falls back to today, which counts as wrong where the expected answer is `-`; where it raises, its answer is `-`. Diaoyan's answers are pinned by
`DateCaseTests` in `Tests/DiaoyanExtractionTests`, which fails unless every case resolves as expected.
"""
import calendar
import datetime
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(ROOT, "Tests/DiaoyanExtractionTests/DateCases/date_cases.tsv")


def cases(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            published, expression, expected = line.rstrip("\n").split("\t")
            yield published, expression, expected


def base_of(published):
    if published == "-":
        return None
    parts = [int(part) for part in published.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.datetime(*parts)


def precision(span):
    start, end = (datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S") for value in span)
    if start.date() == end.date():
        return start.strftime("%Y-%m-%d")
    if (start.year, start.month) == (end.year, end.month):
        return start.strftime("%Y-%m")
    if start.year == end.year:
        return str(start.year)
    return "?"


def main():
    import jionlp

    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    rows = list(cases(path))
    right = 0
    began = time.perf_counter()
    for published, expression, expected in rows:
        base = base_of(published)
        try:
            parsed = jionlp.parse_time(expression, time_base=base) if base else jionlp.parse_time(expression)
            answer = precision(parsed["time"])
        except Exception:  # JioNLP raises on what it cannot read: it declines, which is right for `近日`
            answer = "-"
        ok = answer == expected
        right += ok
        print(f"{'ok ' if ok else 'BAD'}  published {published:10}  {expression:12}  expected {expected:10}  jionlp {answer}")
    elapsed = time.perf_counter() - began
    print(f"\njionlp parse_time: {right}/{len(rows)} right ({elapsed * 1000 / len(rows):.2f} ms per expression)")


if __name__ == "__main__":
    main()
