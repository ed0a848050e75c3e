"""Puts bench/run's parts together: target/bench/results.json and docs/performance.md.
The hand-written part of docs/performance.md (from "## Notes" on) is kept as it is."""
import json, os, platform, re, subprocess, sys

out, articles, scale = sys.argv[1], int(sys.argv[2]), [int(n) for n in sys.argv[3].split()]

def load(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) else None

def sh(cmd):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return (r.stdout + r.stderr).strip()

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next(("%.1f GB" % (int(l.split()[1]) / 1024 / 1024) for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
# The load average (1, 5, 15 min) as bench/run recorded it at each stage, and now.
stages = []
if os.path.exists(os.path.join(out, "load.txt")):
    stages = [l.split() for l in open(os.path.join(out, "load.txt")) if l.strip()]
machine = {"nproc": int(sh("nproc")), "cpu": cpu, "memory": mem, "jdk": sh("java -version 2>&1 | head -2 | tail -1"),
           "load": open("/proc/loadavg").read().split()[:3], "loadByStage": {s[0]: s[1:4] for s in stages}}

# (a) comes in rounds (startup-1.json, startup-2.json, ...; bench/run says why): each command's runs of every round
# together, its CPU times weighted by each round's runs.
rounds = sorted((f for f in os.listdir(out) if re.fullmatch(r"startup(-\d+)?\.json", f)), key=lambda f: int(re.sub(r"\D", "", f) or 0))
runs_of = {}
for f in rounds:
    for r in load(f)["results"]:
        runs_of.setdefault(r["command"], []).append(r)
startup = {}
for command, rs in runs_of.items():
    times = [t for r in rs for t in r["times"]]
    n = len(times)
    mean = sum(times) / n
    stddev = (sum((t - mean) ** 2 for t in times) / (n - 1)) ** 0.5 if n > 1 else 0.0
    startup[command] = {"meanSeconds": mean, "stddevSeconds": stddev,
                        "userSeconds": sum(r["user"] * len(r["times"]) for r in rs) / n,
                        "systemSeconds": sum(r["system"] * len(r["times"]) for r in rs) / n,
                        "runs": n, "rounds": len(rs)}
hello = startup.get("hello")
for k in ("cached", "uncached", "uncached-unpreloaded", "compiled"):
    if hello and k in startup:
        startup[k]["overHello"] = startup[k]["meanSeconds"] / hello["meanSeconds"]
        startup[k]["cpuOverHello"] = (startup[k]["userSeconds"] + startup[k]["systemSeconds"]) / (hello["userSeconds"] + hello["systemSeconds"])

throughput = load("throughput.json")
sessions = [load("scale-%d.result.json" % n) for n in scale]
sessions = [s for s in sessions if s]
jmh = [{"benchmark": b["benchmark"].rsplit(".", 1)[1], "facts": b["params"]["facts"], "microseconds": b["primaryMetric"]["score"],
        "error": b["primaryMetric"]["scoreError"]} for b in (load("jmh.json") or [])]
results = {"machine": machine, "startup": startup, "throughput": throughput, "sessions": sessions, "jmh": jmh}
json.dump(results, open(os.path.join(out, "results.json"), "w"), indent=2)

def verdict(ok, missed):
    return "met" if ok else "**missed** (" + missed + ")"

lines = ["# Performance", "",
         "Measured by `bench/run` (this file's figures are rewritten by it; the notes at the end are kept).", "",
         "## Machine", "",
         "- nproc: %d; CPU: %s; memory: %s" % (machine["nproc"], machine["cpu"], machine["memory"]),
         "- JDK: %s" % machine["jdk"],
         "- load average (1, 5, 15 min) at each stage of the run: " + ("; ".join("%s %s" % (k, " ".join(v)) for k, v in machine["loadByStage"].items())
                                                                   or "not recorded; now " + " ".join(machine["load"])), ""]
if startup:
    lines += ["## (a) Start-up: `bin/claimcheck verify` on the sample, whole process (hyperfine)", "",
              "| run | mean wall | user + sys CPU | wall / java Hello | CPU / java Hello | target |", "|---|---|---|---|---|---|"]
    for k, target in (("hello", None), ("cached", 8), ("uncached", 35), ("uncached-unpreloaded", None), ("compiled", None)):
        s = startup.get(k)
        if not s: continue
        cpu_s = s["userSeconds"] + s["systemSeconds"]
        if k in ("compiled", "uncached-unpreloaded"):
            name = "compiled" if k == "compiled" else "uncached, no preloading"
            lines.append("| %s | %.2f s ± %.2f | %.2f s | %.1f× | %.1f× | |" % (name, s["meanSeconds"], s["stddevSeconds"], cpu_s, s["overHello"], s["cpuOverHello"]))
        elif target:
            t = verdict(s["overHello"] <= target, "%.1f× against ≤ %d×" % (s["overHello"], target))
            lines.append("| %s | %.2f s ± %.2f | %.2f s | %.1f× | %.1f× | ≤ %d×: %s |" % (k, s["meanSeconds"], s["stddevSeconds"], cpu_s, s["overHello"], s["cpuOverHello"], target, t))
        else:
            lines.append("| java Hello | %.3f s ± %.3f | %.3f s | 1 | 1 | |" % (s["meanSeconds"], s["stddevSeconds"], cpu_s))
    lines += ["", "Uncached: no rules cache and no class-data archive (the first run ever: the shipped packs are read compiled from",
              "the jar, which the build compiles them into); cached: the archive present too; uncached, no preloading: uncached with",
              "`-Dclaimcheck.preload=false` (through `JAVA_TOOL_OPTIONS`), no second thread loading the run's classes ahead of it",
              "(`claimcheck.cli.Preloader`); compiled: a first run with `--no-cache`, which compiles the packs from their DRL, as",
              "packs that differ from the shipped ones are on their first run.", ""]
if throughput:
    lines += ["## (b) Batch throughput: %d generated articles of %d facts, parse + check + write JSON" % (throughput["articles"], throughput["factsPerArticle"]), "",
              "Jobs are `Settings.withJobs(N)` (what `verify --jobs N` sets): loading and checking run on the library's own threads",
              "(`claimcheck.Parallel`), and rendering and the plain-Java pipeline on as many. \"As verify writes\" is the Drools pipeline",
              "as a batch of `verify` runs it: articles loaded a few ahead of those checked, and each article's report rendered and",
              "its folder written whole by `ReportWriter` on the thread that checked it (`Verification.verifyStreaming`,",
              "`Reports.writeOne`). The plain-Java pipeline is the same pipeline with plain-Java checks in place of Drools",
              "(`Bench.PlainPipeline`): the files found as the Drools pipeline finds them (each named file's top level read, to tell",
              "that it is a facts file), each article loaded, its quotes located, core/total-sum, core/mention-agreement and",
              "extradition/assurance-attached checked in Java, its report assembled, and findings.json written; no coverage.",
              "\"Drools, the same three rules\" is the Drools pipeline with only those rules loaded and coverage off. Its reports and",
              "plain Java's are the same bytes, which the benchmark checks for every article (it stops otherwise): its ratio is",
              "what the engine costs on like work, and the first ratio counts the other rules and coverage as well.", "",
              "| jobs | Drools articles/s | plain Java articles/s | Drools time / plain time | as verify writes, articles/s | Drools, the same three rules, articles/s | its time / plain time |",
              "|---|---|---|---|---|---|---|"]
    nan = float("nan")
    for t in (1, 2):
        r = throughput.get("threads%d" % t)
        if r: lines.append("| %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |" % (t, r["droolsArticlesPerSecond"], r["plainArticlesPerSecond"], r["droolsOverPlain"],
                                                                   r.get("cliArticlesPerSecond", nan), r.get("threeRulesArticlesPerSecond", nan), r.get("threeRulesOverPlain", nan)))
    one, two = throughput.get("threads1"), throughput.get("threads2")
    if one and two:
        a1, a2 = one["droolsArticlesPerSecond"], two["droolsArticlesPerSecond"]
        lines += ["", "- ≥ 2,000 articles/s with one job: " + verdict(a1 >= 2000, "%.0f articles/s, %.0f%% of the target" % (a1, 100 * a1 / 2000)),
                  "- 2 jobs ≥ 1.7× one: %s (%.2f×)" % (verdict(a2 / a1 >= 1.7, "short by %.2f×" % (1.7 - a2 / a1)), a2 / a1),
                  "- Drools pipeline within 1.5× of plain Java: " + verdict(one["droolsOverPlain"] <= 1.5, "%.2f×" % one["droolsOverPlain"]), ""]
if sessions:
    lines += ["## (c) One session, growing facts", "",
              "| facts | load (parse) | session | peak heap | plain Java | its checks alone | session / plain | Drools, the same three rules | its peak heap | its time / plain |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    failed = [s for s in sessions if "failedWithExit" in s]
    unfinished = [s for s in sessions if "timedOutAfterSeconds" in s]
    sessions = [s for s in sessions if "timedOutAfterSeconds" not in s and "failedWithExit" not in s]
    for s in sessions:
        three = ("%.2f s | %.0f MB | %.1f×" % (s["threeRulesSeconds"], s["threeRulesPeakHeapMB"], s["threeRulesOverPlain"])) if "threeRulesSeconds" in s else " | | "
        alone = ("%.3f s" % s["plainChecksSeconds"]) if "plainChecksSeconds" in s else ""
        lines.append("| %d | %.2f s | %.2f s | %.0f MB | %.3f s | %s | %.1f× | %s |" % (s["facts"], s["loadSeconds"], s["sessionSeconds"], s["peakHeapMB"], s["plainSeconds"], alone, s["sessionOverPlain"], three))
    for s in unfinished:
        lines.append("| %d | did not finish within %d s (the whole process, load included); larger sizes not run | | | | | | | | |" % (s["facts"], s["timedOutAfterSeconds"]))
    for s in failed:
        lines.append("| %d | failed: exit %d with -Xmx%s (out of memory, or see the run's log); larger sizes not run | | | | | | | | |" % (s["facts"], s["failedWithExit"], s["maxHeap"]))
    big = [s for s in sessions if s["facts"] >= 1_000_000]
    if big:
        b = big[0]
        lines += ["", "- 10^6 facts ≤ 3 s: " + verdict(b["sessionSeconds"] <= 3, "%.1f s" % b["sessionSeconds"]),
                  "- ≤ 1 GB heap: " + verdict(b["peakHeapMB"] <= 1000, "%.0f MB" % b["peakHeapMB"])]
        if "threeRulesSeconds" in b:
            lines += ["- for comparison, not a target: Drools with only the three rules plain Java runs, no coverage, took %.1f s and peaked at %.0f MB of heap"
                      % (b["threeRulesSeconds"], b["threeRulesPeakHeapMB"])]
    elif unfinished:
        u = unfinished[0]
        lines += ["", "- 10^6 facts ≤ 3 s: **missed**: not run, since %d facts already took over %d s" % (u["facts"], u["timedOutAfterSeconds"]),
                  "- ≤ 1 GB heap at 10^6 facts: not measured"]
    elif failed:
        f = failed[0]
        lines += ["", "- 10^6 facts ≤ 3 s: **missed**: %d facts failed (exit %d) with -Xmx%s" % (f["facts"], f["failedWithExit"], f["maxHeap"]),
                  "- ≤ 1 GB heap at 10^6 facts: **missed** if the failure was memory; not measured"]
    else:
        lines += ["", "- 10^6 facts was not run in this run (BENCH_SCALE); the targets for it are not judged here."]
    if len(sessions) >= 2:
        g = ["%d→%d facts: time ×%.1f" % (a["facts"], b["facts"], b["sessionSeconds"] / max(a["sessionSeconds"], 1e-9)) for a, b in zip(sessions, sessions[1:])]
        lines += ["- growth: " + "; ".join(g)]
        by = {s["facts"]: s for s in sessions}
        a, b = next((by[k] for k in by if 90_000 <= k <= 110_000), None), next((by[k] for k in by if k >= 900_000), None)
        if a and b:
            r = b["sessionSeconds"] / a["sessionSeconds"]
            lines += ["- 10^6 facts ≤ 12× the time of 10^5: " + verdict(r <= 12, "%.1f×" % r)]
    if sessions and unfinished:
        a, u = sessions[-1], unfinished[0]
        lines += ["- growth: %d→%d facts: time ×%.0f or more (over %d s against %.2f s)" % (a["facts"], u["facts"], u["timedOutAfterSeconds"] / a["sessionSeconds"],
                  u["timedOutAfterSeconds"], a["sessionSeconds"]) + ("; linear growth: **missed**" if u["facts"] / a["facts"] * 1.2 < u["timedOutAfterSeconds"] / a["sessionSeconds"] else "")]
    rendered = [s for s in sessions if "reports" in s]
    if rendered:
        formats = list(rendered[0]["reports"].keys())
        lines += ["", "Rendering the article's reports after the session (each format into a writer that keeps nothing; seconds, and millions of chars):", "",
                  "| facts | " + " | ".join(formats) + " |", "|---|" + "---|" * len(formats)]
        for s in rendered:
            lines.append("| %d | " % s["facts"] + " | ".join("%.2f s (%.1f M)" % (s["reports"][f]["seconds"], s["reports"][f]["chars"] / 1e6) for f in formats) + " |")
    lines += ["", "The session is `Verification.verify` on the loaded facts: quotes located, coverage found, the rules run and the report"
              " assembled. Plain Java is the same with plain-Java checks in place of the session, as in (b) (`Bench.PlainPipeline`);"
              " \"its checks alone\" is those checks without the rest, the baseline's figure before the twelfth pass."
              " \"Drools, the same three rules\" checks the same loaded facts with only core/total-sum, core/mention-agreement and"
              " extradition/assurance-attached and no coverage, as in (b): the engine on the work plain Java does, which the"
              " benchmark checks finds the same checks, findings and derived values."
              " Peak heap is the sum of the heap pools' peaks during the session (facts already loaded included): an upper bound.", ""]
if jmh:
    lines += ["## JMH: checking one loaded article (quotes located, rules run, report assembled; no parsing or writing)", "",
              "`drools` runs every rule and coverage, `droolsThreeRules` only plain Java's three rules and no coverage, `plainJava`"
              " the same three in Java (`Bench.PlainPipeline`).", "", "| benchmark | facts | µs/op |", "|---|---|---|"]
    for j in jmh: lines.append("| %s | %s | %.1f ± %.1f |" % (j["benchmark"], j["facts"], j["microseconds"], j["error"]))
    lines.append("")

doc = "docs/performance.md"
notes = ""
if os.path.exists(doc):
    text = open(doc).read()
    i = text.find("\n## Notes")
    if i >= 0: notes = text[i + 1:]
open(doc, "w").write("\n".join(lines) + ("\n" + notes if notes else ""))
