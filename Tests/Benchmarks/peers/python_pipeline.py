"""The Python pipeline a user would glue instead of Diaoyan, timed on a folder of articles.

Per document: decode the bytes (UTF-8, else GB18030, else Big5: what a careful user writes), OpenCC t2s,
jieba word segmentation, cpca's province/city/county parse of the text. Prints one JSON object: documents,
bytes, seconds (wall), cpu_seconds, docs_per_s, mb_per_s, docs_per_cpu_s (the figure a loaded machine
does not distort). The articles are read into memory first; only the processing is timed.

    python3 python_pipeline.py CORPUS_DIR
"""

import json
import pathlib
import sys
import time

import cpca
import jieba
import opencc


def decode(raw: bytes) -> str:
    for charset in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def main() -> None:
    folder = pathlib.Path(sys.argv[1])
    documents = [path.read_bytes() for path in sorted(folder.glob("*.txt"))]
    if not documents:
        sys.exit(f"no .txt files in {folder}")
    converter = opencc.OpenCC("t2s")
    jieba.initialize()
    cpca.transform(["黑龙江省哈尔滨市阿城区"])  # load cpca's tables before timing
    start = time.perf_counter()
    cpu_start = time.process_time()
    words = 0
    places = 0
    for raw in documents:
        text = converter.convert(decode(raw))
        words += len(jieba.lcut(text))
        frame = cpca.transform([text])
        places += int(frame["省"].notna().sum())
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    size = sum(len(raw) for raw in documents)
    print(
        json.dumps(
            {
                "pipeline": "opencc t2s + jieba + cpca",
                "documents": len(documents),
                "bytes": size,
                "seconds": round(seconds, 3),
                "cpu_seconds": round(cpu, 3),
                "docs_per_s": round(len(documents) / seconds, 1),
                "mb_per_s": round(size / seconds / 1e6, 3),
                "docs_per_cpu_s": round(len(documents) / cpu, 1),
                "words": words,
                "places": places,
            }
        )
    )


if __name__ == "__main__":
    main()
