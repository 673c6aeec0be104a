#!/usr/bin/env python
"""Train the bundled Indonesian NER model (PER / ORG / LOC), a linear-chain CRF (python-crfsuite).

    python scripts/train_ner.py [--data ../shared/data] [--out src/attribution/models/ner]
                                [--nerp-case asis|truecase|drop] [--c1 0.05] [--c2 0.01]
                                [--iterations 150] [--minfreq 1] [--dev-only]

Reads the train splits of five corpora (NER-UI and NER-UGM fold 1, idner-news-2k, NERGRIT, NERP), maps
their tag sets onto PER / ORG / LOC (everything else O), drops any training sentence that also occurs
in some test split, trains on the union, and scores entity-level F1 (exact span, conlleval-style chunks)
on every dev and test split.  The features are those of :mod:`attribution.nlp.ner` (one featurizer for
training and tagging).  NERP is lower-cased; it is used as it is (``--nerp-case asis``, the default:
best on the dev splits of the four cased corpora as well as on NERP's).  ``--nerp-case truecase`` restores
case from the cased train splits plus the unlabelled IndoSum news pool (most frequent form of each word;
words never seen cased are capitalised inside entities); ``drop`` leaves NERP out.  Deterministic (L-BFGS,
no sampling).  Writes ``ner.crfsuite``,
``scores.json`` (with ``--out``).
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pycrfsuite  # noqa: E402

from attribution.nlp.ner import ENTITY_TYPES, FEATURE_WORDS, Featurizer, spans  # noqa: E402

TYPE_MAP = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
}
# corpus -> (split -> relative path)
CORPORA = {
    "nerui": {"train": "indolem-ner/nerui/train.01.tsv", "dev": "indolem-ner/nerui/dev.01.tsv",
              "test": "indolem-ner/nerui/test.01.tsv"},
    "nerugm": {"train": "indolem-ner/nerugm/train.01.tsv", "dev": "indolem-ner/nerugm/dev.01.tsv",
               "test": "indolem-ner/nerugm/test.01.tsv"},
    "idner2k": {"train": "idner-news-2k/train.txt", "dev": "idner-news-2k/dev.txt", "test": "idner-news-2k/test.txt"},
    "nergrit": {"train": "indonlu-ner/nergrit/train_preprocess.txt", "dev": "indonlu-ner/nergrit/valid_preprocess.txt",
                "test": "indonlu-ner/nergrit/test_preprocess.txt"},
    "nerp": {"train": "indonlu-ner/nerp/train_preprocess.txt", "dev": "indonlu-ner/nerp/valid_preprocess.txt",
             "test": "indonlu-ner/nerp/test_preprocess.txt"},
}
CASED = ("nerui", "nerugm", "idner2k", "nergrit")


def map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, typ = tag.split("-", 1)
    typ = TYPE_MAP.get(typ)
    return f"{bio}-{typ}" if typ and bio in ("B", "I") else "O"


def normalise(tags: list[str]) -> list[str]:
    """Mapped tags, with an ``I-X`` that starts an entity turned into ``B-X`` (conlleval reads it so)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of ``token [POS] tag`` lines (tab or space separated; last column is the tag)."""
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r\n").strip()
        if not line:
            if words:
                sents.append((words, normalise(tags)))
            words, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        words.append(cols[0])
        tags.append(map_tag(cols[-1].strip()))
    if words:
        sents.append((words, normalise(tags)))
    return sents


def load(data: Path) -> dict[str, dict[str, list]]:
    return {c: {s: read_conll(data / p) for s, p in splits.items()} for c, splits in CORPORA.items()}


# --------------------------------------------------------------------------- truecasing NERP
def case_table(corpora: dict, data: Path, pool_docs: int) -> dict[str, str]:
    """lower form -> most frequent cased form, from the cased train splits and the IndoSum pool."""
    from attribution.text.tokens import tokenize

    counts: dict[str, Counter] = defaultdict(Counter)
    for c in CASED:
        for words, _ in corpora[c]["train"]:
            for w in words[1:]:  # a sentence's first word is capitalised anyway
                counts[w.lower()][w] += 1
    pool = data / "news-pool" / "indosum.jsonl"
    if pool.is_file() and pool_docs:
        with pool.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= pool_docs:
                    break
                text = json.loads(line)["text"]
                prev = "."
                for t in tokenize(text):
                    if prev not in ".!?\"“”\n:":
                        counts[t.lower][t.text] += 1
                    prev = t.text
    return {lw: c.most_common(1)[0][0] for lw, c in counts.items()}


def truecase(sents, table: dict[str, str]):
    out = []
    for words, tags in sents:
        new = []
        for i, (w, t) in enumerate(zip(words, tags)):
            cw = table.get(w)
            if cw is None:
                cw = w[:1].upper() + w[1:] if t != "O" else w
            if i == 0:
                cw = cw[:1].upper() + cw[1:]
            new.append(cw)
        out.append((new, tags))
    return out


# --------------------------------------------------------------------------- scoring
def score(gold_seqs, pred_seqs) -> dict:
    tp, ng, np_ = Counter(), Counter(), Counter()
    for g, p in zip(gold_seqs, pred_seqs):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, g, p):
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"precision": round(100 * pr, 2), "recall": round(100 * rc, 2), "f1": round(100 * f, 2),
                "gold": g, "predicted": p}

    res = {"micro": prf(sum(tp.values()), sum(ng.values()), sum(np_.values()))}
    for typ in ENTITY_TYPES:
        res[typ] = prf(tp[typ], ng[typ], np_[typ])
    return res


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def augment(corpora: dict, n: int, seed: int, titles: list[str]) -> list[tuple[list[str], list[str]]]:
    """``n`` synthetic training sentences for the boundary the corpora rarely show and Indonesian news writes all
    the time: a title, an organisation or a place, then a person ("Gelandang Arema FC Esteban Vizcarra", "Bupati
    Lamongan Fadeli").  Each takes a real cased train sentence with a person's name that no capitalised word
    precedes, and puts before the name a title word of the lexicon (tagged O) and an organisation or a place
    from a cased train sentence (with its own tags).  Seeded: the same sentences every run."""
    rng = random.Random(seed)
    spans: list[tuple[list[str], str]] = []
    hosts: list[tuple[list[str], list[str], int]] = []
    for c in CASED:
        for words, tags in corpora[c]["train"]:
            for s, e, typ in spans_of(tags):
                ws = words[s:e]
                if typ in ("ORG", "LOC") and e - s <= 4 and all(w[:1].isupper() for w in ws):
                    spans.append((ws, typ))
                if typ == "PER" and (s == 0 or (tags[s - 1] == "O" and not words[s - 1][:1].isupper())):
                    hosts.append((words, tags, s))
    out = []
    if not spans or not hosts or not titles:
        return out
    for _ in range(n):
        words, tags, s = rng.choice(hosts)
        org, typ = rng.choice(spans)
        title = rng.choice(titles)
        title = title[:1].upper() + title[1:] if s == 0 or rng.random() < 0.5 else title
        out.append((words[:s] + [title] + org + words[s:],
                    tags[:s] + ["O", f"B-{typ}"] + [f"I-{typ}"] * (len(org) - 1) + tags[s:]))
    return out


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity of a BIO tag sequence."""
    out, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            out.append((start, i, typ))
            start = None
        if t.startswith("B-"):
            start, typ = i, t[2:]
    return out


def person_titles() -> list[str]:
    """One-word titles of people from the lexicon (``data/titles.tsv``): "pelatih", "direktur", "bupati" …"""
    text = (ROOT / "src" / "attribution" / "data" / "titles.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t")[0].strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return sorted({r for r in rows if " " not in r and r.isalpha() and len(r) >= 4})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "attribution" / "models" / "ner")
    ap.add_argument("--nerp-case", choices=("asis", "truecase", "drop"), default="asis")
    ap.add_argument("--pool-docs", type=int, default=3369, help="IndoSum pool articles used for the case table")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--minfreq", type=float, default=1)
    ap.add_argument("--dev-only", action="store_true", help="score dev splits only; write nothing to --out")
    ap.add_argument("--model", type=Path, help="where to write the model (default: OUT/ner.crfsuite)")
    ap.add_argument("--augment", type=int, default=0, help="synthetic title + organisation + person sentences (see augment()); tried, not bundled (models/ner/README.md)")
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args(argv)

    t0 = time.time()
    corpora = load(args.data)
    test_keys = {tuple(w.lower() for w in words) for c in corpora.values() for words, _ in c["test"]}
    train, dropped, counts = [], Counter(), {}
    table = None
    if args.nerp_case == "truecase":
        table = case_table(corpora, args.data, args.pool_docs)
    for c, splits in corpora.items():
        sents = splits["train"]
        if c == "nerp":
            if args.nerp_case == "drop":
                continue
            if table is not None:
                sents = truecase(sents, table)
        kept = []
        for words, tags in sents:
            if tuple(w.lower() for w in words) in test_keys:
                dropped[c] += 1
            else:
                kept.append((words, tags))
        counts[c] = {"sentences": len(kept), "words": sum(len(w) for w, _ in kept), "dropped_as_in_a_test_split": dropped[c]}
        train.extend(kept)
    if args.augment:
        synthetic = augment(corpora, args.augment, args.seed, person_titles())
        counts["synthetic"] = {"sentences": len(synthetic), "words": sum(len(w) for w, _ in synthetic)}
        train.extend(synthetic)
    print(f"train: {len(train)} sentences, {sum(len(w) for w, _ in train)} words; dropped (in a test split): "
          f"{dict(dropped)}", flush=True)

    feat = Featurizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train:
        trainer.append(feat(words), tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
    model = args.model or (Path("/tmp/ner-dev.crfsuite") if args.dev_only else args.out / "ner.crfsuite")
    model.parent.mkdir(parents=True, exist_ok=True)
    t1 = time.time()
    trainer.train(str(model))
    train_s = time.time() - t1
    (model.parent / FEATURE_WORDS).write_text(json.dumps(feat.saved_words(), ensure_ascii=False, indent=0) + "\n",
                                              encoding="utf-8")  # the word lists the features used, with the model
    print(f"trained in {train_s:.1f} s -> {model} ({model.stat().st_size / 1e6:.2f} MB)", flush=True)

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores: dict = {}
    for split in (("dev",) if args.dev_only else ("dev", "test")):
        for c, splits in corpora.items():
            sents = splits[split]
            pred = [tagger.tag(feat(w)) for w, _ in sents]
            scores.setdefault(split, {})[c] = score([t for _, t in sents], pred)
        micro = [scores[split][c]["micro"]["f1"] for c in corpora]
        print(f"{split}: " + "  ".join(f"{c} {f:.2f}" for c, f in zip(corpora, micro))
              + f"  | mean cased {sum(micro[:4]) / 4:.2f}", flush=True)
    info = trainer.logparser.last_iteration or {}
    result = {
        "settings": {"algorithm": "lbfgs", "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                     "feature.minfreq": args.minfreq, "nerp_case": args.nerp_case, "pool_docs": args.pool_docs,
                     "augment": args.augment, "seed": args.seed},
        "train": counts,
        "iterations_run": info.get("num"),
        "training_seconds": round(train_s, 1),
        "total_seconds": round(time.time() - t0, 1),
        "model_bytes": model.stat().st_size,
        "versions": {"python": platform.python_version(), "python-crfsuite": _version("python-crfsuite"),
                     "crfsuite": getattr(pycrfsuite, "CRFSUITE_VERSION", "?")},
        "scores": scores,
    }
    if not args.dev_only:
        (args.out / "scores.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    else:
        print(json.dumps({k: v for k, v in result.items() if k != "scores"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
