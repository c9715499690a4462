#!/usr/bin/env python3
"""pandas' side of the loading case: read a table, write the long form zone,indicator,measure,unit,year,value.

Usage: pandas_export.py FILE OUT   (FILE .csv: the long form, read and written back;
                                    FILE .tsv: yearbook layout 地区 | 2001年 … 2020年, melted)
The same work `yearbook export FILE --format csv --output OUT` does on these files.
"""
import os
import sys

import pandas as pd

path, out = sys.argv[1], sys.argv[2]
if path.endswith(".tsv"):
    wide = pd.read_csv(path, sep="\t")
    df = wide.melt(id_vars=wide.columns[0], var_name="year", value_name="value")
    df = df.rename(columns={wide.columns[0]: "zone"})
    df["year"] = df["year"].str.rstrip("年")
    # yearbook names the indicator of a table that prints none after its file.
    df["indicator"], df["measure"], df["unit"] = os.path.splitext(os.path.basename(path))[0], "level", ""
else:
    df = pd.read_csv(path)
df[["zone", "indicator", "measure", "unit", "year", "value"]].to_csv(out, index=False)
