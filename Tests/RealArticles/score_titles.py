#!/usr/bin/env python3
"""Scores the document titles of extraction records against the gold's `title`.

The headline figure of `score.py` leaves titles out; a page's title is what a user sees first in a report, so this
script says how often the normalizer's headline equals the gold's (spaces ignored; a page the gold gives no title
must get none).

Usage: python3 score_titles.py GOLD_DIR OUT.jsonl [--verbose]
Only gold files in GOLD_DIR count; records are matched to them by their source file's name.
"""
import json
import os
import sys


def squeezed(title):
    return None if title is None else "".join(title.split())


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    gold_dir, out_path, verbose = argv[1], argv[2], "--verbose" in argv[3:]
    titles = {}
    with open(out_path, encoding="utf-8") as out:
        for line in out:
            record = json.loads(line)
            name = os.path.splitext(os.path.basename(record["source"]))[0]
            titles[name] = record.get("title")
    counts = {"right": 0, "wrong": 0, "missed": 0, "none_right": 0, "spurious": 0}
    notes = []
    for file in sorted(os.listdir(gold_dir)):
        if not file.endswith(".gold.json"):
            continue
        name = file[: -len(".gold.json")]
        with open(os.path.join(gold_dir, file), encoding="utf-8") as handle:
            gold = json.load(handle).get("title")
        got = titles.get(name)
        if gold is None:
            kind = "none_right" if got is None else "spurious"
        elif squeezed(gold) == squeezed(got):
            kind = "right"
        else:
            kind = "missed" if got is None else "wrong"
        counts[kind] += 1
        if kind in ("wrong", "missed", "spurious"):
            notes.append(f"{name} title {kind}: gold {gold!r} got {got!r}")
    if verbose:
        print("\n".join(notes))
    titled = counts["right"] + counts["wrong"] + counts["missed"]
    untitled = counts["none_right"] + counts["spurious"]
    total = titled + untitled
    print(f"titles equal to the gold: {counts['right'] + counts['none_right']} of {total}")
    print(f"  pages with a title:    {counts['right']} of {titled} right ({counts['wrong']} wrong, {counts['missed']} none)")
    print(f"  pages without a title: {counts['none_right']} of {untitled} right ({counts['spurious']} given one)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
