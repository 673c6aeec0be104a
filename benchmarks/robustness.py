#!/usr/bin/env python
"""Robustness benchmark: time and peak memory of one document of 100 KB, 1 MB and 10 MB (and the sizes
between, to show the ratio per doubling), in three shapes:

* ``news``    real IndoSum articles joined as paragraphs (``<shared>/data/news-pool/indosum.jsonl``; the
              shape is skipped with a message when the file is absent);
* ``soup``    word soup without full stops or line breaks: Indonesian words, cue words, names, commas;
* ``unclosed`` sentences with many opening quotation marks that are never closed, in one paragraph.

    python benchmarks/robustness.py [--sizes 100K,1M,10M] [--shapes news,soup,unclosed]
                                    [--modes fast,default] [--default-max 1M] [--timeout 300]

Each (shape, size, mode) runs in a fresh child process (``--child``), so peak RSS
(``ru_maxrss`` of the child) belongs to that document alone.  ``default`` mode (stanza tags) is run only
up to ``--default-max`` (stanza on a 10 MB document takes far longer than a batch would wait; the output says
so).  The ``x prev`` column is the ratio per doubling, (time / previous time) ** (1 / log2(size / previous
size)): a linear extractor keeps it near 2.  ``seconds`` is the whole document (stanza's parse included in
default mode), ``extract`` the extractor alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = ("pemerintah akan segera membangun jalan baru di daerah itu untuk masyarakat yang tinggal di sana "
         "kami tidak tahu apakah rencana tersebut bisa berjalan dengan baik karena anggaran masih terbatas "
         "namun semua pihak sudah sepakat bahwa program ini penting bagi warga desa dan kota").split()
CUES = "kata ujar ujarnya katanya mengatakan menurut menjelaskan menegaskan tambahnya jelasnya bahwa".split()
NAMES = ["Budi", "Budi Santoso", "Joko Widodo", "Sri Mulyani", "Menteri Keuangan", "Presiden", "dia", "ia",
         "mereka", "Kapolri Listyo Sigit"]


def shared_dir() -> Path:
    env = os.environ.get("ATTRIBUTION_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def parse_size(s: str) -> int:
    s = s.strip().upper()
    mult = {"K": 1_000, "M": 1_000_000}.get(s[-1], 1)
    return int(float(s.rstrip("KM")) * mult)


def fmt_size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n / 1e3:g} KB"


def news_text(size: int) -> str | None:
    path = shared_dir() / "data" / "news-pool" / "indosum.jsonl"
    if not path.is_file():
        return None
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    out, n, i = [], 0, 0
    while n < size:
        t = texts[i % len(texts)]
        out.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(out)[:size]


def soup_text(size: int, seed: int = 16) -> str:
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        r = rnd.random()
        w = rnd.choice(CUES) if r < 0.12 else rnd.choice(NAMES) if r < 0.2 else rnd.choice(WORDS)
        if rnd.random() < 0.05:
            w += ","
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:size]


def unclosed_text(size: int, seed: int = 16) -> str:
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 12)))
        form = rnd.randrange(4)
        if form == 0:
            s = f"“{words.capitalize()}, kata {rnd.choice(NAMES)}."
        elif form == 1:
            s = f"{rnd.choice(NAMES)} mengatakan “{words}."
        elif form == 2:
            s = f"Menurut {rnd.choice(NAMES)}, \"{words}"
        else:
            s = f"«{words.capitalize()}, ujarnya."
        out.append(s)
        n += len(s) + 1
    return " ".join(out)[:size]


SHAPES = {"news": news_text, "soup": soup_text, "unclosed": unclosed_text}


def child(shape: str, size: int, mode: str) -> None:
    text = SHAPES[shape](size)
    from attribution import extract

    tags = None
    t0 = time.perf_counter()
    if mode == "default":
        from attribution.batch import FULL_PROCESSORS, tag_texts
        from attribution.nlp import load_pipeline, parse

        nlp = load_pipeline(processors=FULL_PROCESSORS)
        parse(nlp, ["Kami siap, kata Budi."])  # warm-up: the first call pays stanza's lazy set-up
        t0 = time.perf_counter()
        tags = tag_texts(nlp, [text])[0]  # as the batch runner does: long lines in pieces
    t1 = time.perf_counter()
    doc = extract(text, tags=tags)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": t2 - t0, "extractor": t2 - t1, "rss_mb": rss, "records": len(doc.attributions)}))


def run_one(shape: str, size: int, mode: str, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", f"{shape}:{size}:{mode}"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"stopped": f"over {timeout:g} s"}
    if p.returncode != 0:
        return {"stopped": (p.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100K,200K,500K,1M,2M,5M,10M")
    ap.add_argument("--shapes", default="news,soup,unclosed")
    ap.add_argument("--modes", default="fast,default")
    ap.add_argument("--default-max", default="200K", help="largest size run in default (stanza) mode")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--child")
    a = ap.parse_args()
    if a.child:
        shape, size, mode = a.child.split(":")
        child(shape, int(size), mode)
        return 0
    sizes = [parse_size(s) for s in a.sizes.split(",")]
    default_max = parse_size(a.default_max)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; one document per child process")
    print(f"{'shape':9} {'mode':8} {'size':>7} {'seconds':>9} {'extract':>8} {'peak MB':>8} {'x prev':>7} {'records':>8}")
    for shape in a.shapes.split(","):
        if shape == "news" and news_text(10) is None:
            print(f"news: skipped ({shared_dir() / 'data/news-pool/indosum.jsonl'} is absent)")
            continue
        for mode in a.modes.split(","):
            prev: tuple[int, float] | None = None
            for size in sizes:
                if mode == "default" and size > default_max:
                    print(f"{shape:9} {mode:8} {fmt_size(size):>7}   not run (default mode only up to "
                          f"{fmt_size(default_max)}: stanza itself is the slow part there)")
                    continue
                r = run_one(shape, size, mode, a.timeout)
                if "stopped" in r:
                    print(f"{shape:9} {mode:8} {fmt_size(size):>7}   stopped: {r['stopped']}")
                    prev = None
                    continue
                ratio = ""
                if prev:
                    per_doubling = (r["seconds"] / prev[1]) ** (1 / max(1e-9, __import__("math").log2(size / prev[0])))
                    ratio = f"{per_doubling:.2f}"
                print(f"{shape:9} {mode:8} {fmt_size(size):>7} {r['seconds']:9.2f} {r['extractor']:8.2f} {r['rss_mb']:8.0f} {ratio:>7} "
                      f"{r['records']:8d}", flush=True)
                prev = (size, r["seconds"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
