#!/usr/bin/env python3
"""Refill texts/ from one page: find the manifest's sentences of a url inside a saved copy of its stored page.

usage: refill_sentences.py PAGE.txt URL

The sentences are third-party text and never enter the repository. On a new machine, save the `search` tool's
stored page (corpus `pages`, the row's query) for each url as it is returned — the excerpt, character for
character — and run this on it: every sentence of that url whose SHA-256 matches a span of the page is written to
texts/FILE. It tries the spans between sentence ends (a closing quote after the end mark included), lines, and, for
what is still missing, any span between two punctuation marks. It prints FOUND or MISSING per sentence file; a
MISSING one usually means a character of the saved page differs from the excerpt (後/后, a pinyin gloss).
"""
import csv
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ENDS = re.compile(r"(?:[。！？!?；;]|……)[”」’\"』）)]*|\n")
MARKS = re.compile(r"[。！？!?；;，,：:\n 」”>]")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    page, url = argv
    text = open(page, encoding="utf-8").read()
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as fh:
        rows = [row for row in csv.DictReader(fh, delimiter="\t") if row["url"] == url]
    if not rows:
        print("no manifest row has url", url, file=sys.stderr)
        return 1
    wanted = {row["sha256"]: row["file"] for row in rows}
    found = {}

    def check(span):
        for variant in {span, span.strip(), span + "\n", span.strip() + "\n"}:
            file = wanted.get(hashlib.sha256(variant.encode("utf-8")).hexdigest())
            if file and file not in found:
                found[file] = variant

    ends = [match.end() for match in ENDS.finditer(text)]
    starts = [0] + ends
    for first, start in enumerate(starts):
        for end in ends[first:first + 6]:
            if end > start:
                check(text[start:end])
    for line in text.split("\n"):
        check(line)
    if len(found) < len(rows):
        points = sorted({0, len(text)} | {match.end() for match in MARKS.finditer(text)})
        for first in range(len(points)):
            for second in range(first + 1, min(first + 40, len(points))):
                check(text[points[first]:points[second]])
    for file, sentence in found.items():
        with open(os.path.join(HERE, "texts", file), "w", encoding="utf-8") as out:
            out.write(sentence)
    for row in rows:
        print(("FOUND   " if row["file"] in found else "MISSING ") + row["file"])
    return 0 if len(found) == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
