#!/usr/bin/env bash
# Builds with clang's sanitizers and runs tests under them:
#   build-asan: AddressSanitizer + UndefinedBehaviorSanitizer (+ float-cast-overflow, which GCC's
#               "undefined" leaves out), every engine and app test;
#   build-tsan: ThreadSanitizer, the threaded tests (tst_training, tst_threadteam,
#               tst_trainingsession).
# Usage: scripts/sanitize.sh [asan|tsan|all]   (default all). Installs clang when missing.
# Any report fails the run (halt_on_error), and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
WHICH="${1:-all}"
source scripts/sanitizer_build.sh

run_asan() {
    sanitizer_configure build-asan address
    # The engine and app tests, and what they run (tst_datasets runs the real binary).
    mapfile -t tests < <(cd build-asan && ctest -N -L '^(engine|app)$' | sed -n 's/^ *Test *#[0-9]*: //p')
    echo "== ASan + UBSan: building ${#tests[@]} tests"
    nice -n 5 cmake --build build-asan --target layerlab "${tests[@]}"
    echo "== ASan + UBSan: running them"
    # allocator_may_return_null: damaged HDF5 headers make the library itself ask for petabytes,
    # which glibc refuses and HDF5 reports; ASan would abort instead (see scripts/fuzz.sh).
    (cd build-asan && \
        ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen ctest -L '^(engine|app)$' --output-on-failure --timeout 1200)
}

run_tsan() {
    sanitizer_configure build-tsan thread
    local tests=(tst_training tst_threadteam tst_trainingsession)
    echo "== TSan: building ${tests[*]} and the suppression probe"
    nice -n 5 cmake --build build-tsan --target "${tests[@]}" TsanProbe
    local supp="$PWD/scripts/tsan.supp"
    # The suppressions must still be needed and must not hide our races (tests/sanitize).
    if TSAN_OPTIONS="exitcode=66" build-tsan/tests/sanitize/TsanProbe queue >/dev/null 2>&1; then
        echo "TSan: Qt's queued calls are no longer reported; scripts/tsan.supp can go" >&2
        exit 1
    fi
    if ! TSAN_OPTIONS="exitcode=66 suppressions=$supp" build-tsan/tests/sanitize/TsanProbe queue >/dev/null 2>&1; then
        echo "TSan: scripts/tsan.supp no longer covers Qt's queued call (TsanProbe queue)" >&2
        exit 1
    fi
    if TSAN_OPTIONS="exitcode=66 suppressions=$supp" build-tsan/tests/sanitize/TsanProbe planted >/dev/null 2>&1; then
        echo "TSan: scripts/tsan.supp hides a race planted in a queued slot; narrow it" >&2
        exit 1
    fi
    echo "== TSan: the suppressions are needed, cover Qt's queue, and do not hide a planted race"
    echo "== TSan: running ${tests[*]}"
    local regex
    regex="^($(IFS='|'; echo "${tests[*]}"))\$"
    (cd build-tsan && \
        TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$supp" \
        QT_QPA_PLATFORM=offscreen ctest -R "$regex" --output-on-failure --timeout 1200)
}

case "$WHICH" in
    asan) run_asan ;;
    tsan) run_tsan ;;
    all) run_asan; run_tsan ;;
    *) echo "usage: scripts/sanitize.sh [asan|tsan|all]" >&2; exit 1 ;;
esac
echo "== sanitizers: clean"
