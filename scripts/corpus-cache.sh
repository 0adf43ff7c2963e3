# Sourced by scripts/bench and scripts/bench-memory.
#
# ensure_corpus BIN DIR PAGES: a generated corpus of PAGES pages (`gen-corpus --seed 2026`) in DIR,
# reused across runs. It is generated again when it is missing, incomplete (no .complete marker:
# an interrupted run), or was written by another version of the generator: the first page that
# BIN generates now must be byte-identical to the one on disk.
ensure_corpus() {
  local bin="$1" dir="$2" pages="$3"
  if [ -f "$dir/.complete" ]; then
    local probe first
    probe=$(mktemp -d)
    "$bin" gen-corpus --out "$probe" --pages 1 --seed 2026 --quiet
    first=$(cd "$probe" && find . -name '*.txt' | head -1)
    if cmp -s "$probe/$first" "$dir/$first"; then rm -rf "$probe"; return 0; fi
    rm -rf "$probe"
    echo "corpus $dir was written by another generator version: generating it again" >&2
  fi
  rm -rf "$dir"
  "$bin" gen-corpus --out "$dir" --pages "$pages" --seed 2026 --quiet
  touch "$dir/.complete"
}
