#!/usr/bin/env bash
# make bench: issue 11's benchmark, yearbook side by side with matplotlib, gnuplot and a C program on
# Cairo (the anchors in ../shared/anchors). Installs only what is missing, builds, generates the
# inputs, times every case (bench/bench.py), then draws the result chart with yearbook itself.
#   RUNS=5        counted rounds of the quick cases     RUNS_BIG=3   of the slow ones
#   YB=path       a yearbook binary to time (default: make build, .build/release/yearbook)
#   ANCHORS=dir   the anchors (default ../shared/anchors)    ONLY=id,id   some cases (bench.py --list)
#   WARMUP=1      uncounted rounds before the quick cases
set -euo pipefail
cd "$(dirname "$0")/.."
B=.build/bench
VENV=.build/bench-venv
ANCHORS=${ANCHORS:-../shared/anchors}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

# --- what the references need, installed only when missing (like make deps) ---
missing=""
command -v gnuplot >/dev/null || missing="$missing gnuplot-nox"
[ -x /usr/bin/time ] || missing="$missing time"
command -v cc >/dev/null || missing="$missing gcc"
if [ -n "$missing" ]; then
  echo "installing:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
if ! "$VENV/bin/python" -c 'import matplotlib, pandas' 2>/dev/null; then
  echo "installing matplotlib and pandas into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r bench/requirements.txt
fi
# The venv's own interpreter, never a pyenv shim (a shim adds ~0.1 s to every start).
PY=$("$VENV/bin/python" -c 'import sys; print(sys.executable)')

# --- the binary under test ---
if [ -z "${YB:-}" ]; then
  make build
  YB=.build/release/yearbook
fi
YB=$(realpath "$YB")

# --- the anchors, copied (the shared folder is read-only) with their built program and data ---
mkdir -p "$B/anchors"
cp -r --no-preserve=mode "$ANCHORS"/. "$B/anchors/"
(
  cd "$B/anchors" && mkdir -p build
  cc -O2 -o build/cairo_bar cairo_bar.c $(pkg-config --cflags --libs pangocairo cairo-pdf cairo-svg cairo-png) -lm
  [ -f data/big_1m.csv ] || "$PY" gen_big.py
  echo "0af84b553f2075844d67b2cb2d30c52f917d1a5b78c62bf964ffddb15695a2bc  data/big_1m.csv" | sha256sum -c --quiet -
)
# The PNG-size baseline: yearbook's PNGs re-encoded with Cairo's defaults.
cc -O2 -o "$B/png_reencode" bench/png_reencode.c $(pkg-config --cflags --libs cairo-png)

# --- inputs, then the timed cases ---
"$PY" bench/gen_data.py "$B"
"$PY" bench/bench.py --yb "$YB" --py "$PY" --dir "$B" --runs "${RUNS:-5}" --runs-big "${RUNS_BIG:-3}" \
  ${WARMUP:+--warmup "$WARMUP"} ${ONLY:+--only "$ONLY"}

# --- the result chart, drawn by the tool under test from the long-form results ---
for ext in png svg; do
  [ "$(wc -l < "$B/results.csv")" -gt 1 ] || break  # no ratio among the cases run (ONLY=…)
  "$YB" plot "$B/results.csv" --kind grouped --indicator 实测 --indicator 目标 --sort table \
    --title "yearbook 对参照程序的速度倍数（同一轮内成对比较的中位数）" \
    --subtitle "参照程序耗时 ÷ yearbook 耗时，大于 1 即 yearbook 更快；目标见 issue 11" -o "$B/results.$ext"
done
echo "results: $B/results.json, $B/results.md, $B/results.png"
