#!/usr/bin/env python
"""Train the bundled Indonesian stanza models, offline, on CPU, in one command.

    python scripts/train_models.py [--workdir DIR] [--out src/attribution/models/id]
                                   [--ud DIR] [--eval-only] [--skip-eval]

What it does (every step uses stanza's own entry points):

1. Builds a synthetic treebank ``UD_Indonesian-Attr`` (stanza short name ``id_attr``) under
   ``WORKDIR/ud``:  train = UD Indonesian-CSUI train + UD Indonesian-PUD test (concatenated),
   dev = UD Indonesian-GSD dev, test = UD Indonesian-GSD test.  XPOS is blanked everywhere
   (the three treebanks use three different XPOS tagsets).  FEATS are blanked in the POS
   tagger's dev file only, so that the tagger selects its checkpoint on UPOS.
2. Prepares it with ``stanza.utils.datasets.prepare_{tokenizer,mwt,pos,lemma,depparse}_treebank``
   (lemma and depparse with ``--gold``).
3. Trains with ``stanza.utils.training.run_{tokenizer,mwt,pos,lemma,depparse}`` (all ``--no_charlm``,
   POS/depparse ``--no_pretrain``) with sizes that fit 2 CPU cores.  The five trainings are
   independent (lemma and depparse use gold tags), so they run ``--jobs`` (2) at a time with
   ``--threads`` (1) torch thread each; each has its own log in ``WORKDIR/logs/``.
4. Copies the models to ``--out`` as tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt,
   dropping optimizer state and storing the weights as float16 (``--fp32`` keeps float32;
   stanza casts them back to float32 when it loads them).
5. Evaluates end to end (raw text in) on GSD test and CSUI test with stanza's CoNLL 2018
   scorer (``stanza.models.common.utils.ud_scores``,
   i.e. udtools' udeval: stanza 1.15 no longer ships ``stanza.utils.conll18_ud_eval``) and writes ``--out/scores.json`` and
   ``--out/training.json`` (versions, seeds, exact commands).

Everything random is seeded (``--seed``, default 1234).  Logs go to stdout; run it with nohup.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud"
DEFAULT_OUT = ROOT / "src" / "attribution" / "models" / "id"
TREEBANK = "UD_Indonesian-Attr"
SHORT = "id_attr"

# glibc malloc settings that cut a POS training step from 1.1 s to 0.75 s on 2 cores
MALLOC_ENV = {
    "MALLOC_MMAP_THRESHOLD_": "33554432",
    "MALLOC_TRIM_THRESHOLD_": "1000000000000",
    "MALLOC_TOP_PAD_": "1073741824",
}

# training arguments per processor (beyond the treebank name, --save_dir, --force, --seed and,
# for every processor that has a character LM option -- all but mwt -- --no_charlm)
TRAIN_ARGS = {
    "tokenize": ["--steps", "1000"],
    "mwt": ["--num_epoch", "10"],
    "pos": ["--no_pretrain", "--max_steps", "800", "--batch_size", "32",
            "--char_hidden_dim", "100", "--hidden_dim", "128"],
    "lemma": ["--num_epoch", "8"],
    "depparse": ["--no_pretrain", "--max_steps", "1000", "--batch_size", "1000",
                 "--hidden_dim", "200", "--char_hidden_dim", "100",
                 "--deep_biaff_hidden_dim", "128", "--num_layers", "2"],
}
RUN_MODULE = {
    "tokenize": "stanza.utils.training.run_tokenizer",
    "mwt": "stanza.utils.training.run_mwt",
    "pos": "stanza.utils.training.run_pos",
    "lemma": "stanza.utils.training.run_lemma",
    "depparse": "stanza.utils.training.run_depparse",
}
PREPARE = [
    ("stanza.utils.datasets.prepare_tokenizer_treebank", []),
    ("stanza.utils.datasets.prepare_mwt_treebank", []),
    ("stanza.utils.datasets.prepare_pos_treebank", []),
    ("stanza.utils.datasets.prepare_lemma_treebank", ["--gold"]),
    ("stanza.utils.datasets.prepare_depparse_treebank", ["--gold"]),
]
PROCESSORS = ["tokenize", "mwt", "pos", "lemma", "depparse"]
TESTS = {
    "gsd_test": ("UD_Indonesian-GSD", "id_gsd-ud-test.conllu"),
    "csui_test": ("UD_Indonesian-CSUI", "id_csui-ud-test.conllu"),
}
METRICS = ["Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS"]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --------------------------------------------------------------------------- data
def read_conllu_sentences(path: Path) -> list[list[str]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def blank_columns(sent: list[str], xpos: bool = True, feats: bool = False, prefix: str = "") -> list[str]:
    out = []
    for line in sent:
        if line.startswith("#"):
            if prefix and line.startswith("# sent_id = "):
                line = "# sent_id = " + prefix + line[len("# sent_id = "):]
            out.append(line)
            continue
        cols = line.split("\t")
        if len(cols) == 10 and "-" not in cols[0] and "." not in cols[0]:
            if xpos:
                cols[4] = "_"
            if feats:
                cols[5] = "_"
        out.append("\t".join(cols))
    return out


def write_conllu(path: Path, sents: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for s in sents:
            f.write("\n".join(s) + "\n\n")


def build_treebank(ud: Path, work: Path) -> dict:
    tb = work / "ud" / TREEBANK
    csui_train = read_conllu_sentences(ud / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu")
    pud = read_conllu_sentences(ud / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu")
    gsd_dev = read_conllu_sentences(ud / "UD_Indonesian-GSD" / "id_gsd-ud-dev.conllu")
    gsd_test = read_conllu_sentences(ud / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu")
    train = [blank_columns(s, prefix="csui-") for s in csui_train] + [blank_columns(s, prefix="pud-") for s in pud]
    write_conllu(tb / f"{SHORT}-ud-train.conllu", train)
    write_conllu(tb / f"{SHORT}-ud-dev.conllu", [blank_columns(s) for s in gsd_dev])
    write_conllu(tb / f"{SHORT}-ud-test.conllu", [blank_columns(s) for s in gsd_test])

    def nwords(sents):
        return sum(1 for s in sents for l in s if not l.startswith("#") and l.split("\t")[0].isdigit())

    stats = {
        "train": {"sources": ["UD_Indonesian-CSUI train", "UD_Indonesian-PUD test"],
                  "sentences": len(train), "words": nwords(train)},
        "dev": {"sources": ["UD_Indonesian-GSD dev"], "sentences": len(gsd_dev), "words": nwords(gsd_dev)},
        "test": {"sources": ["UD_Indonesian-GSD test"], "sentences": len(gsd_test), "words": nwords(gsd_test)},
    }
    log(f"treebank built: {json.dumps(stats)}")
    return stats


# --------------------------------------------------------------------------- running stanza
def stanza_env(work: Path) -> dict:
    env = dict(os.environ)
    env.update(MALLOC_ENV)
    env.update({
        "UDBASE": str(work / "ud"),
        "UDBASE_GIT": str(work / "ud"),
        "DATA_ROOT": str(work / "data"),
        "WORDVEC_DIR": str(work / "wordvec"),
        "STANZA_EXTERN_DIR": str(work / "extern"),
        "HANDPARSED_DIR": str(work / "extern" / "handparsed"),
        # an empty resources dir: nothing may be fetched from the hub
        "STANZA_RESOURCES_DIR": str(work / "stanza_resources"),
        "PYTHONHASHSEED": "0",
        "OMP_NUM_THREADS": env.get("OMP_NUM_THREADS", "2"),
    })
    return env


def run_module(module: str, args: list[str], work: Path, seed: int, commands: list,
               threads: int = 2, log_file: Path | None = None) -> float:
    """Run a stanza module as __main__ in a subprocess, with python's random seeded."""
    code = (
        "import random, sys, runpy\n"
        f"random.seed({seed})\n"
        "try:\n import numpy; numpy.random.seed(%d)\nexcept ImportError: pass\n"
        "import torch; torch.manual_seed(%d); torch.set_num_threads(%d)\n"
        "sys.argv = [%r] + %r\n"
        "runpy.run_module(%r, run_name='__main__', alter_sys=True)\n"
    ) % (seed, seed, threads, module, args, module)
    cmd = [sys.executable, "-c", code]
    commands.append({"module": module, "args": args, "torch_threads": threads})
    env = stanza_env(work)
    env.update({"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)})
    log(f"RUN python -m {module} {' '.join(args)}" + (f"  (log: {log_file})" if log_file else ""))
    t0 = time.time()
    if log_file is None:
        subprocess.run(cmd, cwd=work, env=env, check=True)
    else:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("w") as f:
            subprocess.run(cmd, cwd=work, env=env, check=True, stdout=f, stderr=subprocess.STDOUT)
    dt = time.time() - t0
    log(f"DONE {module} in {dt:.0f}s")
    return dt


def write_record(work: Path, name: str, rec: dict) -> None:
    d = work / "records"
    d.mkdir(parents=True, exist_ok=True)
    rec = dict(rec, finished=time.strftime("%Y-%m-%dT%H:%M:%S"))
    (d / f"{name}.json").write_text(json.dumps(rec, indent=2) + "\n")


def read_record(work: Path, name: str) -> dict | None:
    f = work / "records" / f"{name}.json"
    return json.loads(f.read_text()) if f.is_file() else None


def blank_pos_dev_feats(work: Path) -> None:
    path = work / "data" / "pos" / f"{SHORT}.dev.in.conllu"
    sents = read_conllu_sentences(path)
    write_conllu(path, [blank_columns(s, xpos=True, feats=True) for s in sents])
    log(f"blanked FEATS in {path}")


# --------------------------------------------------------------------------- model export
def _to_half(obj):
    """float32 tensors -> float16 (storage only: stanza's load_state_dict casts them back)."""
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.dtype == torch.float32 else obj
    if isinstance(obj, dict):
        return type(obj)((k, _to_half(v)) for k, v in obj.items()) if not hasattr(obj, "_metadata") \
            else _copy_meta(obj, {k: _to_half(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [_to_half(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_to_half(v) for v in obj)
    return obj


def _copy_meta(orig, new: dict):
    from collections import OrderedDict

    out = OrderedDict(new)
    out._metadata = getattr(orig, "_metadata")
    return out


def strip_model(src: Path, dst: Path, half: bool = True) -> dict:
    """Copy a stanza model file, dropping what inference does not need (optimizer state) and,
    with ``half``, storing the model weights (the 'model' entry) as float16."""
    import torch

    ckpt = torch.load(src, map_location="cpu", weights_only=False)
    dropped = []
    if isinstance(ckpt, dict):
        for key in ("optimizer", "optimizer_state_dict", "optimizers", "scheduler", "schedulers",
                    "scheduler_state_dict"):
            if key in ckpt:
                ckpt.pop(key)
                dropped.append(key)
        if half and "model" in ckpt:
            ckpt["model"] = _to_half(ckpt["model"])
    dst.parent.mkdir(parents=True, exist_ok=True)
    torch.save(ckpt, dst)
    return {"source": src.name, "bytes_before": src.stat().st_size, "bytes": dst.stat().st_size,
            "dropped": dropped, "float16_weights": bool(half),
            "keys": sorted(ckpt.keys()) if isinstance(ckpt, dict) else None}


def find_model(work: Path, processor: str) -> Path:
    cands = sorted((work / "saved_models" / processor).glob(f"{SHORT}*.pt"))
    cands = [c for c in cands if "checkpoint" not in c.name]
    if not cands:
        raise FileNotFoundError(f"no trained {processor} model in {work / 'saved_models' / processor}")
    return cands[0]


# --------------------------------------------------------------------------- evaluation
def conllu_to_text(conllu: Path, txt: Path) -> None:
    from stanza.utils.datasets import conllu_to_text as c2t

    c2t.convert_text(str(conllu), str(txt))


def lowercase_lemmas(src: Path, dst: Path) -> None:
    out = []
    for line in src.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[2] = cols[2].lower()
            line = "\t".join(cols)
        out.append(line)
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")


def ud_score(gold: Path, system: Path) -> dict:
    # stanza 1.15 has no stanza.utils.conll18_ud_eval any more: its scorer is the CoNLL 2018 one
    # as maintained in the `udtools` package (udeval), reached through stanza's own wrapper
    from stanza.models.common.utils import ud_scores

    ev = ud_scores(str(gold), str(system))
    return {m: round(100 * ev[m].f1, 2) for m in METRICS}


def evaluate(out: Path, ud_dir: Path, work: Path) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from attribution.nlp import load_pipeline

    t0 = time.time()
    nlp = load_pipeline(models=str(out))
    log(f"pipeline loaded in {time.time() - t0:.1f}s")
    ev_dir = work / "eval"
    ev_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, (tb, fname) in TESTS.items():
        gold = ud_dir / tb / fname
        txt = ev_dir / f"{name}.txt"
        conllu_to_text(gold, txt)
        text = txt.read_text(encoding="utf-8")
        t0 = time.time()
        doc = nlp(text)
        dt = time.time() - t0
        pred = ev_dir / f"{name}.pred.conllu"
        pred.write_text("{:C}\n".format(doc) + "\n", encoding="utf-8")
        scores = ud_score(gold, pred)
        # GSD lowercases every lemma (proper nouns too), CSUI/PUD keep case
        lg, lp = ev_dir / f"{name}.gold.lc.conllu", ev_dir / f"{name}.pred.lc.conllu"
        lowercase_lemmas(gold, lg)
        lowercase_lemmas(pred, lp)
        scores["Lemmas_ignoring_case"] = ud_score(lg, lp)["Lemmas"]
        scores["parse_seconds"] = round(dt, 1)
        results[name] = scores
        log(f"{name}: {scores}")
    return results


# --------------------------------------------------------------------------- main
def versions() -> dict:
    import stanza
    import torch

    return {"python": platform.python_version(), "stanza": stanza.__version__, "torch": torch.__version__,
            "platform": platform.platform(), "cpu_threads": torch.get_num_threads()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/attribution-stanza-work"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--ud", type=Path, default=DEFAULT_UD, help="folder holding UD_Indonesian-{GSD,CSUI,PUD}")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--only", default=",".join(PROCESSORS), help="processors to (re)train, comma separated")
    ap.add_argument("--skip-prepare", action="store_true", help="reuse the prepared data in --workdir")
    ap.add_argument("--eval-only", action="store_true", help="only evaluate the models in --out")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="trainings run at the same time")
    ap.add_argument("--threads", type=int, default=1, help="torch threads per training")
    ap.add_argument("--fp32", action="store_true", help="keep float32 weights (default: stored as float16)")
    args = ap.parse_args(argv)

    random.seed(args.seed)
    work = args.workdir.resolve()
    out = args.out.resolve()
    work.mkdir(parents=True, exist_ok=True)
    (work / "stanza_resources").mkdir(exist_ok=True)
    (work / "stanza_resources" / "resources.json").write_text("{}")
    for sub in ("wordvec", "extern"):
        (work / sub).mkdir(exist_ok=True)
    t_start = time.time()
    info_path = out / "training.json"
    info = json.loads(info_path.read_text()) if info_path.exists() else {}

    if not args.eval_only:
        only = [p for p in args.only.split(",") if p]
        commands: list = []
        timings: dict = {}
        if not args.skip_prepare:
            if (work / "data").exists():
                shutil.rmtree(work / "data")
            data_stats = build_treebank(args.ud.resolve(), work)
            for module, extra in PREPARE:
                run_module(module, [TREEBANK] + extra, work, args.seed, commands)
            blank_pos_dev_feats(work)
            write_record(work, "prepare", {"commands": list(commands), "data": data_stats,
                                           "command_line": " ".join(sys.argv)})
        else:
            data_stats = (read_record(work, "prepare") or {}).get("data")
        # The five trainings are independent (lemma and depparse train on gold tags), so they
        # run --jobs at a time, each on --threads torch threads: one thread per job is much
        # faster than two jobs fighting over each other's OpenMP threads on a 2-core machine.
        def train(proc: str) -> tuple[str, float]:
            save_dir = work / "saved_models" / proc
            if save_dir.exists():
                shutil.rmtree(save_dir)
            charlm = [] if proc == "mwt" else ["--no_charlm"]  # run_mwt has no charlm option
            targs = [TREEBANK] + charlm + ["--save_dir", str(save_dir), "--force",
                                           "--seed", str(args.seed)] + TRAIN_ARGS[proc]
            dt = run_module(RUN_MODULE[proc], targs, work, args.seed, [],
                            threads=args.threads, log_file=work / "logs" / f"{proc}.log")
            write_record(work, proc, {"module": RUN_MODULE[proc], "args": targs,
                                      "torch_threads": args.threads, "seconds": round(dt),
                                      "command_line": " ".join(sys.argv)})
            return proc, dt

        # longest first
        order = [p for p in ("depparse", "pos", "tokenize", "lemma", "mwt") if p in only]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for proc, dt in pool.map(train, order):
                timings[proc] = round(dt)
        # what made each model (also the ones kept from an earlier run with --only/--skip-prepare)
        records = {p: read_record(work, p) for p in ["prepare"] + PROCESSORS}
        files = {}
        for proc in PROCESSORS:
            src = find_model(work, proc)
            files[proc] = strip_model(src, out / f"{proc}.pt", half=not args.fp32)
            log(f"exported {proc}: {files[proc]}")
        info = {
            "command": " ".join(["python", "scripts/train_models.py"] + (argv if argv is not None else sys.argv[1:])),
            "seed": args.seed,
            "versions": versions(),
            "treebank": TREEBANK,
            "data": data_stats,
            "train_args": TRAIN_ARGS,
            "stanza_commands": records,
            "env": MALLOC_ENV,
            "train_seconds_this_invocation": timings,
            "jobs": args.jobs,
            "threads_per_job": args.threads,
            "files": files,
            "total_seconds": round(time.time() - t_start),
        }
        info_path.parent.mkdir(parents=True, exist_ok=True)
        info_path.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n")
        log(f"wrote {info_path}")

    if not args.skip_eval:
        scores = evaluate(out, args.ud.resolve(), work)
        payload = {
            "scorer": "stanza.models.common.utils.ud_scores = udtools.udeval, the CoNLL 2018 shared task scorer; F1 x 100, raw text in",
            "input": "text rebuilt from the gold CoNLL-U with stanza.utils.datasets.conllu_to_text",
            "versions": versions(),
            "results": scores,
            "official_stanza_gsd_published": {"Tokens": 99.88, "Sentences": 93.04, "Words": 99.64,
                                              "UPOS": 94.16, "Lemmas": 98.28, "UAS": 87.05, "LAS": 80.83},
        }
        (out / "scores.json").write_text(json.dumps(payload, indent=2) + "\n")
        log(f"wrote {out / 'scores.json'}")
    log(f"all done in {time.time() - t_start:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
