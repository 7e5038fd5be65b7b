#!/usr/bin/env bash
# bf16 vs fp32 pseudo-masks on real images (README "CPU" table, row "real images"): EfficientNet-Lite0 (the shipped
# ImageNet weights) trained briefly on voc_mini's train split, then `eps_nb infer` of its val split in fp32 and in bf16,
# each evaluated against the ground truth, and the share of pixels where the two sets of masks agree.
# Usage: bash benchmarks/cpu_bf16_real.sh VOC2012_DIR WORK_DIR [ITERS (300)]   -> WORK_DIR/real_bf16.json
set -euo pipefail
voc=$1; work=$2; iters=${3:-300}
mkdir -p "$work"
eps_nb labels "$work/cls.npy" "$voc/ImageSets/Segmentation/trainval.txt" --mask_dir "$voc/SegmentationClass" --num_classes 20
eps_nb saliency "$voc" "$work/sal" --split trainval --method spectral_residual
[ -f "$work/run/model_final.pth" ] || eps_nb train --root "$voc" --labels "$work/cls.npy" --saliency_dir "$work/sal" \
    --train_split train --backbone efficientnet_lite0 --weights imagenet --output_stride 16 --crop_size 224 \
    --batch_size 8 --max_iters "$iters" --log_every 50 --tensorboard false --progress false --out_dir "$work/run"
for amp in none bf16 none bf16; do      # alternated twice: the second pair is the timed one
    s=$(date +%s.%N)
    eps_nb infer "$work/run/model_final.pth" --split val --scales 0.5,0.75,1.0 --amp "$amp" --out_dir "$work/infer_$amp" \
        > "$work/infer_$amp.log"
    echo "$amp $(echo "$(date +%s.%N) - $s" | bc)" >> "$work/times.txt"
done
python3 - "$work" <<'PY'
import json, sys, numpy as np
from pathlib import Path
from PIL import Image
w = Path(sys.argv[1]); out = {}
for amp in ('none', 'bf16'): out[f'miou_{amp}'] = json.loads((w/f'infer_{amp}'/'eval'/'report.json').read_text())['miou']
a, b = sorted((w/'infer_none'/'pseudo_masks').glob('*.png')), w/'infer_bf16'/'pseudo_masks'
same = sum(int((np.array(Image.open(p)) == np.array(Image.open(b/p.name))).sum()) for p in a)
out['mask_agreement_pct'] = 100 * same / sum(np.array(Image.open(p)).size for p in a)
out['n_images'] = len(a)
t = [l.split() for l in (w/'times.txt').read_text().splitlines()][-2:]
out['infer_command_s'] = {k: float(v) for k, v in t}
out['settings'] = 'EfficientNet-Lite0 (ImageNet weights), voc_mini train, val split, scales 0.5/0.75/1 + flip'
(w/'real_bf16.json').write_text(json.dumps(out, indent=1)); print(json.dumps(out, indent=1))
PY
