#!/usr/bin/env bash
# Times LayerLab against the NumPy peer, alternately, and prints the README's benchmark table.
# Usage: scripts/benchmark.sh [rounds]   (default 3; each round runs layerlab_bench, then
# reference_numpy.py in float64, then in float32). Needs ../shared beside the project and
# /usr/bin/python3 with NumPy and h5py (python3-numpy, python3-h5py).
# Both sides use the same OpenBLAS; OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, where a machine sets them,
# are unset for both so neither runs a slower kernel than the CPU has (never do this in tests or CI).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
BUILD_DIR="${BUILD_DIR:-build}"
DATA=../shared/data/catvnoncat
PEER=../shared/peers/reference_numpy.py
[ -f "$DATA/train_catvnoncat.h5" ] || { echo "benchmark: the course data is not at $DATA" >&2; exit 1; }
[ -f "$PEER" ] || { echo "benchmark: the NumPy peer is not at $PEER" >&2; exit 1; }

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$BUILD_DIR" --target layerlab_bench > /dev/null
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
RUN=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)

uptime | sed 's/.*load/load/' > "$OUT/load_start"
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round of $ROUNDS: layerlab_bench, NumPy float64, NumPy float32" >&2
    "${RUN[@]}" "$BUILD_DIR/bench/layerlab_bench" "$DATA" --benchmark_format=json > "$OUT/layerlab_$round.json"
    "${RUN[@]}" /usr/bin/python3 "$PEER" "$DATA" 2500 > "$OUT/numpy64_$round.txt"
    "${RUN[@]}" /usr/bin/python3 "$PEER" "$DATA" 2500 --float32 > "$OUT/numpy32_$round.txt"
done
uptime | sed 's/.*load/load/' > "$OUT/load_end"

/usr/bin/python3 - "$OUT" "$ROUNDS" <<'PY'
import glob, json, statistics, subprocess, sys, datetime
out, rounds = sys.argv[1], int(sys.argv[2])
med = statistics.median

runs, context = {}, {}
for f in sorted(glob.glob(f"{out}/layerlab_*.json")):
    doc = json.load(open(f)); context = doc["context"]
    for b in doc["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"): continue
        runs.setdefault(b["run_name"].split("/")[0] + "/" + b["run_name"].split("/")[1], []).append(b)
def seconds(name):
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    return med(b["real_time"] * scale[b["time_unit"]] for b in runs[name])
def gflops(name): return med(b["FLOPS"] for b in runs[name]) / 1e9
def peer(kind):
    values = []
    for f in sorted(glob.glob(f"{out}/numpy{kind}_*.txt")):
        last = open(f).read().split()
        values.append(float(last[last.index("seconds") + 1]))
    return med(values), len(values)

# NumPy's work per iteration: W·A, dW and dA for every layer (it computes dA[0] too).
dims, m, iters = [12288, 20, 7, 5, 1], 209, 2500
numpy_flops = iters * 3 * sum(2 * dims[l] * dims[l - 1] * m for l in range(1, len(dims)))

dgemm, sgemm = gflops("dgemm/2048"), gflops("sgemm/2048")
cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
print(f"LayerLab benchmark, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC: {nproc} cores, {cpu}, "
      f"OpenBLAS {context.get('openblas_core', '?')} with {context.get('openblas_threads', '?')} threads")
print(f"{rounds} rounds, alternating; {open(out + '/load_start').read().strip()} at the start, "
      f"{open(out + '/load_end').read().strip()} at the end")
print()
print("| run (2500 iterations, course data) | LayerLab s | NumPy s | ratio | LayerLab it/s | NumPy it/s | LayerLab GFLOP/s | NumPy GFLOP/s |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for precision, kind, gemm, gemm_name in (("float64", "64", dgemm, "dgemm"), ("float32", "32", sgemm, "sgemm")):
    name = f"notebook/{precision}"
    if name not in runs:
        print(f"| notebook {precision} | failed: see layerlab_bench | | | | | | |"); continue
    ours, (theirs, n) = seconds(name), peer(kind)
    ours_g, theirs_g = gflops(name), numpy_flops / theirs / 1e9
    print(f"| notebook {precision} | {ours:.3f} | {theirs:.2f} | **{theirs / ours:.0f}×** | {iters / ours:,.0f} | "
          f"{iters / theirs:,.0f} | {ours_g:.1f} ({100 * ours_g / gemm:.0f}% of {gemm_name}) | "
          f"{theirs_g:.1f} ({100 * theirs_g / gemm:.0f}% of {gemm_name}) |")
print()
mb = "minibatch/784-256-128-100-10"
def label(name): return runs[name][0].get("label", "")
print("| machine, and mini-batch training of 784-256-128-100-10 (float, batch 128) | time | GFLOP/s | share of sgemm |")
print("| --- | ---: | ---: | ---: |")
print(f"| dgemm 2048×2048 | {1e3 * seconds('dgemm/2048'):.0f} ms | {dgemm:.1f} | |")
print(f"| sgemm 2048×2048 | {1e3 * seconds('sgemm/2048'):.0f} ms | {sgemm:.1f} | 100% |")
steps = (("minibatch-trainer/gd", "training step, gradient descent", True),
         ("minibatch-trainer/adam", "training step, Adam", True),
         ("minibatch-trainer/gd-1thread", "training step, gradient descent, on one thread (OpenBLAS's own threads)", False),
         (mb, "bare Network<float> step, one thread (no gather, cost or accuracy)", False))
for name, text, headline in steps:
    if name not in runs: continue
    share = f"{100 * gflops(name) / sgemm:.0f}%"
    threads = f" ({label(name)})" if label(name) and headline else ""
    print(f"| {text}{threads} | {1e6 * seconds(name):.0f} µs | {gflops(name):.1f} | "
          f"{'**' + share + '**' if headline else share} |")
print()
fewer = numpy_flops / (gflops("notebook/float64") * 1e9 * seconds("notebook/float64")) if "notebook/float64" in runs else float("nan")
print("Medians over all runs. LayerLab's time covers TrainerFactory::Create (conversion and the Gram products) "
      "and the 2500 steps; NumPy's is its own training-loop timer. GFLOP/s count the matrix products "
      f"each side actually performs: LayerLab's Gram path does {fewer:.0f}× fewer than NumPy.")
PY
