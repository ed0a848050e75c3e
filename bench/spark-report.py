"""Reads bench/spark's runs: checks the job's rows against verify's findings.json, writes target/bench/spark.json, prints the ratio."""
import glob
import json
import os
import re
import statistics
import sys

out, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def run(name, r):
    base = f"{out}/spark-{name}-{r}"
    wall, user, system, rss = open(base + ".time").read().split()[-4:]
    loads = [line.split() for line in open(base + ".load").read().splitlines()]
    timings = [line for line in open(base + ".err").read().splitlines() if line.startswith("timings:")]
    return {"wallSeconds": float(wall), "cpuSeconds": round(float(user) + float(system), 2), "maxRssMB": int(rss) // 1024,
            "exitCode": int(open(base + ".rc").read()), "loadBefore": loads[0], "loadAfter": loads[1], "timings": timings}


rounds = [{"verify": run("verify", r), "spark": run("spark", r)} for r in range(1, runs + 1)]

# The last round's outputs: every findings.json verify wrote against the job's row for the same article.
verify_dir, job_dir = f"{out}/spark-verify", f"{out}/spark-job"
rows = {}
for part in sorted(glob.glob(f"{job_dir}/articles.jsonl/part-*.json")):
    for line in open(part, encoding="utf-8"):
        row = json.loads(line)
        rows[row["articleId"]] = row
written = {os.path.basename(os.path.dirname(p)): p for p in glob.glob(f"{verify_dir}/*/findings.json")}
different = sorted(a for a, p in written.items() if a not in rows or rows[a].get("findingsJson") != open(p, encoding="utf-8").read())
missing = sorted(a for a, row in rows.items() if row.get("status") == "ok" and a not in written)
same = not different and not missing and len(written) == n and all(x["verify"]["exitCode"] == x["spark"]["exitCode"] for x in rounds)

ratios = [x["spark"]["wallSeconds"] / x["verify"]["wallSeconds"] for x in rounds]
result = {"articles": n, "rounds": rounds, "wallRatio": [round(x, 2) for x in ratios],
          "cpuRatio": [round(x["spark"]["cpuSeconds"] / x["verify"]["cpuSeconds"], 2) for x in rounds],
          "articlesPerSecond": {k: [round(n / x[k]["wallSeconds"], 1) for x in rounds] for k in ("verify", "spark")},
          "findingsIdentical": same, "verifyReports": len(written), "jobRows": len(rows),
          "different": different[:20], "missing": missing[:20]}
json.dump(result, open(f"{out}/spark.json", "w"), indent=2)
for i, x in enumerate(rounds, 1):
    v, s = x["verify"], x["spark"]
    print(f"round {i}: verify --jobs 2 {v['wallSeconds']} s (cpu {v['cpuSeconds']} s, {v['maxRssMB']} MB, load {' '.join(v['loadBefore'])}); "
          f"spark local[2] {s['wallSeconds']} s (cpu {s['cpuSeconds']} s, {s['maxRssMB']} MB, load {' '.join(s['loadBefore'])}); "
          f"ratio {ratios[i - 1]:.2f}")
    for t in s["timings"]:
        print("  " + t)
print(f"{n} articles: findings.json identical: {same} ({len(written)} verify reports, {len(rows)} job rows); median wall ratio "
      f"{statistics.median(ratios):.2f}; wrote {out}/spark.json")
sys.exit(0 if same else 1)
