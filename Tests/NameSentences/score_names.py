#!/usr/bin/env python3
"""Score the persons an extractor found in single news sentences against hand-marked names.

usage: score_names.py [--gold Tests/NameSentences/gold.jsonl] RECORDS.jsonl [--verbose]

RECORDS.jsonl is `diaoyan extract --json Tests/NameSentences/texts/*.txt`: one record per sentence, its `source`
the sentence's file. A found person counts when its name equals a marked name of that sentence after both are
folded to simplified script (character by character, with Shared/Text/Resources/t2s_characters.tsv) and the
middle dots (· • ‧ ・) are made one; each marked name is matched at most once. Prints precision, recall and F1 over
all sentences (micro), and with --verbose every miss and every spurious name.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
T2S = os.path.join(HERE, "..", "..", "Shared", "Text", "Resources", "t2s_characters.tsv")
DOTS = {"•": "·", "‧": "·", "・": "·", "∙": "·", "．": "·"}


def folding():
    table = {}
    for line in open(T2S, encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        traditional, simplified = line.rstrip("\n").split("\t")[:2]
        if len(traditional) == 1 and len(simplified) == 1:
            table[ord(traditional)] = simplified
    for dot, plain in DOTS.items():
        table[ord(dot)] = plain
    return lambda name: name.translate(table).strip()


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    gold_path = os.path.join(HERE, "gold.jsonl")
    if "--gold" in argv:
        gold_path = argv[argv.index("--gold") + 1]
        argv = argv[:argv.index("--gold")] + argv[argv.index("--gold") + 2:]
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    fold = folding()
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        row = json.loads(line)
        gold[row["file"]] = [fold(name) for name in row["names"]]
    found = {}
    for line in open(argv[0], encoding="utf-8"):
        record = json.loads(line)
        found[os.path.basename(record.get("source", ""))] = [fold(p["name"]) for p in record.get("persons", [])]
    tp = fp = fn = 0
    for file, names in sorted(gold.items()):
        left = list(names)
        for name in dict.fromkeys(found.get(file, [])):
            if name in left:
                left.remove(name)
                tp += 1
            else:
                fp += 1
                if verbose:
                    print(f"{file}\tspurious\t{name}")
        fn += len(left)
        if verbose:
            for name in left:
                print(f"{file}\tmissed\t{name}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"sentences {len(gold)}, names {tp + fn}, found {tp + fp}")
    print(f"names  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({tp}/{fp}/{fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
