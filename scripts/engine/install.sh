#!/usr/bin/env bash
# Installs the sandboxed Docker Engine that `npm run test:engine` runs the site's examples on,
# into .cache/engine/ only: Debian's docker.io (dockerd 20.10), containerd, runc and tini, the
# iptables binaries dockerd needs for its embedded DNS inside a container's network namespace,
# and the Debian packages the stand-in images are built from (busybox-static, nginx, redis, bash).
# Nothing is installed system-wide: the packages are fetched with `apt-get download` and unpacked
# with `dpkg -x`. The engine's own 20.10 `docker` client is deleted after unpacking, so it can never
# shadow the 28.2.2 client on PATH. Runs again only when the package list changes.
# Needs apt-get and Debian's package mirror (reachable on CI); prints why when it cannot.
set -euo pipefail
cd "$(dirname "$0")/../.."

dest=.cache/engine
engine_pkgs=(docker.io containerd runc tini iptables libip4tc2 libip6tc2 libxtables12 libnftnl11 libmnl0
  libnetfilter-conntrack3 libnfnetlink0 libdevmapper1.02.1 libseccomp2 docker-registry)
# The stand-in images: busybox for the small ones; real nginx, redis, Go and bash with glibc.
image_pkgs=(busybox-static libc6 libcrypt1 libpcre2-8-0 libssl3 zlib1g nginx nginx-common bash libtinfo6
  redis-server redis-tools libstdc++6 libgcc-s1 libatomic1 libjemalloc2 liblzf1 libsystemd0 libcap2 libgcrypt20 liblz4-1
  liblzma5 libzstd1 libgpg-error0 golang-1.19-go golang-1.19-src)
# Each half is fetched again only when its package list changes (so adding a stand-in package does
# not touch an engine that may be running).
fetch() {
  local dir=$1; shift
  # apt-get download cannot fetch as the _apt user into a root-owned directory; it says so and
  # falls back to fetching as root, which is fine here, so that warning is dropped.
  (cd "$dir" && apt-get download -q "$@" 2>&1 | grep -v -e 'unsandboxed as root' -e '^Get:' -e '^Fetched' >&2) || true
  if [ "$(ls "$dir" | wc -l)" -lt "$#" ]; then
    echo "engine: apt-get download got $(ls "$dir" | wc -l) of $# packages; trying after apt-get update" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    (cd "$dir" && apt-get download -q "$@" 2>&1 | grep -v -e 'unsandboxed as root' -e '^Get:' -e '^Fetched' >&2) || true
  fi
  if [ "$(ls "$dir" | wc -l)" -lt "$#" ]; then
    echo "engine: could not download every package ($*); is Debian's mirror reachable?" >&2
    exit 1
  fi
}
# install NAME TARGET PACKAGE...: fetch into debs/NAME, unpack into TARGET, stamp NAME.txt.
install() {
  local name=$1 target=$2; shift 2
  local want
  want="$(printf '%s\n' "$@")"
  if [ -f "$dest/$name.txt" ] && [ "$(cat "$dest/$name.txt")" = "$want" ] && [ -d "$target" ]; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
    echo "engine: cannot install the Docker Engine: apt-get and dpkg are needed (Debian or Ubuntu)" >&2
    exit 1
  fi
  echo "engine: fetching $# Debian packages ($name) into $dest"
  rm -rf "$dest/debs/$name" "$target" "$dest/$name.txt"
  mkdir -p "$dest/debs/$name" "$target"
  fetch "$dest/debs/$name" "$@"
  for d in "$dest/debs/$name"/*.deb; do dpkg -x "$d" "$target"; done
  printf '%s\n' "$want" > "$dest/$name.txt"
  changed=1
}
changed=0
mkdir -p "$dest"
install engine "$dest/engine" "${engine_pkgs[@]}"
install images "$dest/rootfs" "${image_pkgs[@]}"
if [ "$changed" = 0 ] && [ -x "$dest/engine/usr/sbin/dockerd" ]; then
  echo "engine: Docker Engine and stand-in packages already in $dest"
  exit 0
fi
# The 20.10 client must never be found instead of the 28.2.2 one.
rm -f "$dest/engine/usr/bin/docker"
mkdir -p "$dest/engine/dockref-bin"
ln -sf ../usr/sbin/iptables-legacy "$dest/engine/dockref-bin/iptables"
ln -sf ../usr/sbin/ip6tables-legacy "$dest/engine/dockref-bin/ip6tables"
missing="$(LD_LIBRARY_PATH="$dest/engine/usr/lib/x86_64-linux-gnu:$dest/engine/lib/x86_64-linux-gnu" ldd "$dest/engine/usr/sbin/dockerd" "$dest/engine/usr/bin/containerd" "$dest/engine/usr/sbin/runc" 2>&1 | grep 'not found' || true)"
if [ -n "$missing" ]; then
  echo "engine: the engine's binaries miss libraries: $missing" >&2
  exit 1
fi
(cd "$dest/debs" && ls engine images) > "$dest/versions.txt"
echo "engine: installed $(ls "$dest"/debs/*/*.deb | wc -l) packages into $dest ($(du -sh "$dest" | cut -f1))"
