#!/usr/bin/env bash
# Compiles every source of core/, ui/ and app/ (syntax only, no moc, no linking) against the
# headers of a newer Qt than this machine builds with: Debian 13's Qt 6.8, fetched as .deb files
# from deb.debian.org and unpacked into a scratch directory (nothing is installed). The files
# CMake picks per Qt version (core/server/http/qt6.4/...) are swapped for their qt6.8 twins.
# The Windows build uses Qt 6.5 to 6.8; this catches API changes before it does.
#
#   tests/portability/check-newer-qt.sh [--scratch DIR] [--jobs N]
#
# Exit code 0 means every file compiled. Needs curl, dpkg-deb, cmake, ninja and g++.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
scratch="${TMPDIR:-/tmp}/tablesync-newer-qt"
jobs="$(nproc)"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --scratch) scratch="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "check-newer-qt.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
mkdir -p "${scratch}"
mirror="http://deb.debian.org/debian"
suite="trixie"
qt_root="${scratch}/root"
qt_include="${qt_root}/usr/include/x86_64-linux-gnu/qt6"

if [[ ! -d "${qt_include}/QtHttpServer" ]]; then
    echo "== fetching Qt headers from Debian ${suite}" >&2
    curl -fsS "${mirror}/dists/${suite}/main/binary-amd64/Packages.xz" | xz -d >"${scratch}/Packages"
    for package in qt6-base-dev qt6-httpserver-dev qt6-websockets-dev; do
        file="$(awk -v p="${package}" '$0 == "Package: " p { f = 1 } f && /^Filename:/ { print $2; exit }' "${scratch}/Packages")"
        [[ -n "${file}" ]] || { echo "check-newer-qt.sh: ${package} is not in ${suite}" >&2; exit 1; }
        curl -fsS -o "${scratch}/${package}.deb" "${mirror}/${file}"
        dpkg-deb -x "${scratch}/${package}.deb" "${qt_root}"
    done
fi
qt_version="$(sed -n 's/^#define QT_VERSION_STR "\(.*\)"/\1/p' "${qt_include}/QtCore/qtcore-config.h" "${qt_include}/QtCore/qconfig.h" 2>/dev/null | head -1)"
echo "== Qt ${qt_version:-?} headers in ${qt_include}" >&2

# The compile commands of this tree, from a configure against the machine's own Qt.
cmake -S "${root}" -B "${scratch}/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

python3 - "${scratch}/build/compile_commands.json" "${root}" "${qt_include}" "${jobs}" "${qt_version:-?}" <<'PY'
import json, shlex, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

commands, root, qt, jobs, version = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
system_qt = "/usr/include/x86_64-linux-gnu/qt6"
checks = []
for entry in json.load(open(commands)):
    source = entry["file"]
    inside = any(source.startswith(f"{root}/{part}/") for part in ("core", "ui", "app"))
    if not inside or "_autogen" in source:
        continue
    source = source.replace("/qt6.4/", "/qt6.8/")
    args, skip = [], False
    for arg in shlex.split(entry["command"]):
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg == "-c" or arg.endswith(".cpp"):
            continue
        args.append(arg.replace(system_qt, qt).replace("/qt6.4", "/qt6.8"))
    # QT_WEBSOCKETS_LIB as CMake defines it for the server, whose headers test for it.
    checks.append((source, args + ["-fsyntax-only", "-DQT_WEBSOCKETS_LIB", source], entry["directory"]))

def check(item):
    source, args, directory = item
    done = subprocess.run(args, capture_output=True, text=True, cwd=directory)
    return source, done.returncode, [l for l in done.stderr.splitlines() if "error" in l][:5]

failed = 0
with ThreadPoolExecutor(jobs) as pool:
    for source, code, errors in pool.map(check, checks):
        if code:
            failed += 1
            print(f"FAIL {source[len(root) + 1:]}")
            for line in errors:
                print(f"    {line}")
print(f"checked {len(checks)} files against Qt {version}'s headers: {failed} failed")
sys.exit(1 if failed else 0)
PY
