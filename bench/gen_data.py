#!/usr/bin/env python3
"""Inputs of `make bench`, written under DIR/work (default .build/bench/work); deterministic.

  Datasets/              a copy of the repository's Datasets (chart files point at ../Datasets/…)
  set/                   the six chart files equivalent to the anchors' set: a b c d e, and g for (f)
  one/                   chart (a) alone (per format, and one-process baseline)
  copies/                COPIES (50) copies of chart (a): the per-chart cost in one process
  many100/, many1000/    chart files over one dataset (table64), cycling through four kinds
  line_3600.csv          3,600 monthly points, 1900-01 … 2199-12 (long form)
  line_daily.csv         the anchors' big_1m.csv, first 109,938 points, one a day 1900-01-01 … 2200-12-31
  tidy_N.csv             long form, N rows = N/20 regions × 2001–2020
  layout_N.tsv           yearbook layout, header 地区 2001年 … 2020年, N region rows
"""
import datetime
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench")
W = os.path.join(B, "work")
COPIES = int(os.environ.get("COPIES", "50"))
SET = ["a_output_bar", "b_export_growth", "c_fdi_grouped", "d_rank_slope", "e_zhuji_output", "g_growth_dots"]
YEARS = range(2001, 2021)
# The loader's periods run from 1900 to 2200: as days that is 109,938 points, not 10⁶.
FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2200, 12, 31)


def write(path, text):
    """Write only when the content changed, so reruns keep the files (and the page cache) as they are."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path) and open(path, encoding="utf-8").read() == text:
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def chart(name):
    return open(os.path.join(ROOT, "Charts", name + ".yaml"), encoding="utf-8").read()


def charts():
    shutil.copytree(os.path.join(ROOT, "Datasets"), os.path.join(W, "Datasets"), dirs_exist_ok=True)
    for name in SET:
        write(os.path.join(W, "set", name + ".yaml"), chart(name))
    write(os.path.join(W, "one", "a_output_bar.yaml"), chart("a_output_bar"))
    for i in range(COPIES):
        write(os.path.join(W, "copies", f"a_{i:04d}.yaml"), chart("a_output_bar"))
    kinds = [chart(n) for n in ("b_export_growth", "c_fdi_grouped", "g_growth_dots", "h_shares_stacked")]
    for n in (100, 1000):
        for i in range(n):
            write(os.path.join(W, f"many{n}", f"m_{i:04d}.yaml"), kinds[i % len(kinds)])


def long_form(path, rows):
    if os.path.exists(path):  # generated data never changes: keep it
        return
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write("zone,indicator,measure,unit,year,value\n")
        f.writelines(rows)
    os.replace(path + ".tmp", path)


def lines():
    long_form(os.path.join(W, "line_3600.csv"),
              (f"合成序列,数值,level,亿元,{1900 + i // 12}-{i % 12 + 1:02d},{100 + 0.01 * i + (i * 7919 % 100) / 50:.2f}\n"
               for i in range(3600)))
    days = (LAST_DAY - FIRST_DAY).days + 1
    big = os.path.join(B, "anchors", "data", "big_1m.csv")
    with open(big) as f:
        next(f)
        ys = [next(f).split(",")[1].strip() for _ in range(days)]
    long_form(os.path.join(W, "line_daily.csv"),
              (f"合成序列,数值,level,,{FIRST_DAY + datetime.timedelta(days=i)},{y}\n" for i, y in enumerate(ys)))
    # The same points for the anchors' scripts: a copy of them whose data/big_1m.csv holds only these.
    a = os.path.join(B, "anchors-daily")
    os.makedirs(os.path.join(a, "data"), exist_ok=True)
    shutil.copy(os.path.join(B, "anchors", "render_big_mpl.py"), a)
    gp = open(os.path.join(B, "anchors", "render_big_gnuplot.gp"), encoding="utf-8").read()
    write(os.path.join(a, "render_big_gnuplot.gp"), gp.replace("1000000", str(days)).replace("1,000,000", f"{days:,}"))
    long_form(os.path.join(a, "data", "big_1m.csv"), (f"{i},{y}\n" for i, y in enumerate(ys)))


def value(k, j):
    return f"{(k * 7919 + j * 104729) % 1000000 / 10:.1f}"


def tables():
    for n in (10**4, 10**5, 10**6):
        long_form(os.path.join(W, f"tidy_{n}.csv"),
                  (f"地区{k:06d},规上工业总产值,level,亿元,{y},{value(k, y)}\n"
                   for k in range(n // len(YEARS)) for y in YEARS))
        path = os.path.join(W, f"layout_{n}.tsv")
        if not os.path.exists(path):
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write("地区\t" + "\t".join(f"{y}年" for y in YEARS) + "\n")
                f.writelines(f"地区{k:07d}\t" + "\t".join(value(k, y) for y in YEARS) + "\n" for k in range(n))
            os.replace(path + ".tmp", path)


if __name__ == "__main__":
    charts()
    lines()
    tables()
    print(f"inputs in {os.path.relpath(W)}")
