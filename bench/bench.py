#!/usr/bin/env python3
"""The timed cases of issue 11: yearbook against matplotlib, gnuplot, C on Cairo and pandas.

Every command is a whole process, run under `/usr/bin/time -v` (user/sys seconds, max RSS) with
a monotonic clock around it (wall). The commands of one case run in turn, round after round
(the order reversed every other round so none always goes first), after WARMUP uncounted rounds;
a ratio is taken within each round and its median quoted, so a comparison holds when the shared
machine's speed drifts. Output: DIR/results.{json,md,csv} (csv: long form, for `yearbook plot`).

Run through bench/run.sh, which installs, builds and generates the inputs first.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("--yb", required=True, help="the yearbook binary")
ap.add_argument("--py", default=sys.executable, help="python with matplotlib and pandas")
ap.add_argument("--dir", default=".build/bench")
ap.add_argument("--runs", type=int, default=5, help="counted rounds of the quick cases")
ap.add_argument("--runs-big", type=int, default=3, help="counted rounds of the slow cases")
ap.add_argument("--warmup", type=int, default=1, help="uncounted rounds first (slow cases: --warmup-big)")
# The slow cases come after quick ones on the same binary, data and fonts: those warmed the caches.
ap.add_argument("--warmup-big", type=int, default=0)
ap.add_argument("--timeout", type=float, default=300, help="seconds one run may take")
ap.add_argument("--only", default="", help="comma-separated case ids")
ap.add_argument("--list", action="store_true")
A = ap.parse_args()

B = os.path.abspath(A.dir)
W, ANCH, OUT = (os.path.join(B, d) for d in ("work", "anchors", "out"))
HERE = os.path.dirname(os.path.abspath(__file__))
YB, PY = A.yb, A.py
COPIES = len(os.listdir(os.path.join(W, "copies"))) if os.path.isdir(os.path.join(W, "copies")) else 0


def cmd(key, argv, cwd=W, out=None):
    """A command of a case; `out` is a folder emptied before every run (outputs are new files each time)."""
    return dict(key=key, argv=[str(a) for a in argv], cwd=cwd, out=out)


def o(*parts):
    return os.path.join(OUT, *parts)


def render(key, folder, out, *extra):
    return cmd(key, [YB, "render", folder, "--out", o(out), *extra], out=o(out))


def gnuplot(key, script, cwd, out, **vars_):
    sets = "; ".join([f'OUT="{o(out)}"'] + [f'{k}="{v}"' for k, v in vars_.items()])
    return cmd(key, ["gnuplot", "-e", sets, script], cwd=cwd, out=o(out))


def wall(k):
    return lambda r: r[k]["wall"]


def ratio(num, den):
    """Paired within one round: how many times faster `den` is than `num`."""
    return lambda r: r[num]["wall"] / r[den]["wall"]


def per_chart(who):
    return lambda r: (r[f"{who}_{N}"]["wall"] - r[f"{who}_1"]["wall"]) / (N - 1)


def at_least(x):
    return lambda v: v >= x


def at_most(x):
    return lambda v: v <= x


def mb_s(path, k):
    mb = os.path.getsize(os.path.join(W, path)) / 1e6
    return lambda r: mb / r[k]["wall"]


def rss_per_file(path, k):
    mib = os.path.getsize(os.path.join(W, path)) / 2**20
    return lambda r: r[k]["rss"] / mib


# A metric: (id, what, fn(round) -> value, unit, target text, test or None, label for the result chart or None)
CASES = []


def case(id_, title, cmds, metrics, big=False):
    CASES.append(dict(id=id_, title=title, cmds=cmds, metrics=metrics, big=big))


case("startup", "start-up: `yearbook --help`", [cmd("yb", [YB, "--help"])],
     [("startup", "yearbook --help", wall("yb"), "s", "≤ 0.015 s", at_most(0.015), None)])

case("set", "standard set: 6 charts × PNG+PDF+SVG, whole processes", [
    render("yb", "set", "set-yb"),
    render("yb_j1", "set", "set-yb-j1", "--jobs", "1"),
    cmd("mpl", [PY, "render_mpl.py", o("set-mpl")], cwd=ANCH, out=o("set-mpl")),
    gnuplot("gnuplot", "render_gnuplot.gp", ANCH, "set-gnuplot"),
], [
    ("set_vs_mpl", "matplotlib ÷ yearbook (default jobs)", ratio("mpl", "yb"), "×", "≥ 15×", at_least(15), "标准图集 对 matplotlib"),
    ("set_vs_gnuplot", "gnuplot ÷ yearbook (default jobs)", ratio("gnuplot", "yb"), "×", "≥ 2.5×", at_least(2.5), "标准图集 对 gnuplot"),
    ("set_j1_vs_mpl", "matplotlib ÷ yearbook --jobs 1", ratio("mpl", "yb_j1"), "×", "", None, "标准图集 单核 对 matplotlib"),
    ("set_j1_vs_gnuplot", "gnuplot ÷ yearbook --jobs 1", ratio("gnuplot", "yb_j1"), "×", "", None, "标准图集 单核 对 gnuplot"),
])

N = COPIES
if N > 1:  # T1 and TN paired in a round: the per-chart cost without start-up
    case("perchart", f"per chart in one process: chart (a) × PNG+PDF+SVG, 1 and {N} times, one core", [
        render("yb_1", "one", "one-yb", "--jobs", "1"),
        render(f"yb_{N}", "copies", "copies-yb", "--jobs", "1"),
        cmd("c_1", ["build/cairo_bar", "-o", o("one-c")], cwd=ANCH, out=o("one-c")),
        cmd(f"c_{N}", ["build/cairo_bar", "-n", N, "-o", o("copies-c")], cwd=ANCH, out=o("copies-c")),
    ], [
        ("perchart_yb", f"yearbook s/chart = (T{N} − T1)/{N - 1}", per_chart("yb"), "s", "", None, None),
        ("perchart_c", f"C Cairo s/chart = (T{N} − T1)/{N - 1}", per_chart("c"), "s", "", None, None),
        ("perchart_vs_c", "C s/chart ÷ yearbook s/chart", lambda r: per_chart("c")(r) / per_chart("yb")(r),
         "×", "> 1×", at_least(1.0), "每张图 对 C Cairo"),
        ("perchart_whole_vs_c", f"{N} charts, whole process: C ÷ yearbook", ratio(f"c_{N}", f"yb_{N}"), "×", "", None, None),
    ])

for fmt in ("png", "pdf", "svg"):
    case(f"format_{fmt}", f"one chart (a), {fmt.upper()} only", [
        render("yb", "one", f"fmt-{fmt}-yb", "--format", fmt),
        gnuplot("gnuplot", "render_gnuplot.gp", ANCH, f"fmt-{fmt}-gnuplot", CHARTS="a", FORMATS=fmt),
    ], [(f"format_{fmt}", "gnuplot ÷ yearbook", ratio("gnuplot", "yb"), "×", "", None, f"单图 {fmt.upper()} 对 gnuplot")])

case("line_3600", "long line: 3,600 monthly points → PNG", [
    cmd("yb", [YB, "plot", "line_3600.csv", "-o", o("line", "line_3600.png")], out=o("line")),
], [("line_3600", "yearbook wall", wall("yb"), "s", "≤ 0.15 s", at_most(0.15), None)])

case("line_1m", "long line: the anchors' 10⁶ points as hourly dated rows (1900-01-01 00:00 … 2014-01-29 15:00) → PNG; anchors on the same points", [
    cmd("yb", [YB, "plot", "line_1m.csv", "-o", o("big-yb", "line_1m.png")], out=o("big-yb")),
    cmd("mpl", [PY, "render_big_mpl.py", o("big-mpl", "big_1m.png")], cwd=ANCH, out=o("big-mpl")),
    gnuplot("gnuplot", "render_big_gnuplot.gp", ANCH, "big-gnuplot"),
], [
    ("line_1m", "yearbook wall", wall("yb"), "s", "≤ 1 s", at_most(1.0), None),
    ("line_1m_rss", "yearbook peak RSS", lambda r: r["yb"]["rss"], "MiB", "≤ 300 MiB", at_most(300), None),
    ("line_1m_vs_mpl", "matplotlib ÷ yearbook, same points", ratio("mpl", "yb"), "×", "≥ 2×", at_least(2), "长折线 对 matplotlib"),
    ("line_1m_vs_gnuplot", "gnuplot ÷ yearbook, same points", ratio("gnuplot", "yb"), "×", "", None, "长折线 对 gnuplot"),
], big=True)

SUP = {10**4: "⁴", 10**5: "⁵", 10**6: "⁶"}
for kind, ext, sizes in (("tidy", "csv", (10**4, 10**5, 10**6)), ("layout", "tsv", (10**4, 10**5, 10**6))):
    for n in sizes:
        f = f"{kind}_{n}.{ext}"
        mbs = 100 if kind == "tidy" else 30
        cmds = [cmd("yb", [YB, "export", f, "--format", "csv", "--output", "/dev/null"])]
        # yearbook refuses a file over 128 MiB at once: pandas melting 20 M cells of it would only cost time.
        if os.path.exists(os.path.join(W, f)) and os.path.getsize(os.path.join(W, f)) < 128 << 20:
            cmds.append(cmd("pandas", [PY, os.path.join(HERE, "pandas_export.py"), f, "/dev/null"]))
        ms = [] if not os.path.exists(os.path.join(W, f)) else [
            (f"{kind}_{n}_mbs", "yearbook MB/s", mb_s(f, "yb"), "MB/s", f"≥ {mbs} MB/s", at_least(mbs), None),
            (f"{kind}_{n}_mem", "yearbook peak RSS ÷ file size", rss_per_file(f, "yb"), "×", "≤ 4×", at_most(4), None)]
        if len(cmds) > 1:
            ms.append((f"{kind}_{n}_vs_pandas", "pandas ÷ yearbook", ratio("pandas", "yb"), "×", "> 1×", at_least(1.0),
                       f"{'长表' if kind == 'tidy' else '年鉴表'} 10{SUP[n]} 行 对 pandas"))
        case(f"{kind}_{n}", f"load + export {kind} {n:,} rows ({f})", cmds, ms, big=n > 10**4)

for n in (100, 1000):
    case(f"many_{n}", f"render {n} chart files over one dataset", [
        render("yb_j1", f"many{n}", f"many{n}-j1", "--jobs", "1"),
        render("yb_j2", f"many{n}", f"many{n}-j2", "--jobs", "2"),
    ], [(f"many_{n}_jobs", "--jobs 1 ÷ --jobs 2", ratio("yb_j1", "yb_j2"), "×", "≥ 1.85×" if n == 1000 else "",
         at_least(1.85) if n == 1000 else None, f"{n} 张图 --jobs 2 对 1")], big=n > 100)

if A.list:
    for c in CASES:
        print(f"{c['id']:16s} {c['title']}")
    sys.exit()
if A.only:
    CASES = [c for c in CASES if c["id"] in A.only.split(",")]


def run_once(c):
    """One whole-process run: wall from a monotonic clock, cpu and max RSS from /usr/bin/time -v."""
    if c["out"]:
        shutil.rmtree(c["out"], ignore_errors=True)
        os.makedirs(c["out"])
    fd, tpath = tempfile.mkstemp(suffix=".time")
    os.close(fd)
    t = time.perf_counter()
    p = subprocess.Popen(["/usr/bin/time", "-v", "-o", tpath] + c["argv"], cwd=c["cwd"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        err = p.communicate(timeout=A.timeout)[1].decode(errors="replace")
        rc = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        err, rc = f"killed after {A.timeout:.0f} s", "timeout"
    w = time.perf_counter() - t
    report = open(tpath).read()
    os.unlink(tpath)

    def field(label):
        m = re.search(re.escape(label) + r":\s*([0-9.]+)", report)
        return float(m.group(1)) if m else float("nan")

    # /usr/bin/time exits with the command's status: rc is the command's.
    return dict(wall=w, user=field("User time (seconds)"), sys=field("System time (seconds)"),
                rss=field("Maximum resident set size (kbytes)") / 1024, rc=rc,
                error=err.strip().splitlines()[-1][:300] if rc != 0 and err.strip() else "")


def spread(xs):
    xs = [x for x in xs if x is not None]
    return dict(median=statistics.median(xs), min=min(xs), max=max(xs)) if xs else None


def run_case(c):
    runs, warm = (A.runs_big, A.warmup_big) if c["big"] else (A.runs, A.warmup)
    rounds = []
    for i in range(warm + runs):
        order = c["cmds"] if i % 2 == 0 else c["cmds"][::-1]
        r = {x["key"]: run_once(x) for x in order}
        if i >= warm:
            rounds.append(r)
    cmds = []
    for x in c["cmds"]:
        rs = [r[x["key"]] for r in rounds]
        ok = [q for q in rs if q["rc"] == 0]
        s = dict(key=x["key"], argv=x["argv"], cwd=x["cwd"], runs=rs, failed=len(rs) - len(ok),
                 error=next((q["error"] for q in rs if q["rc"] != 0), ""),
                 wall=spread([q["wall"] for q in ok]), cpu=spread([q["user"] + q["sys"] for q in ok]),
                 rss=spread([q["rss"] for q in rs]))
        cmds.append(s)
        w = s["wall"]
        print(f"  {c['id']:14s} {x['key']:11s} " + (
            f"wall {w['median']:.3f} s ({w['min']:.3f}–{w['max']:.3f})  cpu {s['cpu']['median']:.2f} s  "
            f"peak {s['rss']['median']:.0f} MiB" if w else f"FAILED: {s['error']}") +
            (f"  [{s['failed']} of {len(rs)} runs failed: {s['error']}]" if w and s["failed"] else ""), flush=True)
    metrics = []
    for id_, what, fn, unit, target, test, label in c["metrics"]:
        vals = []
        for r in rounds:
            try:
                vals.append(fn(r) if all(q["rc"] == 0 for q in r.values()) else None)
            except ZeroDivisionError:
                vals.append(None)
        sp = spread(vals)
        met = None if sp is None or test is None else bool(test(sp["median"]))
        metrics.append(dict(id=id_, case=c["id"], what=what, unit=unit, target=target, met=met, label=label,
                            values=vals, **(sp or dict(median=None, min=None, max=None))))
    return dict(id=c["id"], title=c["title"], runs=runs, warmup=warm, commands=cmds, metrics=metrics)


def sh(*argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def machine():
    root = os.path.dirname(HERE)
    pkgs = sh(PY, "-c", "import matplotlib, numpy, pandas; print(f'matplotlib {matplotlib.__version__}, "
                        "numpy {numpy.__version__}, pandas {pandas.__version__}')")
    return dict(date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                nproc=os.cpu_count(), cpu=next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                                               if l.startswith("model name")), platform.processor()),
                free=sh("free", "-h"), kernel=platform.release(),
                yearbook=f"{sh('git', '-C', root, 'rev-parse', '--short', 'HEAD')}"
                         f"{' + uncommitted changes' if sh('git', '-C', root, 'status', '--porcelain', '--untracked-files=no', 'Sources') else ''}",
                binary=YB, python=sh(PY, "-c", "import platform; print(platform.python_version())"), packages=pkgs,
                gnuplot=sh("gnuplot", "--version"), cairo=sh("pkg-config", "--modversion", "cairo"),
                pango=sh("pkg-config", "--modversion", "pango"), load_before=os.getloadavg())


def png_sizes(results):
    """The set's PNGs from yearbook against the same pixels re-encoded with Cairo's libpng defaults."""
    tool = os.path.join(B, "png_reencode")
    if "set" not in {c["id"] for c in results} or not os.path.exists(tool):
        return []
    ours = sorted(o("set-yb", f) for f in os.listdir(o("set-yb")) if f.endswith(".png"))
    theirs = [o("png-reencoded", os.path.basename(f)) for f in ours]
    os.makedirs(o("png-reencoded"), exist_ok=True)
    subprocess.run([tool] + [x for pair in zip(ours, theirs) for x in pair], check=True)
    v = sum(map(os.path.getsize, ours)) / sum(map(os.path.getsize, theirs))
    return [dict(id="png_size", case="set", what="the set's PNG bytes: yearbook ÷ same pixels by Cairo's libpng defaults",
                 unit="×", target="≤ 1.25×", met=v <= 1.25, label=None, values=[v], median=v, min=v, max=v)]


def flat_memory(results):
    """Peak RSS of 1,000 charts ÷ 100 charts, each with two jobs: ≈ 1 when every chart is dropped once written."""
    rss = {c["id"]: next(x["rss"]["median"] for x in c["commands"] if x["key"] == "yb_j2")
           for c in results if c["id"] in ("many_100", "many_1000")}
    if len(rss) < 2:
        return []
    v = rss["many_1000"] / rss["many_100"]
    return [dict(id="many_memory", case="many_1000", what="peak RSS, 1,000 charts ÷ 100 charts (--jobs 2)",
                 unit="×", target="flat (≤ 1.25×)", met=v <= 1.25, label=None, values=[v], median=v, min=v, max=v)]


def linear(results):
    """Seconds per MB at 10⁵ rows ÷ at 10⁴: ≈ 1 when loading costs time linear in the size."""
    out = []
    for kind in ("tidy", "layout"):
        per_mb = {}
        for c in results:
            x = c["commands"][0]
            if c["id"] in (f"{kind}_10000", f"{kind}_100000") and x["wall"]:
                f = x["argv"][2]
                per_mb[c["id"]] = x["wall"]["median"] / (os.path.getsize(os.path.join(W, f)) / 1e6)
        if len(per_mb) == 2:
            v = per_mb[f"{kind}_100000"] / per_mb[f"{kind}_10000"]
            out.append(dict(id=f"{kind}_linear", case=f"{kind}_100000", what="yearbook s/MB at 10⁵ rows ÷ at 10⁴",
                            unit="×", target="linear (≤ 1.25×)", met=v <= 1.25, label=None, values=[v],
                            median=v, min=v, max=v))
    return out


def set_sizes(results):
    """KiB of the standard set's files per format and tool, from the last round's outputs."""
    if "set" not in {c["id"] for c in results}:
        return {}
    sizes = {}
    for tool, d in (("yearbook", "set-yb"), ("matplotlib", "set-mpl"), ("gnuplot", "set-gnuplot")):
        for f in os.listdir(o(d)):
            ext = f.rsplit(".", 1)[-1]
            if ext in ("png", "pdf", "svg"):
                sizes.setdefault(tool, {}).setdefault(ext, 0)
                sizes[tool][ext] += os.path.getsize(o(d, f)) / 1024
    return sizes


def fmt(v, unit):
    if v is None:
        return "—"
    return (f"{v:.4f}" if v < 0.1 else f"{v:.3f}") if unit == "s" else f"{v:.0f}" if unit == "MiB" or v >= 100 else f"{v:.2f}" if v < 10 else f"{v:.1f}"


def markdown(m, results, metrics, sizes):
    out = [f"Machine: {m['nproc']} cores ({m['cpu']}), {m['free'].splitlines()[1].split()[1]} RAM; {m['date']}; load {m['load_before'][0]:.1f} before, "
           f"{m['load_after'][1]:.1f} over the last 5 minutes; yearbook {m['yearbook']}; "
           f"{m['packages']}; {m['gnuplot']}; cairo {m['cairo']}, pango {m['pango']}.", "",
           "| case | command | runs | median wall s | min–max s | median cpu s | peak RSS MiB (max) |",
           "|---|---|---:|---:|---:|---:|---:|"]
    for c in results:
        for x in c["commands"]:
            w, cpu, r = x["wall"], x["cpu"], x["rss"]
            out.append(f"| {c['id']} | {x['key']} | {c['runs']} | " + (
                f"{w['median']:.3f} | {w['min']:.3f}–{w['max']:.3f} | {cpu['median']:.2f} | "
                if w else f"refused: {x['error'][:90]} | | | ") + f"{r['median']:.0f} ({r['max']:.0f}) |")
    out += ["", "| metric | what | median | min–max | target | met |", "|---|---|---:|---:|---|---|"]
    for x in metrics:
        out.append(f"| {x['id']} | {x['what']} | {fmt(x['median'], x['unit'])} {x['unit']} | "
                   f"{fmt(x['min'], x['unit'])}–{fmt(x['max'], x['unit'])} | {x['target']} | "
                   f"{'—' if x['met'] is None else 'yes' if x['met'] else '**no**'} |")
    if sizes:
        out += ["", "| 6-chart set, KiB | PNG | PDF | SVG |", "|---|---:|---:|---:|"]
        out += [f"| {t} | {v['png']:.0f} | {v['pdf']:.0f} | {v['svg']:.0f} |" for t, v in sizes.items()]
    return "\n".join(out) + "\n"


def long_form(m, metrics):
    """Speed-up ratios in yearbook's long form: 实测 (measured) and 目标 (target) per comparison."""
    day = m["date"][:10]
    rows = ["zone,indicator,measure,unit,year,value"]
    for x in metrics:
        if x["label"] and x["median"] is not None:
            rows.append(f"{x['label']},实测,level,倍,{day},{x['median']:.2f}")
            t = re.search(r"([0-9.]+)", x["target"])
            rows.append(f"{x['label']},目标,level,倍,{day},{t.group(1) if t else ''}")
    return "\n".join(rows) + "\n"


def main():
    m = machine()
    print(f"{m['date']}, {m['nproc']} cores, yearbook {m['yearbook']}", flush=True)
    results = []
    for c in CASES:
        print(f"== {c['id']}: {c['title']}", flush=True)
        results.append(run_case(c))
    m["load_after"] = os.getloadavg()  # the 1-, 5- and 15-minute load: how busy the shared machine was
    metrics = [x for c in results for x in c["metrics"]] + png_sizes(results) + flat_memory(results) + linear(results)
    sizes = set_sizes(results)
    with open(os.path.join(B, "results.json"), "w") as f:
        json.dump(dict(machine=m, runs=A.runs, runs_big=A.runs_big, cases=results, metrics=metrics,
                       set_sizes_kib=sizes), f,
                  ensure_ascii=False, indent=1)
    md = markdown(m, results, metrics, sizes)
    open(os.path.join(B, "results.md"), "w").write(md)
    open(os.path.join(B, "results.csv"), "w").write(long_form(m, metrics))
    print(md)


if __name__ == "__main__":
    main()
