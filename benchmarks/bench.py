#!/usr/bin/env python
"""Benchmarks of the attribution extractor: throughput, scaling, workers, stanza share, streaming
memory and accuracy (against the project's gold and a naive baseline).

    python benchmarks/bench.py [--quick] [--full/--no-full] [--full-1000] [--models bundled]
                               [--out FILE.json]

Every throughput / memory configuration runs in a fresh child process (``bench.py --child SPEC``), so
the peak RSS figures (``ru_maxrss`` of the child) are comparable.  Articles: the ``.txt`` files of
``<shared>/data/news`` (provenance line stripped) plus the PFSA-ID dev-40 texts converted at run
time (never stored in the repo), cycled to reach the wanted number of documents.  ``<shared>`` is
``$ATTRIBUTION_SHARED`` or ``<repo>/../shared``.

Full mode needs the stanza models (``--models``, default the bundled ones); when they cannot be
loaded the full-mode parts print "full mode: models not available (...)" and the rest goes on.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

_WORD = re.compile(r"\w+")


# ----------------------------------------------------------------------------------------- corpus
def shared_dir() -> Path:
    env = os.environ.get("ATTRIBUTION_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def words(text: str) -> int:
    return len(_WORD.findall(text))


_ARTICLES: list[tuple[str, str]] = []


def load_articles() -> list[tuple[str, str]]:
    """(doc_id, text) of every real article: news .txt files, then PFSA-ID dev-40 texts (cached)."""
    if not _ARTICLES:
        _ARTICLES.extend(_read_articles())
    return _ARTICLES


def _read_articles() -> list[tuple[str, str]]:
    from attribution.eval.convert import convert_pfsa
    from attribution.io import InputDoc, read_txt

    sh = shared_dir()
    news = sh / "data" / "news"
    out: list[tuple[str, str]] = []
    for f in sorted(news.glob("*.txt")):
        if not f.read_text(encoding="utf-8", errors="replace").startswith("# source:"):
            continue  # README files etc.: not articles
        d = read_txt(f)
        if isinstance(d, InputDoc):
            out.append((d.doc_id, d.text))
    pfsa = sh / "data" / "pfsa-id" / "pfsa-id" / "dev-40.txt"
    if pfsa.is_file():
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for d in convert_pfsa(pfsa, problems=[]):
                out.append((d.doc_id, d.text))
    return out


def corpus(n: int):
    """A generator of ``n`` InputDocs cycling through the articles (unique doc ids)."""
    from attribution.io import InputDoc

    arts = load_articles()
    for i in range(n):
        doc_id, text = arts[i % len(arts)]
        yield InputDoc(doc_id=f"{doc_id}#{i}", text=text)


def big_document(target_chars: int) -> str:
    """One document of about ``target_chars`` characters: real articles concatenated as paragraphs."""
    arts = load_articles()
    parts: list[str] = []
    size = 0
    i = 0
    while size < target_chars:
        text = arts[i % len(arts)][1].strip()
        i += 1
        for para in text.split("\n"):
            para = para.strip()
            if not para:
                continue
            parts.append(para)
            size += len(para) + 1
            if size >= target_chars:
                break
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------- child
def _maxrss_mb() -> float:
    """Peak RSS of this process in MiB: ``ru_maxrss`` (KiB on Linux).

    Linux carries ``ru_maxrss`` over from the forking process into the exec'd child, so the parent
    (:func:`main`) keeps itself small (it never loads the corpus); ``VmHWM`` from /proc is recorded too
    (``peak_hwm_mb``) as a cross-check, it starts afresh at exec.
    """
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _hwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _load_nlp(models: str):
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    from attribution.nlp import load_pipeline
    from attribution.batch import FULL_PROCESSORS

    t0 = time.perf_counter()
    nlp = load_pipeline(models=models, processors=FULL_PROCESSORS)
    return nlp, time.perf_counter() - t0


def child_throughput(spec: dict) -> dict:
    """Documents/s, words/s and peak RSS for ``n`` docs through runner.run (workers=1)."""
    from attribution.batch import run

    mode, n = spec["mode"], spec["n"]
    docs = list(corpus(n))
    nw = sum(words(d.text) for d in docs)
    nlp, load_s = (None, 0.0)
    if mode == "full":
        nlp, load_s = _load_nlp(spec["models"])
    list(run(docs[:1], mode=mode, nlp=nlp))  # warm-up
    t0 = time.perf_counter()
    out = list(run(docs, mode=mode, nlp=nlp))
    dt = time.perf_counter() - t0
    errors = sum(1 for r in out if not hasattr(r, "attributions"))
    return {"mode": mode, "docs": n, "words": nw, "seconds": dt, "docs_per_s": n / dt, "words_per_s": nw / dt,
            "load_s": load_s, "peak_rss_mb": _maxrss_mb(), "peak_hwm_mb": _hwm_mb(), "errors": errors,
            "attributions": sum(len(r.attributions) for r in out if hasattr(r, "attributions"))}


def child_scaling(spec: dict) -> dict:
    """µs/word for one document of each size (best of a few repeats for small sizes)."""
    from attribution.pipeline import extract

    mode = spec["mode"]
    nlp = None
    if mode == "full":
        nlp, _ = _load_nlp(spec["models"])
    rows = []
    for size in spec["sizes"]:
        text = big_document(size)
        extract(text[:2000], nlp=nlp)  # warm-up
        nw = words(text)
        reps = max(1, min(20, int(spec.get("budget_s", 2.0) * 1e6 // max(nw, 1) // (20 if mode == "fast" else 2000))))
        best = float("inf")
        for _ in range(reps):
            t0 = time.perf_counter()
            doc = extract(text, nlp=nlp)
            best = min(best, time.perf_counter() - t0)
        rows.append({"size": size, "chars": len(text), "words": nw, "seconds": best, "repeats": reps,
                     "us_per_word": best / nw * 1e6, "attributions": len(doc.attributions)})
    return {"mode": mode, "rows": rows, "peak_rss_mb": _maxrss_mb(), "peak_hwm_mb": _hwm_mb()}


def child_workers(spec: dict) -> dict:
    """Wall time of runner.run(..., workers=w) end to end (pool start and model loads included)."""
    from attribution.batch import run

    mode, n, w = spec["mode"], spec["n"], spec["workers"]
    docs = list(corpus(n))
    if mode == "fast":
        list(run(docs[:1], mode="fast"))  # warm-up (imports, lexicon)
    t0 = time.perf_counter()
    out = list(run(docs, mode=mode, workers=w, models=spec["models"]))
    dt = time.perf_counter() - t0
    return {"mode": mode, "docs": n, "workers": w, "seconds": dt, "docs_per_s": n / dt,
            "errors": sum(1 for r in out if not hasattr(r, "attributions"))}


def child_share(spec: dict) -> dict:
    """Time nlp.parse and extract(..., tags=...) separately over the same docs (batches as the runner)."""
    from attribution.nlp import parse
    from attribution.pipeline import extract
    from attribution.batch import BATCH
    from attribution.nlp import stanza_tags

    docs = list(corpus(spec["n"]))
    nlp, load_s = _load_nlp(spec["models"])
    parse(nlp, [docs[0].text])  # warm-up
    extract(docs[0].text, tags=None)
    t_parse = t_tags = t_extract = 0.0
    for i in range(0, len(docs), BATCH):
        batch = docs[i:i + BATCH]
        t0 = time.perf_counter()
        parsed = parse(nlp, [d.text for d in batch])
        t1 = time.perf_counter()
        tags = [stanza_tags(p) for p in parsed]
        t2 = time.perf_counter()
        for d, tg in zip(batch, tags):
            extract(d.text, doc_id=d.doc_id, tags=tg)
        t3 = time.perf_counter()
        t_parse += t1 - t0
        t_tags += t2 - t1
        t_extract += t3 - t2
    total = t_parse + t_tags + t_extract
    return {"docs": len(docs), "load_s": load_s, "parse_s": t_parse, "tags_s": t_tags, "extract_s": t_extract,
            "stanza_pct": 100 * (t_parse + t_tags) / total, "extractor_pct": 100 * t_extract / total}


def child_stream(spec: dict) -> dict:
    """Peak RSS of fast mode over a generator of ``n`` docs through runner.run (results discarded)."""
    from attribution.batch import run

    n = spec["n"]
    load_articles()
    list(run(corpus(1), mode="fast"))  # warm-up
    rss_before = _maxrss_mb()
    count = 0
    t0 = time.perf_counter()
    for _ in run(corpus(n), mode="fast", workers=spec.get("workers", 1)):
        count += 1
    dt = time.perf_counter() - t0
    return {"docs": count, "workers": spec.get("workers", 1), "seconds": dt, "rss_before_mb": rss_before,
            "peak_rss_mb": _maxrss_mb(), "peak_hwm_mb": _hwm_mb()}


def child_accuracy(spec: dict) -> dict:
    """Scores of fast, full and the baseline on each gold file and on both together."""
    from attribution.io import load_documents
    from attribution.eval.metrics import score
    from attribution.pipeline import extract
    from baseline import extract_baseline

    golds = {}
    for name in spec["gold"]:
        docs, problems = load_documents(ROOT / "gold" / f"{name}.jsonl")
        golds[name] = docs
    golds["both"] = [d for name in spec["gold"] for d in golds[name]]
    systems = {"baseline": lambda g: extract_baseline(g.text, doc_id=g.doc_id),
               "fast": lambda g: extract(g.text, doc_id=g.doc_id)}
    note = None
    if spec.get("full"):
        try:
            nlp, _ = _load_nlp(spec["models"])
            systems["full"] = lambda g: extract(g.text, nlp=nlp, doc_id=g.doc_id)
        except Exception as exc:  # ModelNotFoundError and friends
            note = f"{type(exc).__name__}: {str(exc)[:300]}"
    preds = {s: {g.doc_id: f(g) for g in golds["both"]} for s, f in systems.items()}
    out: dict = {"full_note": note, "tables": {}}
    for gname, gdocs in golds.items():
        for s in systems:
            fig = score(gdocs, [preds[s][g.doc_id] for g in gdocs]).figures()
            out["tables"].setdefault(gname, {})[s] = {
                "docs": len(gdocs),
                "gold_records": sum(len(g.attributions) for g in gdocs),
                "content_partial_f1": fig["content"]["partial"]["f1"],
                "content_exact_f1": fig["content"]["exact"]["f1"],
                "speaker_lenient": fig["speaker"]["lenient"],
                "attribution_f1": fig["attribution"]["f1"],
                "outlets_f1": fig["outlets"]["f1"],
            }
    return out


def child_info(spec: dict) -> dict:
    arts = load_articles()
    pfsa = sum(1 for d, _ in arts if d.startswith("dev-40"))
    return {"articles": len(arts), "news": len(arts) - pfsa, "pfsa": pfsa, "words": sum(words(t) for _, t in arts)}


CHILDREN = {"info": child_info, "throughput": child_throughput, "scaling": child_scaling, "workers": child_workers,
            "share": child_share, "stream": child_stream, "accuracy": child_accuracy}


def child_main(spec_json: str) -> int:
    spec = json.loads(spec_json)
    try:
        res = CHILDREN[spec["kind"]](spec)
        res["ok"] = True
    except Exception as exc:
        res = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "error_type": type(exc).__name__}
    print("@@RESULT@@" + json.dumps(res))
    return 0


def spawn(spec: dict, timeout: float = 1800) -> dict:
    """Run one configuration in a fresh Python process and return its result dict."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"timed out after {timeout:.0f} s"}
    for line in p.stdout.splitlines():
        if line.startswith("@@RESULT@@"):
            return json.loads(line[len("@@RESULT@@"):])
    return {"ok": False, "error": f"child exited {p.returncode}: {p.stderr.strip()[-500:]}"}


# ----------------------------------------------------------------------------------------- output
def table(headers: list[str], rows: list[list], title: str | None = None) -> str:
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    if title:
        lines.append(f"\n### {title}\n")
    lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in cells[1:]:
        lines.append("| " + " | ".join(c.rjust(w) for c, w in zip(r, widths)) + " |")
    return "\n".join(lines)


def _fmt(c) -> str:
    if isinstance(c, float):
        if c >= 100:
            return f"{c:,.0f}"
        if c >= 10:
            return f"{c:.1f}"
        return f"{c:.2f}" if c >= 0.1 else f"{c:.3f}"
    if isinstance(c, int):
        return f"{c:,}"
    return str(c)


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    vers = {}
    for mod in ("torch", "stanza", "dask"):  # not imported: the parent stays small (see _maxrss_mb)
        try:
            vers[mod] = version(mod)
        except PackageNotFoundError:
            vers[mod] = "not installed"
    busy = []
    try:
        ps = subprocess.run(["ps", "-eo", "pid,pcpu,args"], capture_output=True, text=True).stdout
        busy = [ln.strip()[:120] for ln in ps.splitlines() if "train" in ln and "ps -eo" not in ln]
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": ram, "python": platform.python_version(),
            **vers, "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "concurrent_training": busy}


# ----------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--quick", action="store_true", help="small sizes only (a smoke test, ~1 minute)")
    ap.add_argument("--full", dest="full", action=argparse.BooleanOptionalAction, default=True,
                    help="run the full-mode (stanza) parts (default: yes)")
    ap.add_argument("--full-1000", action="store_true", help="also run full mode on 1,000 documents (slow)")
    ap.add_argument("--models", default="bundled", help="stanza models for full mode: bundled|official|DIR")
    ap.add_argument("--size-timeout", type=float, default=240.0,
                    help="b.: seconds allowed per document size before it is reported as stopped (default 240)")
    ap.add_argument("--out", type=Path, help="also write every figure as JSON here")
    ap.add_argument("--only", help="comma-separated parts to run: a,b,c,d,e,f (default all)")
    args = ap.parse_args(argv)
    if args.child:
        return child_main(args.child)

    sh = shared_dir()
    if not (sh / "data" / "news").is_dir():
        print(f"error: the shared data folder is missing: no {sh / 'data' / 'news'}. Set $ATTRIBUTION_SHARED "
              "to the folder that holds data/news and data/pfsa-id.", file=sys.stderr)
        return 2
    parts = set((args.only or "a,b,c,d,e,f").split(","))
    results: dict = {"machine": machine(), "quick": args.quick, "models": args.models}
    m = results["machine"]
    print(f"# attribution benchmarks -- {m['date']}\n")
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; python {m['python']}, torch {m['torch']}, "
          f"stanza {m['stanza']}, dask {m['dask']}")
    if m["concurrent_training"]:
        print("WARNING: model training was running during this benchmark (timings disturbed):")
        for ln in m["concurrent_training"]:
            print("   ", ln)
    info = spawn({"kind": "info"})  # the parent never loads the corpus itself: see _maxrss_mb
    results["corpus"] = info
    print(f"articles: {info.get('articles')} real texts ({info.get('news')} news files + {info.get('pfsa')} PFSA-ID "
          f"dev-40 texts, {info.get('words', 0):,} words), cycled as needed")

    # Does full mode work at all?  (one child: loading in the parent would pollute nothing, but keep it clean)
    full_ok = False
    full_reason = "disabled with --no-full"
    if args.full:
        probe = spawn({"kind": "throughput", "mode": "full", "n": 1, "models": args.models})
        full_ok = probe.get("ok", False)
        full_reason = probe.get("error", "")
        if not full_ok:
            print(f"\nfull mode: models not available ({full_reason})")
    results["full_available"] = full_ok
    results["full_note"] = None if full_ok else full_reason

    sizes_n = [10, 100] if args.quick else [10, 100, 1000]
    full_cap = 1000 if args.full_1000 else (10 if args.quick else 100)

    # a. throughput
    if "a" in parts:
        rows, res = [], []
        for mode in ("fast", "full"):
            for n in sizes_n:
                if mode == "full" and (not full_ok or n > full_cap):
                    continue
                r = spawn({"kind": "throughput", "mode": mode, "n": n, "models": args.models})
                res.append(r)
                if r.get("ok"):
                    rows.append([mode, n, r["words"], r["seconds"], r["docs_per_s"], r["words_per_s"],
                                 r["peak_rss_mb"], r["load_s"] if mode == "full" else "-", r["errors"]])
                else:
                    rows.append([mode, n, "-", "-", "-", "-", "-", "-", r.get("error", "?")[:60]])
        results["throughput"] = res
        print(table(["mode", "docs", "words", "s", "docs/s", "words/s", "peak RSS MB", "load s", "errors"], rows,
                    "a. Throughput (one process, runner.run workers=1, fresh child per row)"))
        if full_ok and full_cap < max(sizes_n):
            print(f"\n(full mode capped at {full_cap} documents; pass --full-1000 for 1,000)")

    # b. scaling with document size
    if "b" in parts:
        sizes = [1_000, 10_000, 100_000] if args.quick else [1_000, 10_000, 100_000, 1_000_000]
        out = {}
        for mode in ("fast", "full"):
            if mode == "full" and not full_ok:
                continue
            ss = [s for s in sizes if mode == "fast" or s <= 100_000]
            if mode == "full" and args.quick:
                ss = [s for s in ss if s <= 10_000]
            # one child per size, each with a time limit: a super-linear stage shows up as a timeout
            r = {"ok": True, "rows": []}
            for size in ss:
                limit = args.size_timeout
                one = spawn({"kind": "scaling", "mode": mode, "sizes": [size], "models": args.models}, timeout=limit)
                if one.get("ok"):
                    r["rows"].extend(one["rows"])
                else:
                    r["rows"].append({"size": size, "error": one.get("error")})
            out[mode] = r
            base = r["rows"][0].get("us_per_word") or 1.0
            rows = []
            for x in r["rows"]:
                if "error" in x:
                    rows.append([f"{x['size'] // 1000:,} KB", "-", "-", f"> {args.size_timeout:.0f} (stopped)"
                                 if "timed out" in (x["error"] or "") else x["error"][:40], "-", "-", "-", "-"])
                else:
                    rows.append([f"{x['size'] // 1000:,} KB", x["chars"], x["words"], x["seconds"], x["repeats"],
                                 x["us_per_word"], x["us_per_word"] / base, x["attributions"]])
            print(table(["size", "chars", "words", "s (best)", "reps", "µs/word", "× 1 KB", "attributions"], rows,
                        f"b. One document of growing size, {mode} mode"))
        results["scaling"] = out

    # c. workers
    if "c" in parts:
        rows, res = [], []
        for mode in ("fast", "full"):
            if mode == "full" and not full_ok:
                continue
            n = (100 if args.quick else 1000) if mode == "fast" else (10 if args.quick else 100)
            t = {}
            for w in (1, 2):
                r = spawn({"kind": "workers", "mode": mode, "n": n, "workers": w, "models": args.models})
                res.append(r)
                t[w] = r.get("seconds") if r.get("ok") else None
            if t[1] and t[2]:
                rows.append([mode, n, t[1], t[2], n / t[1], n / t[2], t[1] / t[2]])
            else:
                rows.append([mode, n, t[1] or "failed", t[2] or "failed", "-", "-", "-"])
        results["workers"] = res
        print(table(["mode", "docs", "s (1 worker)", "s (2 workers)", "docs/s 1", "docs/s 2", "speed-up"], rows,
                    "c. Workers: runner.run(workers=1) vs workers=2 (end to end: pool start and model loads included)"))

    # d. stanza share
    if "d" in parts:
        if full_ok:
            r = spawn({"kind": "share", "n": 10 if args.quick else 100, "models": args.models})
            results["share"] = r
            if r.get("ok"):
                print(table(["docs", "stanza parse s", "tags s", "extractor s", "stanza %", "extractor %"],
                            [[r["docs"], r["parse_s"], r["tags_s"], r["extract_s"], r["stanza_pct"], r["extractor_pct"]]],
                            "d. Full mode: time in stanza (parse + reading tags) vs the extractor"))
            else:
                print(f"\nd. share: failed: {r.get('error')}")
        else:
            print(f"\nd. full mode: models not available ({full_reason})")

    # e. streaming memory
    if "e" in parts:
        rows, res = [], []
        for n in ([10, 100] if args.quick else [10, 1000]):
            r = spawn({"kind": "stream", "n": n})
            res.append(r)
            rows.append([n, r.get("seconds", "-"), r.get("rss_before_mb", "-"), r.get("peak_rss_mb", r.get("error", "?"))])
        results["stream"] = res
        print(table(["docs", "s", "RSS before run MB", "peak RSS MB"], rows,
                    "e. Streaming memory: fast mode, runner.run over a generator, results discarded"))

    # f. accuracy
    if "f" in parts:
        r = spawn({"kind": "accuracy", "gold": ["seeds", "news-dev"], "full": full_ok, "models": args.models})
        results["accuracy"] = r
        if not r.get("ok"):
            print(f"\nf. accuracy: failed: {r.get('error')}")
        else:
            if r.get("full_note"):
                print(f"\nfull mode: models not available ({r['full_note']})")
            for gname, sys_rows in r["tables"].items():
                any_row = next(iter(sys_rows.values()))
                rows = [[s, v["content_partial_f1"], v["content_exact_f1"], v["speaker_lenient"], v["attribution_f1"],
                         v["outlets_f1"]] for s, v in sys_rows.items()]
                label = {"both": "seeds + news-dev"}.get(gname, gname)
                print(table(["system", "content partial F1", "content exact F1", "speaker lenient acc",
                             "attribution F1", "outlets F1"], rows,
                            f"f. Accuracy on {label} ({any_row['docs']} docs, {any_row['gold_records']} gold records)"))

    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
