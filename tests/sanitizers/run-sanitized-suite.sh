#!/usr/bin/env bash
# Configures, builds and runs the whole test suite under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer; with --thread, the server suites (CTest label "server") under
# ThreadSanitizer instead. Exit code 0 means every test passed and no sanitizer reported
# anything, in a test or in a process a test started (tablesyncd, the bench).
#
#   tests/sanitizers/run-sanitized-suite.sh [--thread] [--build-dir DIR] [--jobs N]
#                                           [-- extra ctest arguments]
#
# --jobs: parallel build steps, and parallel suites under ASan (default: the machine's cores).
#
# ASan, LSan and TSan reports go to DIR/sanitizer-reports/ (printed at the end) so that a finding
# in a child process a test does not watch still fails the run; UBSan stops the process and
# reports on its stderr. Suppressions for Qt's and the system's own findings: *.supp here.
# A sanitized build triples every tablesync_add_test bound (tests/CMakeLists.txt).
# Do not edit headers while it builds: an object compiled across the edit looks up to date
# and shows up as a false heap-buffer-overflow or SEGV between old and new class layouts.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
build=""
jobs="$(nproc)"
thread=0
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --thread) thread=1; shift ;;
        --build-dir) build="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "run-sanitized-suite.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ ${thread} == 1 ]]; then
    # The server is the one part with threads of its own (the WAL flush, PostgreSQL's listener);
    # its suites drive it from HTTP on loopback, in process and as a tablesyncd child.
    sanitize=thread
    target=(--target tablesync_server_suites)
    selection=(-L server)
    # -O1, as TSan's documentation advises for a usable speed (its runtime is 5-15x slower).
    flags="-g1 -O1"
    default_build="${root}/build-tsan"
else
    sanitize=address,undefined
    target=()
    selection=()
    # -g1 keeps the line tables a report's stack needs and drops the rest: a fifth less to
    # compile in this tree (tst_syncengine: 71 s → 56 s), which no one steps through in a debugger.
    flags="-g1"
    default_build="${root}/build-asan"
fi
build="${build:-${default_build}}"
build="$(mkdir -p "${build}" && cd "${build}" && pwd)"

# Not run here, each for a reason:
# - fuzz_requestdecoding: builds and runs its own clang tree with -fsanitize=fuzzer,address,undefined
#   (run-fuzz.sh); this tree builds it without the fuzzer, and the normal suite already runs it.
# - packaging_*: packs and lints a release .deb; sanitized binaries are not a release, and the
#   normal suite already checks the package.
excluded='^(fuzz_requestdecoding|packaging_.*)$'

echo "== configure ${build}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# ASan and UBSan with clang, where installed (the test command installs it): it compiles this
# tree in about 60 % of GCC's time (four files: 27 s against 45 s), and a second compiler's
# warnings fail the build too. ThreadSanitizer stays with GCC: clang 14's runtime fails a CHECK
# in ForkAfter when QProcess starts tablesyncd through clone().
compiler=()
[[ ${thread} == 0 ]] && command -v clang++ >/dev/null && compiler=(-DCMAKE_CXX_COMPILER=clang++)
cmake -S "${root}" -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=${flags}" \
    -DTABLESYNC_SANITIZE=${sanitize} -DTABLESYNC_WERROR=ON "${compiler[@]}" "${launcher[@]}" \
    >"${build}/configure.log" 2>&1 \
    || { cat "${build}/configure.log" >&2; exit 1; }
echo "== build (-j${jobs})"
build_start=${SECONDS}
nice -n 10 cmake --build "${build}" -j "${jobs}" "${target[@]}"
echo "== built in $((SECONDS - build_start)) s"

reports="${build}/sanitizer-reports"
rm -rf "${reports}"
mkdir -p "${reports}"

# halt_on_error: the first finding ends the process with a failure. detect_leaks stays on; Qt's
# and the system's own one-time allocations are suppressed line by line in lsan.supp.
# detect_stack_use_after_return is off: it made the property tests 3x slower than their bound.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=${reports}/asan:log_exe_name=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=${here}/ubsan.supp"
export LSAN_OPTIONS="suppressions=${here}/lsan.supp:print_suppressions=0"
# TSan writes its report when it sees the race and fails the process when it ends (exit code 66).
# die_after_fork=0: QProcess forks the test (a threaded process) to start tablesyncd; the child
# only executes the new program.
export TSAN_OPTIONS="halt_on_error=0:exitcode=66:second_deadlock_stack=1:die_after_fork=0:log_path=${reports}/tsan:log_exe_name=1:suppressions=${here}/tsan.supp:print_suppressions=0"

# Both rounds run their suites side by side as the normal round's do. On 2 cores: ASan 330 s
# against 546 s one at a time, TSan 105-111 s against 174 s (twice all green, no report).
echo "== ctest -j${jobs} (excluded: ${excluded})"
ctest_start=${SECONDS}
status=0
ctest --test-dir "${build}" --output-on-failure -j "${jobs}" --timeout 900 -E "${excluded}" \
    "${selection[@]}" "${extra[@]}" \
    || status=$?
echo "== ctest took $((SECONDS - ctest_start)) s"

shopt -s nullglob
found=("${reports}"/*)
if [[ ${#found[@]} -gt 0 ]]; then
    for report in "${found[@]}"; do
        echo "== sanitizer report $(basename "${report}")"
        cat "${report}"
    done
    echo "FAIL: ${#found[@]} sanitizer report(s) in ${reports}" >&2
    [[ ${status} -ne 0 ]] || status=1
fi
exit "${status}"
