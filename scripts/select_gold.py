"""Choose the IndoSum pool articles to label as gold, by content alone, and split them.

Reads ``../shared/data/news-pool/indosum.jsonl`` and writes ``gold/selection.tsv`` (doc_id, outlet, category,
words, marks, cue words, features, split, batch).  Nothing here runs the extractor: an article is chosen
by what its text holds (quotation marks, common cue words, nickname and relay words), stratified over every
outlet and category, and the test split is drawn at random (seeded) at the same time, before anyone has
seen how the extractor does on it.

    python scripts/select_gold.py [--pool PATH] [--n 168] [--test 66] [--seed 20261201]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

# Plain surface words that signal speech in any Indonesian article (not the extractor's lexicon).
CUE_WORDS = re.compile(
    r"\b(kata|katanya|ujar|ujarnya|ungkap|ungkapnya|tutur|tuturnya|jelas(?:nya)?|tegas(?:nya)?|tambah(?:nya)?|"
    r"imbuh(?:nya)?|mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menambahkan|menurut|"
    r"menilai|berharap|mengaku|menuturkan|membantah|mengklaim|menyebut(?:kan)?|dikatakan|diungkapkan)\b",
    re.I,
)
MARKS = re.compile(r"[\"“”]")
NICK = re.compile(r"\b(disapa|sapaan|alias|dikenal dengan|julukan|dijuluki|akrab dipanggil)\b", re.I)
RELAY = re.compile(r"\b(dilansir|dikutip|melansir|mengutip|seperti dilaporkan|kepada (?:wartawan )?[A-Z])", re.I)

QUOTAS = {  # articles per outlet; every outlet of the pool, the large ones more
    "cnn indonesia": 40, "kumparan": 20, "antaranews": 16, "dailysocial.id": 14, "merdeka": 14,
    "juara.net": 14, "suara": 14, "rimanews": 12, "goal indonesia": 12, "poskotanews": 12,
}


def features(text: str) -> dict:
    words = len(text.split())
    marks = len(MARKS.findall(text)) // 2
    cues = len(CUE_WORDS.findall(text))
    return {"words": words, "marks": marks, "cues": cues,
            "nick": bool(NICK.search(text)), "relay": bool(RELAY.search(text))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", default="../shared/data/news-pool/indosum.jsonl")
    ap.add_argument("--out", default="gold/selection.tsv")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--test", type=int, default=66)
    ap.add_argument("--batches", type=int, default=8)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    by_outlet: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for line in open(args.pool, encoding="utf-8"):
        d = json.loads(line)
        f = features(d["text"])
        # Speech-bearing news of a length a person labels in one sitting.
        if 150 <= f["words"] <= 650 and f["cues"] + f["marks"] >= 6:
            by_outlet[d["meta"]["outlet"]].append((d, f))
    chosen: list[tuple[dict, dict]] = []
    for outlet, quota in QUOTAS.items():
        pool = sorted(by_outlet[outlet], key=lambda x: x[0]["doc_id"])
        rng.shuffle(pool)
        # Half quotation-heavy, half reported-speech-heavy; round-robin over categories within each half.
        heavy_q = [x for x in pool if x[1]["marks"] >= 4]
        heavy_r = [x for x in pool if x[1]["marks"] < 4 and x[1]["cues"] >= 6]
        picked: list[tuple[dict, dict]] = []
        for part, n in ((heavy_q, quota - quota // 2), (heavy_r, quota // 2)):
            cats: dict[str, list] = defaultdict(list)
            for x in part:
                cats[x[0]["meta"]["category"]].append(x)
            order = sorted(cats)
            got = 0
            while got < n and any(cats.values()):
                for c in order:
                    if cats[c] and got < n:
                        x = cats[c].pop(0)
                        if x not in picked:
                            picked.append(x)
                            got += 1
        # Top up from the rest of the outlet if one half ran short.
        rest = [x for x in pool if x not in picked]
        picked += rest[: quota - len(picked)]
        chosen += picked
    ids = sorted(d["doc_id"] for d, _ in chosen)
    test = set(rng.sample(ids, args.test))
    order = ids[:]
    rng.shuffle(order)
    batch = {doc_id: i % args.batches for i, doc_id in enumerate(order)}
    out = Path(args.out)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("doc_id\toutlet\tcategory\twords\tmarks\tcue_words\tnickname\trelay\tsplit\tbatch\n")
        for d, f in sorted(chosen, key=lambda x: x[0]["doc_id"]):
            i = d["doc_id"]
            fh.write(f"{i}\t{d['meta']['outlet']}\t{d['meta']['category']}\t{f['words']}\t{f['marks']}\t{f['cues']}\t"
                     f"{int(f['nick'])}\t{int(f['relay'])}\t{'test' if i in test else 'dev'}\t{batch[i]}\n")
    cnt = Counter(d["meta"]["category"] for d, _ in chosen)
    print(f"{len(chosen)} articles, {len(test)} test; categories {dict(cnt)}; "
          f"nickname {sum(f['nick'] for _, f in chosen)}, relay {sum(f['relay'] for _, f in chosen)}, "
          f"quote-heavy {sum(f['marks'] >= 4 for _, f in chosen)}")


if __name__ == "__main__":
    main()
