#!/usr/bin/env python3
"""Compare Diaoyan's traditional->simplified conversion with OpenCC's t2s on clean traditional text.

usage: python3 Tests/Benchmarks/opencc_agreement.py [--diaoyan .build/release/diaoyan] [FILE...]

Needs the `opencc` package from PyPI (pip install opencc==1.4.2). The default corpus is the clean traditional
lines, the clean traditional news prose (Fixtures/CleanTraditional) and traditional articles of the test fixtures. Prints the share of characters on which both agree, every disagreement with
its context, and both converters' speed on the corpus (OpenCC's C++ library through its Python binding, timed
around the conversion call only; Diaoyan's figure comes from `diaoyan bench normalize`, the t2s row).
"""
import argparse
import collections
import glob
import re
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = [os.path.join(ROOT, "Tests/DiaoyanNormalizationTests/Fixtures/clean_traditional.txt")] + sorted(
    glob.glob(os.path.join(ROOT, "Tests/DiaoyanNormalizationTests/Fixtures/Articles/Sources/*.source.txt"))
    + glob.glob(os.path.join(ROOT, "Tests/DiaoyanNormalizationTests/Fixtures/CleanTraditional/*.txt"))
    + glob.glob(os.path.join(ROOT, "Tests/DiaoyanExtractionTests/Articles/*.txt")))
# Glued readings (項(xiàng)) are removed from both sides before comparing: OpenCC does not know them.
ANNOTATION = re.compile(r"\((?:[a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]+[1-5]?) ?\)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--diaoyan", default=os.path.join(ROOT, ".build/release/diaoyan"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    import opencc

    lines = []
    for path in args.files or DEFAULT:
        with open(path, encoding="utf-8") as handle:
            lines += [ANNOTATION.sub("", line.strip()) for line in handle if line.strip()]
    converter = opencc.OpenCC("t2s")
    # Only traditional lines say anything about conversion, and only lines the normalizer keeps whole.
    lines = [line for line in lines if converter.convert(line) != line and "|" not in line and "?" not in line]
    ours = []
    with tempfile.TemporaryDirectory() as folder:
        for index, line in enumerate(lines):
            with open(os.path.join(folder, f"{index:05d}.txt"), "w", encoding="utf-8") as handle:
                handle.write(line + "\n")
        output = subprocess.run([args.diaoyan, "normalize", "--json", folder], check=True, capture_output=True, text=True)
        for record in output.stdout.splitlines():
            ours.append(json.loads(record)["text"])
    total = agree = 0
    disagreements = collections.Counter()
    for line, mine in zip(lines, ours):
        # Width folding is the normalizer's, not conversion: fold OpenCC's full-width letters and digits too.
        theirs = "".join(chr(ord(ch) - 0xFEE0) if ch.isalnum() and 0xFF10 <= ord(ch) <= 0xFF5A else ch
                         for ch in converter.convert(line))
        if len(theirs) != len(mine):
            print(f"length differs, skipped: {line}\n  opencc:  {theirs}\n  diaoyan: {mine}")
            continue
        for index, (a, b) in enumerate(zip(theirs, mine)):
            total += 1
            if a == b:
                agree += 1
            else:
                context = mine[max(0, index - 3): index + 4]
                disagreements[(line[index], a, b, context)] += 1
    print(f"characters compared: {total}, agreeing: {agree} ({100.0 * agree / max(total, 1):.2f} %)")
    for (source, theirs, mine, context), count in disagreements.most_common():
        print(f"  {source}: opencc {theirs}, diaoyan {mine} ×{count}  in …{context}…")
    text = "\n".join(lines)
    size = len(text.encode("utf-8"))
    repeats = max(1, 4_000_000 // max(size, 1))
    start = time.perf_counter()
    for _ in range(repeats):
        converter.convert(text)
    elapsed = time.perf_counter() - start
    print(f"opencc t2s: {size * repeats / elapsed / 1e6:.1f} MB/s on this corpus ({repeats} passes)")


if __name__ == "__main__":
    sys.exit(main())
