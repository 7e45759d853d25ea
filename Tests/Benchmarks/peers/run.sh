#!/usr/bin/env bash
# Runs the Python pipeline (OpenCC t2s + jieba + cpca, pinned in requirements.txt) and Diaoyan's offline
# normalize + extract on the same generated corpus, one after the other, and prints both figures.
#
#   Tests/Benchmarks/peers/run.sh [COUNT] [SEED]      (from the repository root, after swift build -c release)
#
# The venv is made once in .build/peers-venv; the corpus is written to .build/peers-corpus-SEED-COUNT.
set -euo pipefail
count="${1:-2000}"
seed="${2:-1}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
diaoyan="$root/.build/release/diaoyan"
venv="$root/.build/peers-venv"
corpus="$root/.build/peers-corpus-$seed-$count"

[ -x "$diaoyan" ] || { echo "build first: swift build -c release --product diaoyan" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi
[ -d "$corpus" ] || "$diaoyan" corpus generate --count "$count" --seed "$seed" --out "$corpus" >&2

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo -n "python (opencc + jieba + cpca), one process: "
"$venv/bin/python" "$here/python_pipeline.py" "$corpus"
files=("$corpus"/*.txt)
for jobs in 1 "$(nproc)"; do
    /usr/bin/time -f "%e %U %S" -o "$corpus.time" "$diaoyan" extract --json --jobs "$jobs" "${files[@]}" > /dev/null
    read -r wall user system < "$corpus.time"
    python3 -c "n=${#files[@]}; w=$wall; c=$user+$system; print('{\"pipeline\": \"diaoyan extract --json --jobs $jobs (process start, tables, JSON output included)\", \"documents\": %d, \"seconds\": %.3f, \"cpu_seconds\": %.3f, \"docs_per_s\": %.1f, \"docs_per_cpu_s\": %.1f}' % (n, w, c, n / w, n / c))"
done
