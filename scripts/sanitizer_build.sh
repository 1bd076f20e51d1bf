# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: installs clang and its sanitizer runtimes
# when missing and configures a clang build folder with the given sanitizer.
sanitizer_install() {
    local missing=()
    for p in clang libclang-rt-14-dev; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installing: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# sanitizer_configure DIR address|thread: a RelWithDebInfo clang build (optimised, so the tests
# run in minutes, with line numbers in reports). The ASan folder also builds the fuzzers, whose
# coverage instrumentation it shares, so scripts/fuzz.sh and scripts/sanitize.sh share one build.
sanitizer_configure() {
    sanitizer_install
    local dir="$1" kind="$2" fuzz=OFF launcher=()
    [ "$kind" = address ] && fuzz=ON
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
        -DLAYERLAB_SANITIZE="$kind" -DLAYERLAB_BUILD_FUZZERS="$fuzz" -DLAYERLAB_BUILD_BENCH=OFF >/dev/null
}
