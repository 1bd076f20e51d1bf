#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz) built with ASan + UBSan, each for SECONDS (default 60):
# the course reader, the model reader, the IDX reader (plain and .gz) and the image encoder.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# LAYERLAB_FUZZ_SEED=N fixes libFuzzer's random seed, so a run tries the same inputs in the same
# order each time (the test command uses it, so CI does not fail on one run and pass the next);
# without it each run explores anew. LAYERLAB_FUZZ_RUNS=N stops each fuzzer after N inputs
# (SECONDS then only caps the time), so with a fixed seed a run is the same on every machine.
# First it replays every committed regression input (tests/fuzz/regressions/TARGET/*), then it
# fuzzes from a corpus kept in build-asan/fuzz-corpus (seeded by fuzz_seeds). A finding is saved
# in build-asan/fuzz-findings/, printed, and fails the run: fix it, then commit the input (if
# small) under tests/fuzz/regressions/TARGET/ so it is replayed for good.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(coursereader modelreader idxreader imageencoder)
source scripts/sanitizer_build.sh

sanitizer_configure build-asan address
nice -n 5 cmake --build build-asan --target fuzz_seeds "${TARGETS[@]/#/fuzz_}"
corpus=build-asan/fuzz-corpus
seeds=build-asan/fuzz-seeds
findings=build-asan/fuzz-findings
rm -rf "$seeds"
mkdir -p "$corpus" "$findings"
QT_QPA_PLATFORM=offscreen build-asan/tests/fuzz/fuzz_seeds "$seeds"

# The fuzzers run under a 1 GiB memory budget, so a reader that checks its sizes refuses long
# before libFuzzer's 2 GiB RSS and malloc limits call an allocation a finding.
export LAYERLAB_MEMORY_BUDGET=$((1 << 30))
# allocator_may_return_null: a damaged HDF5 object header makes the library itself ask malloc for
# petabytes; glibc says no and HDF5 reports an error, which LayerLab turns into its message, so
# under ASan too the allocation fails instead of aborting. Allocations that succeed and grow past
# 2 GiB are still findings (-rss_limit_mb, -malloc_limit_mb).
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen
summary=()
for t in "${TARGETS[@]}"; do
    bin=build-asan/tests/fuzz/fuzz_$t
    regressions=(tests/fuzz/regressions/$t/*)
    if [ -e "${regressions[0]}" ]; then
        echo "== $t: replaying ${#regressions[@]} regression inputs"
        "$bin" -rss_limit_mb=2048 -timeout=20 "${regressions[@]}" 2>&1 | tail -n 2
    fi
    mkdir -p "$corpus/$t"
    echo "== $t: fuzzing for ${LAYERLAB_FUZZ_RUNS:+${LAYERLAB_FUZZ_RUNS} inputs, at most }${SECONDS_EACH}s"
    log=build-asan/fuzz-$t.log
    fixed=()
    [ -n "${LAYERLAB_FUZZ_SEED:-}" ] && fixed+=(-seed="$LAYERLAB_FUZZ_SEED")
    [ -n "${LAYERLAB_FUZZ_RUNS:-}" ] && fixed+=(-runs="$LAYERLAB_FUZZ_RUNS")
    if ! "$bin" "${fixed[@]}" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$findings/$t-" "$corpus/$t" "$seeds/$t" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $t found a fault; the input is in $findings (see $log)" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    rate=$(( ${runs:-0} / ${secs:-1} ))
    summary+=("$t: ${runs:-?} runs in ${secs:-?} s (${rate} exec/s), ${cov:-cov: ?}, corpus $(ls "$corpus/$t" | wc -l) files, no finding")
done
printf '== fuzz summary\n'
printf '%s\n' "${summary[@]}"
