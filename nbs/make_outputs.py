"""Run the reader-facing chapters and keep their outputs, so the notebooks read on the code host without being run.

`python nbs/make_outputs.py` executes each chapter of `CHAPTERS` as `nbdev_test` does (same flags skipped, from `nbs/`),
keeps the outputs of its cells — figures as small PNGs, tables, `show_doc` renders, printed values — with machine paths,
timings and progress bars scrubbed so that a rerun changes nothing that matters, and writes the notebook back (then run
`nbdev_clean`). `python nbs/make_outputs.py --check` (run by `.ci/run`) fails when a chapter has no outputs."""
import os, re, sys, tempfile
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

NBS = Path(__file__).resolve().parent
CHAPTERS = ['00_tour', '02_metrics', '05_map_selection', '06_losses', '10_pseudo_masks', '13_viz', '13a_report']
SKIP_FLAGS = {'slow', 'cuda', 'notest'}
MIN_OUTPUTS = 3   # cells with an output each chapter must keep
MAX_IMAGE_BYTES = 150_000

def _skip(cell) -> bool:
    "Cells `nbdev_test` would not run: markdown, the export call, flagged cells."
    if cell.cell_type != 'code' or 'nbdev_export' + '(' in cell.source: return True
    return bool(SKIP_FLAGS & set((getattr(cell, 'directives_', None) or {}).keys())) or any(
        re.match(rf'^#\|\s*{f}\b', l) for l in cell.source.splitlines() for f in SKIP_FLAGS)

_NOISE = [
    (re.compile(r'(/tmp|/var/folders)/[^\s\'"<>)]*'), '<tmp>'),           # temporary folders
    (re.compile(re.escape(str(NBS.parent)) + r'[^\s\'"<>)]*'), '<repo>'),  # this checkout
    (re.compile(r'/work/shared/data[^\s\'"<>)]*|[^\s\'"<>(]*/shared/data[^\s\'"<>)]*'), '<shared data>'),
    (re.compile(r'\b\d+(\.\d+)?\s?(ms|s|sec|seconds|min)\b(?![a-z])'), '<time>'),  # timings
    (re.compile(r'\bat 0x[0-9a-f]+\b'), 'at 0x…'),                         # object addresses
]

def scrub(text: str) -> str:
    "Remove run-to-run noise (paths, timings, addresses) from an output text."
    for pat, rep in _NOISE: text = pat.sub(rep, text)
    return text

def _keep(out) -> bool:
    "Drop stderr (warnings name machine paths), progress bars and oversized images."
    if out.get('output_type') == 'stream' and out.get('name') == 'stderr': return False
    data = out.get('data', {})
    if any('progress' in str(data.get(k, '')) and '<progress' in str(data.get(k, '')) for k in ('text/html',)): return False
    return len(str(data.get('image/png', ''))) <= MAX_IMAGE_BYTES

def _clean_outputs(outs) -> list:
    res = []
    for o in outs:
        if not _keep(o): continue
        if 'text' in o: o['text'] = scrub(''.join(o['text']) if isinstance(o['text'], list) else o['text'])
        for k in ('text/plain', 'text/markdown', 'text/html'):
            if k in o.get('data', {}):
                v = o['data'][k]
                o['data'][k] = scrub(''.join(v) if isinstance(v, list) else v)
        o.pop('execution_count', None)
        res.append(o)
    return res

def run_chapter(name: str):
    "Execute `nbs/<name>.ipynb` as the tests do and write it back with scrubbed outputs."
    path = NBS/f'{name}.ipynb'
    nb = read_nb(path)
    os.environ['IN_TEST'] = '1'
    shell = CaptureShell(path, mpl_format='png')
    shell.run_cell("import matplotlib as _m; _m.rcParams['figure.dpi'] = 48; _m.rcParams['savefig.dpi'] = 48")
    with working_directory(NBS):
        shell.run_all(nb, exc_stop=True, preproc=_skip)
    for c in nb.cells:
        if c.cell_type == 'code':
            c['outputs'] = _clean_outputs(c.get('outputs', [])) if not _skip(c) else []
            c['execution_count'] = None
    write_nb(nb, path)

def count_outputs(name: str) -> int:
    "Code cells of a chapter holding an output."
    return sum(1 for c in read_nb(NBS/f'{name}.ipynb').cells if c.cell_type == 'code' and c.get('outputs'))

def main(argv):
    names = [a for a in argv if not a.startswith('--')] or CHAPTERS
    if '--check' in argv:
        bad = {n: count_outputs(n) for n in names if count_outputs(n) < MIN_OUTPUTS}
        if bad: sys.exit(f'chapters without their outputs (cells with output): {bad}: run python nbs/make_outputs.py')
        print('chapters with outputs: ' + ', '.join(f'{n} ({count_outputs(n)})' for n in names)); return
    for n in names:
        print(f'running {n}', flush=True); run_chapter(n)

if __name__ == '__main__': main(sys.argv[1:])
