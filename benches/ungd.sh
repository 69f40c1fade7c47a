#!/usr/bin/env bash
# End-to-end benchmark on the UN General Debate corpus (10,952 speeches,
# 199 MB): MB/s of `plenary extract` and its peak memory, with --jobs 1 and
# with every core, and a check that both runs wrote the same bytes.
#
#   benches/ungd.sh                 # --jobs 1 and --jobs $(nproc)
#   benches/ungd.sh 1 2 4           # the job counts you name
#   UNGD_TAR=/path/ungd.tar.xz benches/ungd.sh
#
# The corpus is unpacked once into bench-data/ (git-ignored); the outputs go
# to bench-data/out-jN/. Needs GNU time at /usr/bin/time (Debian: apt-get
# install time) for the peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."

tar_file=${UNGD_TAR:-../shared/corpus/ungd/ungd.tar.xz}
data=bench-data
corpus=$data/ungd

if [[ ! -x /usr/bin/time ]]; then
    echo "benches/ungd.sh: /usr/bin/time not found; install it (apt-get install time)" >&2
    exit 2
fi
if [[ ! -d $corpus ]]; then
    [[ -f $tar_file ]] || { echo "benches/ungd.sh: $tar_file: no such file" >&2; exit 2; }
    mkdir -p "$data"
    echo "unpacking $tar_file into $data/ ..." >&2
    tar -xJf "$tar_file" -C "$data"
fi

cargo build --release --quiet
# A private copy: a rebuild during the runs must not swap the binary under them.
bin=$data/plenary
cp target/release/plenary "$bin"

files=$(find "$corpus" -name '*.txt' -type f | wc -l)
bytes=$(find "$corpus" -name '*.txt' -type f -printf '%s\n' | awk '{s += $1} END {print s}')
jobs_list=("$@")
if [[ ${#jobs_list[@]} -eq 0 ]]; then
    jobs_list=(1 "$(nproc)")
fi

awk -v f="$files" -v b="$bytes" -v c="$(nproc)" -v v="$($bin --version)" \
    'BEGIN {printf "corpus: %d files, %d bytes (%.1f MB); %d cores; %s\n", f, b, b / 1e6, c, v}'
printf '%6s %10s %10s %12s %14s\n' jobs seconds 'MB/s' 'peak MB' 'CPU seconds'
first=""
for jobs in "${jobs_list[@]}"; do
    out=$data/out-j$jobs
    rm -rf "$out"
    log=$data/time-j$jobs.txt
    /usr/bin/time -v "$bin" extract "$corpus" -o "$out" --quiet --jobs "$jobs" 2>"$log" || {
        echo "benches/ungd.sh: plenary failed with --jobs $jobs; see $log" >&2
        exit 1
    }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    awk -v j="$jobs" -v w="$wall" -v b="$bytes" -v r="$rss" -v u="$user" -v s="$sys" \
        'BEGIN {printf "%6s %10.2f %10.2f %12.1f %14.2f\n", j, w, b / 1e6 / w, r / 1024, u + s}'
    if [[ -z $first ]]; then
        first=$out
    elif ! diff -rq "$first" "$out" >/dev/null; then
        echo "benches/ungd.sh: --jobs $jobs wrote other bytes than ${first##*-}" >&2
        exit 1
    fi
done
echo "outputs identical across job counts: $(ls "$first" | tr '\n' ' ')"
