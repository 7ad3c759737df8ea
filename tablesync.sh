#!/usr/bin/env bash
# TableSync's one entry point: installs what is missing, builds, runs the demo, runs the tests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

build_packages=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev mold libsimdjson-dev
    libmimalloc-dev)
test_packages=(postgresql xvfb xauth lintian dpkg-dev openssl clang libclang-rt-dev poppler-utils)

usage() {
    cat <<TXT
Usage: ./tablesync.sh COMMAND [ARGS...]

Commands:
  run [ARGS...]   install what is missing, build, and start the demo venue
                  (extra ARGS go to the program)
  test            install what is missing, build, run every test
  build           install what is missing and build (build/)
  help            show this text

All three build the same way (RelWithDebInfo, warnings as errors) in the same folder, so the
second of them rebuilds nothing that the first built.

Packages come from Debian/Ubuntu via apt-get and are installed only when absent.
Set TABLESYNC_BUILD_DIR to build somewhere else than ./build. \`test\` then builds again in
<build dir>-sanitized and runs the suite under ASan and UBSan (TABLESYNC_SANITIZED_SUITE=0 skips
that round), and in <build dir>-tsan the server suites under ThreadSanitizer
(TABLESYNC_THREAD_SANITIZED_SUITE=0 skips that one).
TXT
}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# run, build and test configure the same way, so each reuses what another built before it.
configure_and_build() {
    local dir="$1"
    log "Building in $dir (RelWithDebInfo, warnings as errors)"
    local launcher=()
    # A developer's ccache, where there is one, makes the second tree and every rebuild cheap.
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # -g1: line tables for backtraces and perf, a fifth less to compile than full -g; the
    # whole test command must stay under 45 minutes on a 2-core machine.
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTABLESYNC_WERROR=ON \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "${launcher[@]}" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

build_dir="${TABLESYNC_BUILD_DIR:-$here/build}"
command="${1:-help}"
[ $# -gt 0 ] && shift

case "$command" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build "$build_dir"
    if [ -x "$build_dir/app/tablet/tablesync" ]; then
        log "Starting the tablet app against a demo venue"
        exec "$build_dir/app/tablet/tablesync" --demo "$@"
    fi
    demo_db="$(mktemp -d)/demo-venue.sqlite"
    log "Starting tablesyncd with the demo venue on http://127.0.0.1:8080 (database $demo_db)"
    exec "$build_dir/app/server/tablesyncd" --listen 127.0.0.1:8080 --db "$demo_db" --seed-demo "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build "$build_dir"
    log "Running the test suite"
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    if [ "${TABLESYNC_SANITIZED_SUITE:-1}" != 0 ]; then
        log "Running the test suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
        QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            "$here/tests/sanitizers/run-sanitized-suite.sh" --build-dir "${build_dir}-sanitized"
    fi
    if [ "${TABLESYNC_THREAD_SANITIZED_SUITE:-1}" != 0 ]; then
        log "Running the server suites again under ThreadSanitizer"
        QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            "$here/tests/sanitizers/run-sanitized-suite.sh" --thread --build-dir "${build_dir}-tsan"
    fi
    ;;
build)
    install_missing "${build_packages[@]}"
    configure_and_build "$build_dir"
    ;;
help | -h | --help)
    usage
    ;;
*)
    echo "Unknown command: $command" >&2
    usage >&2
    exit 2
    ;;
esac
