#!/usr/bin/env python3
"""Inputs of `make bench`, written under DIR/work (default .build/bench/work); deterministic.

  Datasets/              a copy of the repository's Datasets (chart files point at ../Datasets/…)
  set/                   the six chart files equivalent to the anchors' set: a b c d e, and g for (f)
  one/                   chart (a) alone (per format, and one-process baseline)
  copies/                COPIES (50) copies of chart (a): the per-chart cost in one process
  many100/, many1000/    chart files over one dataset (table64), cycling through four kinds
  line_3600.csv          3,600 monthly points, 1900-01 … 2199-12 (long form)
  line_1m.csv            the anchors' big_1m.csv, its 10⁶ points one an hour from 1900-01-01 00:00 (时间,合成序列)
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
# The loader's periods run from 1900 to 2200; 10⁶ hours from 1900 end in 2014.
FIRST_HOUR = datetime.datetime(1900, 1, 1)


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
    # The anchors' 10⁶ points as a dated series, in the simplest form for one series: a
    # column of times and a column of values, the periods as rows.
    path = os.path.join(W, "line_1m.csv")
    if not os.path.exists(path):
        with open(os.path.join(B, "anchors", "data", "big_1m.csv")) as f, open(path + ".tmp", "w", encoding="utf-8") as out:
            next(f)
            out.write("时间,合成序列\n")
            out.writelines(f"{FIRST_HOUR + datetime.timedelta(hours=i):%Y-%m-%d %H:%M},{row.split(',')[1]}"
                           for i, row in enumerate(f))
        os.replace(path + ".tmp", path)


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
