"""Size figures of the code, for reviews (issue: one home per rule, readable lines): `python nbs/code_stats.py`.

Prints, for `eps_nb/*.py` (generated files left out): lines over 120 characters, lines joining statements with `;`,
the median and longest function (lines, from the `def` to its last line), and, for the notebooks, the median and the
largest `#| export` cell (lines)."""
import ast, io, json, statistics, sys, tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {'_modidx.py'}

def py_files(): return sorted(p for p in (ROOT/'eps_nb').glob('*.py') if p.name not in SKIP)

def semicolon_lines(text: str) -> int:
    "Lines holding a `;` token (statements joined on one line), strings and comments ignored."
    toks = tokenize.generate_tokens(io.StringIO(text).readline)
    return len({t.start[0] for t in toks if t.type == tokenize.OP and t.string == ';'})

def functions(text: str, name: str):
    "(qualified name, lines) of every function and method."
    out = []
    for n in ast.walk(ast.parse(text)):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)): out.append((f'{name}:{n.name}', n.end_lineno - n.lineno + 1))
    return out

def export_cells():
    "Line counts of the `#| export` cells of the numbered notebooks."
    out = []
    for nb in sorted((ROOT/'nbs').glob('[0-9]*.ipynb')):
        for c in json.loads(nb.read_text(encoding='utf-8'))['cells']:
            s = ''.join(c['source'])
            if c['cell_type'] == 'code' and s.startswith('#| export'): out.append((nb.stem, len(s.splitlines()) - 1))
    return out

ORCHESTRATION = {'pipeline', 'study', 'realcheck', 'report', 'viz', 'benchmark', 'synthetic', 'cli'}

def signatures(text: str, name: str):
    "(qualified name, parameters) of every function and method."
    return [(f'{name}:{n.name}', len(n.args.args) + len(n.args.kwonlyargs) + len(n.args.posonlyargs))
            for n in ast.walk(ast.parse(text)) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]

def size_goals():
    "The goals of issue 38: package lines, the orchestration share, functions over 50 lines, signatures over 10."
    lines = {p.stem: len(p.read_text(encoding='utf-8').splitlines()) for p in py_files()}
    total, orch = sum(lines.values()), sum(v for k, v in lines.items() if k in ORCHESTRATION)
    funcs = [f for p in py_files() for f in functions(p.read_text(encoding='utf-8'), p.stem)]
    sigs = [f for p in py_files() for f in signatures(p.read_text(encoding='utf-8'), p.stem)]
    over50, wide = [f for f in funcs if f[1] > 50], [f for f in sigs if f[1] > 10]
    print(f'package: {total} lines in {len(lines)} modules (goal <= 9,500); orchestration and reports {orch} lines = '
          f'{100 * orch / total:.0f} % (goal <= 35 %)')
    print(f'functions over 50 lines: {len(over50)} (goal 0); signatures over 10 parameters: {len(wide)} (goal 0)')

def main():
    size_goals()
    long_lines = semis = 0; funcs = []
    for p in py_files():
        t = p.read_text(encoding='utf-8')
        long_lines += sum(len(l) > 120 for l in t.splitlines()); semis += semicolon_lines(t); funcs += functions(t, p.stem)
    cells = export_cells(); sizes = [n for _, n in cells]
    fl = sorted(funcs, key=lambda f: -f[1])
    print(f'eps_nb/*.py: {long_lines} lines over 120 characters (goal <= 60), {semis} lines joining statements with ;')
    print(f'functions: {len(funcs)}, median {statistics.median(n for _, n in funcs):g} lines, longest {fl[0][0]} ({fl[0][1]} lines)')
    print('  next longest: ' + ', '.join(f'{n} ({k})' for n, k in fl[1:6]))
    big = sorted(cells, key=lambda c: -c[1])[:3]
    print(f'export cells: {len(cells)}, median {statistics.median(sizes):g} lines, largest ' + ', '.join(f'{n} ({k})' for n, k in big))

if __name__ == '__main__': sys.exit(main())
