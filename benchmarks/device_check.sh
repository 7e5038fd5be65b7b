#!/usr/bin/env bash
# The GPU path of eps_nb in one call, on a bare GPU machine (python3 with torch there; nothing fetched), in < 8 min:
# nbdev_test --flags cuda of the notebooks with `#| cuda` cells, a 20-iteration stage-1 run + pseudo-masks + evaluate
# through the CLI on voc_mini (bf16, channels-last, 4 workers), the full-size benchmark in fp32 and bf16 with and
# without torch.compile, a torch.profiler table of one step, and a DDP run under torchrun. Results: at most 8 files
# (JSON and text) in one folder. The steps are eps_nb.device_check (nbs/16a_device_check.ipynb); its test runs
# `device_check.sh --dry` (the same steps at tiny size on the CPU).
#
# Usage, from anywhere:  bash benchmarks/device_check.sh [--dry] [--out_dir DIR] [--steps env,smoke,...]
#                                                       [--budget_s 450] [--data VOC2012_DIR] [--help]
#   results go to --out_dir, else $OUT when set, else device_check/ (relative paths: from the repository root)
# Before a GPU call, on a machine with pip:
#   bash benchmarks/fetch_wheels.sh            # the packages the GPU image lacks -> .whl/ (git-ignored, ~28 MiB)
#   mkdir -p shared/data && cp -r /path/to/shared/data/voc_mini shared/data/   # ~14 MiB; shared/ travels, git-ignored
# then run `bash benchmarks/device_check.sh` there with `.whl` carried (64 MiB in all).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
py=${PYTHON:-python3}
wheels=${EPS_NB_WHEELS:-.whl}
site=${EPS_NB_SITE:-/tmp/eps_nb_site}
if compgen -G "$wheels/*.whl" > /dev/null; then
    # the wheels of packages missing there, without their dependencies (the image has the rest), into a private folder
    if "$py" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$site" "$wheels"/*.whl
    then export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}" PATH="$site/bin:$PATH"
    else echo "device_check: installing the wheels of $wheels failed; going on with what is installed" >&2; fi
else
    echo "device_check: no wheels in $wheels (benchmarks/fetch_wheels.sh makes them); using what is installed" >&2
fi
# this tree's eps_nb, imported in place (no install step; subprocesses inherit it)
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
args=("$@")
if [ -n "${OUT:-}" ] && [[ " $* " != *" --out_dir"* ]]; then args+=(--out_dir "$OUT"); fi
# eps_nb must import (its own requirements present): if not, say which module is missing, in the results folder too
out=device_check; prev=""
for a in "${args[@]}"; do [ "$prev" = "--out_dir" ] && out=$a; case $a in --out_dir=*) out=${a#--out_dir=};; esac; prev=$a; done
if ! err=$("$py" -c 'import eps_nb.device_check' 2>&1); then
    echo "device_check: eps_nb does not import here (bring the missing wheels: benchmarks/fetch_wheels.sh):" >&2
    echo "$err" | tail -n 3 >&2
    mkdir -p "$out" && ERR="$err" "$py" -c 'import json, os, sys; json.dump({"import_error": os.environ["ERR"][-3000:]}, open(sys.argv[1], "w"), indent=1)' "$out/device_check.json"
    exit 1
fi
# a hard stop past the steps' own budget, so that whatever was written comes back
exec timeout --kill-after=15 "${EPS_NB_CHECK_TIMEOUT:-560}" "$py" -c \
    'import sys; from eps_nb.device_check import device_check_main as m; sys.exit(m(sys.argv[1:]))' "${args[@]}"
