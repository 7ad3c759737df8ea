#!/usr/bin/env bash
# Builds the libFuzzer target in its own clang build (ASan + UBSan, coverage on the model
# library) and fuzzes JsonDecoder and RequestValidator for a bounded time. Exit code 0 means no
# crash, no sanitizer finding and no broken property; a finding leaves crash-* in the build dir.
#
#   tests/fuzz/run-fuzz.sh [--build-dir DIR] [--seconds N] [--clang CLANGXX] [-- extra libFuzzer flags]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
build="${root}/build-fuzz"
seconds=60
clang=clang++
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --clang) clang="$2"; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "run-fuzz.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

if [[ ! -f "${build}/CMakeCache.txt" ]]; then
    mkdir -p "${build}"
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "${root}" -B "${build}" "${generator[@]}" \
        -DCMAKE_CXX_COMPILER="${clang}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTABLESYNC_FUZZ=ON -DTABLESYNC_SANITIZE=address,undefined \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >"${build}/configure.log" 2>&1 \
        || { cat "${build}/configure.log" >&2; exit 1; }
fi
cmake --build "${build}" --target fuzz_requestdecoding -j 2

work="${build}/fuzz-corpus"
mkdir -p "${work}"
cd "${build}"
# New inputs go to the work corpus; the seed corpus in the tree stays as it is.
exec "${build}/tests/fuzz/fuzz_requestdecoding" "${work}" "${here}/corpus" \
    -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="${build}/" "${extra[@]}"
