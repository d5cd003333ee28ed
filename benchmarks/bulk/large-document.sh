#!/usr/bin/env bash
# Translates one generated document of SIZE_MB (default 100) with lensc apply in a heap of 3 x its size
# (-Xmx300m for 100 MB), and again in 32 MB, and reports the time, the peak heap (GC log) and the peak
# memory (max RSS).
# With --compare, also translates it as one tree (-Dlensc.stream.above beyond its size, -Xmx8g) and
# checks that both outputs are the same bytes. The generated files are deleted at the end.
# --shape array (the default): the bulk is an array of items the lens maps over;
# --shape object: the bulk is one object (a map of 1 M keys to small objects), no array.
#   benchmarks/bulk/large-document.sh [SIZE_MB] [--compare] [--shape array|object]
# Build first: mvn -B -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size_mb=100
compare=""
shape=array
while [[ $# -gt 0 ]]; do
  case "$1" in
    --compare) compare=--compare ;;
    --shape) shift; shape="$1" ;;
    *) size_mb="$1" ;;
  esac
  shift
done
work="$(mktemp -d "${TMPDIR:-/tmp}/lensc-large.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ "$shape" == object ]]; then
cat > "$work/big.lens" <<'LENS'
schema Wide {
  version 1 {
    title: string
    byId: map<{name: string, score: double, tags: [string]}>
    open: boolean
    meta: { owner: string, n: int }
  }
  lens 1 -> 2 {
    rename title -> name
    convert open: boolean -> enum(open, closed) { true <-> "open"  false <-> "closed" }
    in meta { rename owner -> by  add kind: string = "wide" }
    add source: string = "lensc"
  }
}
LENS
in="$work/big-v1.json"
echo "generating a $size_mb MB document (one object of small objects) in $in ..." >&2
awk -v bytes="$((size_mb * 1024 * 1024))" 'BEGIN {
  split("-0.0 1e400 0.1 1.0 1 1180591620717411303424 1E5", numbers, " ")
  printf "{\n  \"title\": \"wide \\\"quoted\\\" é\",\n  \"byId\": {"
  written = 0
  for (i = 0; written < bytes; i++) {
    entry = sprintf("%s\n    \"k%d ü\": {\n      \"name\": \"item %d größe\",\n      \"score\": %s,\n      \"tags\": [\n        \"t%d\",\n        \"\"\n      ]\n    }",
      (i == 0 ? "" : ","), i, i, numbers[i % 7 + 1], i)
    printf "%s", entry
    written += length(entry)
  }
  printf "\n  },\n  \"open\": true,\n  \"meta\": {\n    \"owner\": \"me\",\n    \"n\": 3\n  }\n}\n"
}' > "$in"
else
cat > "$work/big.lens" <<'LENS'
schema Big {
  version 1 { title: string  items: [{name: string, score: double, tags: [string]}] }
  lens 1 -> 2 {
    rename title -> name
    map items { rename name -> label  wrap score -> scores }
  }
}
LENS
in="$work/big-v1.json"
echo "generating a $size_mb MB document in $in ..." >&2
awk -v bytes="$((size_mb * 1024 * 1024))" 'BEGIN {
  split("-0.0 1e400 0.1 1.0 1 1180591620717411303424 1E5", numbers, " ")
  printf "{\n  \"title\": \"big \\\"quoted\\\" é\",\n  \"items\": ["
  written = 0
  for (i = 0; written < bytes; i++) {
    item = sprintf("%s\n    {\n      \"name\": \"item %d größe\",\n      \"score\": %s,\n      \"tags\": [\n        \"t%d\",\n        \"\"\n      ]\n    }",
      (i == 0 ? "" : ","), i, numbers[i % 7 + 1], i)
    printf "%s", item
    written += length(item)
  }
  printf "\n  ]\n}\n"
}' > "$in"
fi
bytes=$(stat -c %s "$in")
heap_mb=$(( (3 * bytes + 1048575) / 1048576 ))

run() { # name, JVM options...
  local name="$1"; shift
  export LENSC_JAVA_OPTS="$* -Xlog:gc:file=$work/$name-gc.log"
  local start end
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$work/$name-time.txt" "$root/lensc" apply --lens "$work/big.lens" --from 1 --to 2 "$in" \
      > "$work/$name.json" 2> "$work/$name-err.txt" || { cat "$work/$name-err.txt" >&2; return 1; }
  else
    "$root/lensc" apply --lens "$work/big.lens" --from 1 --to 2 "$in" > "$work/$name.json" 2> "$work/$name-err.txt" \
      || { cat "$work/$name-err.txt" >&2; return 1; }
  fi
  end=$(date +%s.%N)
  # G1's lines: "Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.1ms": before -> after (committed)
  local peak live
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/$name-gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  live=$(grep -oE '[0-9]+M->[0-9]+M' "$work/$name-gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  printf '%s (%s): %.1f s; heap used at most %s MB before a GC, %s MB live after one' "$name" "$*" \
    "$(echo "$end - $start" | bc -l)" "${peak:-?}" "${live:-?}"
  if [[ -f "$work/$name-time.txt" ]]; then
    printf '; max RSS %d MB' "$(( $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$name-time.txt") / 1024 ))"
  fi
  printf '\n'
}

printf 'document: %d bytes (%.1f MB); heap: 3 x its size = %d MB\n' "$bytes" "$(echo "$bytes / 1048576" | bc -l)" "$heap_mb"
run streamed "-Xmx${heap_mb}m"
if [[ "$shape" == array ]]; then
  # the items stream: the heap it needs does not grow with the document
  run streamed-small-heap "-Xmx32m"
else
  # a map's keys are held until it ends, to find a duplicate: that heap grows with the map (about half the document)
  run streamed-small-heap "-Xmx$(( heap_mb / 3 ))m"
fi
if [[ "$compare" == "--compare" ]]; then
  run tree "-Xmx8g -Dlensc.stream.above=$((bytes + 1))"
  cmp "$work/streamed.json" "$work/tree.json" && echo "streamed and tree outputs: the same $(stat -c %s "$work/tree.json") bytes"
fi
