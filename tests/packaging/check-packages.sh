#!/usr/bin/env bash
# check-packages.sh BUILD_DIR VERSION: packs BUILD_DIR's programs with cpack (DEB x2 + TGZ) into a
# scratch folder and checks what a venue's IT would get. Exit 77 = skipped (no dpkg-deb here).
set -euo pipefail

build_dir="$1"
version="$2"

command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb not found"; exit 77; }
for tool in cpack dpkg-shlibdeps lintian; do
    command -v "$tool" >/dev/null ||
        { echo "FAIL: $tool is missing (./tablesync.sh test installs it)"; exit 1; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# The build tree's programs as they are (ctest runs after the build): cpack installs and packs.
echo "== cpack"
(cd "$scratch" && cpack --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" \
    >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log"; echo "FAIL: cpack"; exit 1; }

arch="$(dpkg --print-architecture)"
server_deb="$scratch/out/tablesyncd_${version}_${arch}.deb"
tablet_deb="$scratch/out/tablesync_${version}_${arch}.deb"
tarball="$(ls "$scratch"/out/tablesync-"$version"-linux-*.tar.gz 2>/dev/null | head -n 1)"
for file in "$server_deb" "$tablet_deb" "$tarball"; do
    [ -n "$file" ] && [ -f "$file" ] || { ls -l "$scratch/out"; echo "FAIL: missing ${file:-the .tar.gz}"; exit 1; }
done
pass "built $(cd "$scratch/out" && ls *.deb *.tar.gz | tr '\n' ' ')"

# --- metadata -------------------------------------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
expect_field() { # deb field expected
    local got
    got="$(field "$1" "$2")"
    [ "$got" = "$3" ] && pass "$(basename "$1") $2: $got" ||
        fail "$(basename "$1") $2 is '$got', expected '$3'"
}
expect_depends() { # deb package...
    local deb="$1" depends
    shift
    depends="$(field "$deb" Depends)"
    for package in "$@"; do
        grep -Eq "(^|, )$package( |,|$)" <<<"$depends" ||
            fail "$(basename "$deb") Depends lacks $package: $depends"
    done
    pass "$(basename "$deb") Depends: $depends"
}
expect_field "$server_deb" Package tablesyncd
expect_field "$tablet_deb" Package tablesync
for deb in "$server_deb" "$tablet_deb"; do
    expect_field "$deb" Version "$version"
    expect_field "$deb" Architecture "$arch"
    expect_field "$deb" Maintainer "TableSync team <team@tablesync.example>"
done
# libc6 and the Qt libraries come from dpkg-shlibdeps, the rest from the package definitions.
expect_depends "$server_deb" libc6 libqt6core6 libqt6httpserver6 libqt6sql6 libqt6sql6-sqlite \
    adduser
# The release server runs on mimalloc's heap (app/server/CMakeLists.txt): the package pulls it in.
expect_depends "$server_deb" 'libmimalloc[0-9.]*'
expect_depends "$tablet_deb" libc6 libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6 \
    qt6-qpa-plugins
# The tablet app carries no server: tablesyncd is only suggested, for --demo.
tablet_depends="$(field "$tablet_deb" Depends)"
grep -Eq '(^|, )(libqt6httpserver6|tablesyncd)( |,|$)' <<<"$tablet_depends" &&
    fail "the tablet package depends on the server: $tablet_depends"
expect_field "$tablet_deb" Suggests tablesyncd

# --- files ----------------------------------------------------------------------------------
list_files() { dpkg-deb -c "$1" | awk '{print $NF}' | sed 's|^\./|/|'; }
list_files "$server_deb" >"$scratch/server.files"
list_files "$tablet_deb" >"$scratch/tablet.files"
expect_files() { # list path...
    local list="$1"
    shift
    for path in "$@"; do
        grep -qx -- "$path" "$list" || fail "$(basename "$list" .files) lacks $path"
    done
}
expect_files "$scratch/server.files" /usr/bin/tablesyncd /etc/tablesync/tablesyncd.conf \
    /usr/lib/systemd/system/tablesyncd.service /usr/share/doc/tablesyncd/copyright \
    /usr/share/doc/tablesyncd/changelog.gz /usr/share/doc/tablesyncd/README.md
expect_files "$scratch/tablet.files" /usr/bin/tablesync /usr/share/applications/tablesync.desktop \
    /usr/share/icons/hicolor/scalable/apps/tablesync.svg /usr/share/doc/tablesync/copyright \
    /usr/share/doc/tablesync/changelog.gz
grep -qx /usr/bin/tablesync "$scratch/server.files" && fail "the server package holds the tablet app"
grep -qx /usr/bin/tablesyncd "$scratch/tablet.files" && fail "the tablet package holds the server"
if grep -E '^/usr/local/|/tst_|/bench|/fuzz' "$scratch/server.files" "$scratch/tablet.files"; then
    fail "test programs or /usr/local paths in a package"
fi
pass "file lists"

tar -tzf "$tarball" | sed 's|^\./||; s|^[^/]*/||' >"$scratch/tarball.files"
for path in usr/bin/tablesyncd usr/bin/tablesync etc/tablesync/tablesyncd.conf \
    usr/lib/systemd/system/tablesyncd.service usr/share/applications/tablesync.desktop; do
    grep -qx -- "$path" "$scratch/tarball.files" || fail "the .tar.gz lacks $path"
done
pass "tar.gz holds both programs, the unit and the settings"

# --- maintainer scripts ---------------------------------------------------------------------
dpkg-deb -e "$server_deb" "$scratch/server.control"
grep -qx /etc/tablesync/tablesyncd.conf "$scratch/server.control/conffiles" ||
    fail "tablesyncd.conf is not a conffile (an upgrade would overwrite the venue's settings)"
for script in postinst prerm postrm; do
    path="$scratch/server.control/$script"
    [ -x "$path" ] || { fail "$script missing or not executable"; continue; }
    sh -n "$path" || fail "$script: syntax error"
done
grep -q 'adduser --system' "$scratch/server.control/postinst" || fail "postinst creates no system user"
if grep -Eq 'rm -rf? .*/var/lib/tablesync|deluser' "$scratch/server.control/postrm"; then
    fail "postrm deletes the venue's data or user"
fi
pass "conffiles and maintainer scripts"

# --- the unpacked programs run --------------------------------------------------------------
root="$scratch/root"
mkdir -p "$root"
dpkg-deb -x "$server_deb" "$root"
dpkg-deb -x "$tablet_deb" "$root"
server_version="$("$root/usr/bin/tablesyncd" --version)"
[ "$server_version" = "tablesyncd $version" ] && pass "tablesyncd --version: $server_version" ||
    fail "tablesyncd --version said '$server_version'"
# Into a file first: under pipefail, grep -q leaving early made objdump die of SIGPIPE now and
# then, and the check failed with mimalloc linked.
objdump -p "$root/usr/bin/tablesyncd" > "$scratch/tablesyncd.headers"
grep -Eq 'NEEDED +libmimalloc' "$scratch/tablesyncd.headers" &&
    pass "tablesyncd is linked with mimalloc" || fail "tablesyncd is not linked with mimalloc"
tablet_version="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tablesync" --version)"
[ "$tablet_version" = "tablesync $version" ] && pass "tablesync --version: $tablet_version" ||
    fail "tablesync --version said '$tablet_version'"
grep -q '^ExecStart=/usr/bin/tablesyncd ' "$root/usr/lib/systemd/system/tablesyncd.service" ||
    fail "the unit does not start /usr/bin/tablesyncd"
# The packaged server makes its own certificate on first start, as systemd would run it.
expect_depends "$server_deb" openssl
unit="$root/usr/lib/systemd/system/tablesyncd.service"
pre="$(sed -n 's/^ExecStartPre=//p' "$unit")"
[ -n "$pre" ] || fail "the unit makes no TLS certificate before the first start"
pre="${pre//\$\$/\$}"
pre="${pre//\/usr\/bin\/tablesyncd/$root/usr/bin/tablesyncd}"
for start in first second; do
    TABLESYNCD_TLS_DIR="$scratch/state/tls" bash -c "$pre" >"$scratch/tls-$start.log" 2>&1 ||
        fail "the unit's certificate step failed on the $start start: $(cat "$scratch/tls-$start.log")"
done
[ -s "$scratch/state/tls/tablesyncd.crt" ] && [ -s "$scratch/state/tls/tablesyncd.key" ] ||
    fail "no certificate after the first start"
grep -q 'fingerprint\|SHA-256\|SHA256' "$scratch/tls-first.log" ||
    fail "the first start did not print the certificate's fingerprint"
[ ! -s "$scratch/tls-second.log" ] || fail "the second start made another certificate"
grep -q -- '--tls-cert ${TABLESYNCD_TLS_DIR}/tablesyncd.crt' "$unit" ||
    fail "the unit does not serve the certificate it makes"
pass "first start makes a certificate; the next start keeps it"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/tablesync.desktop" ||
        fail "tablesync.desktop"
fi

# --- lintian: no errors; warnings are listed ------------------------------------------------
for deb in "$server_deb" "$tablet_deb"; do
    lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 || true
    grep -v '^running with root privileges' "$scratch/lintian.log" | sed "s|^|  lintian $(basename "$deb"): |" || true
    if grep -q '^E: ' "$scratch/lintian.log"; then
        fail "lintian found errors in $(basename "$deb")"
    else
        pass "lintian: no errors in $(basename "$deb")"
    fi
done

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
