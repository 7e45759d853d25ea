#!/usr/bin/env python3
"""Check the local copies of the real articles against the manifest.

usage: check_texts.py [--manifest Tests/RealArticles/manifest.tsv] [--texts Tests/RealArticles/texts] [--by-batch]

The texts are third-party pages and never enter the repository; the manifest (file, url, query, sha256, province,
batch) says which page each gold record describes. This lists every article whose text is missing or differs from
the copy the gold was written on, and how to get it back (the `search` tool's stored pages, by its url and query).
Exit status 0 when every text is present and matches, 1 otherwise. With --by-batch it prints instead, for each batch
number, how many texts are present, missing or changed and how many distinct queries a refill of the missing ones
needs (a session's `search` look-ups are limited: refill the batches a session will score first).
"""
import csv
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    manifest = os.path.join(HERE, "manifest.tsv")
    texts = os.path.join(HERE, "texts")
    if "--manifest" in argv:
        manifest = argv[argv.index("--manifest") + 1]
    if "--texts" in argv:
        texts = argv[argv.index("--texts") + 1]
    with open(manifest, encoding="utf-8") as fh:
        rows = [row for row in csv.DictReader(fh, delimiter="\t")]
    missing, changed = [], []
    for row in rows:
        path = os.path.join(texts, row["file"])
        if not os.path.exists(path):
            missing.append(row)
            continue
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        if digest != row["sha256"]:
            changed.append(row)
    if "--by-batch" in argv:
        print_by_batch(rows, missing, changed)
        return 0 if not missing and not changed else 1
    for row in missing:
        print(f"missing  {row['file']}  {row['url']}  (query: {row['query']})")
    for row in changed:
        print(f"changed  {row['file']}  {row['url']}")
    print(f"{len(rows)} articles, {len(rows) - len(missing) - len(changed)} present and unchanged, "
          f"{len(missing)} missing, {len(changed)} changed")
    return 0 if not missing and not changed else 1


def print_by_batch(rows, missing, changed):
    """One line per batch number (1a-1c are batch 1): rows, present, missing, changed, look-ups to refill."""
    def number(row):
        digits = "".join(ch for ch in row["batch"] if ch.isdigit())
        return int(digits) if digits else 0
    gone = {row["file"] for row in missing}
    differ = {row["file"] for row in changed}
    print("batch  rows  present  missing  changed  look-ups to refill")
    for batch in sorted({number(row) for row in rows}):
        own = [row for row in rows if number(row) == batch]
        lost = [row for row in own if row["file"] in gone]
        print(f"{batch:>5}  {len(own):>4}  {len(own) - len(lost):>7}  {len(lost):>7}  "
              f"{sum(row['file'] in differ for row in own):>7}  {len({row['query'] for row in lost}):>18}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
