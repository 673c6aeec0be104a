"""Tests for the scorer (spec/gold-format.md, "Scoring").  Every expected number is worked out by hand
in the comment next to it."""

from __future__ import annotations

import json

import pytest

from attribution.eval.metrics import (
    COLUMNS,
    context,
    errors,
    format_errors,
    format_table,
    normalise_name,
    score,
    speaker_match,
    tokenize,
    trim,
)
from attribution.model import Attribution, Document, Span


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------


def span(text: str, sub: str | None, nth: int = 0) -> Span | None:
    """The ``nth`` occurrence of ``sub`` in ``text`` as a Span."""
    if sub is None:
        return None
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return Span.of(text, i, i + len(sub))


def rec(text: str, id: str, type: str, content: str, *, cue: str | None = None, speaker: str | None = None,
        outlets: list[str] | None = None, nth: int = 0) -> Attribution:
    return Attribution(id=id, type=type, content=span(text, content, nth), cue=span(text, cue),
                       speaker=speaker, outlets=outlets or [])


def doc(doc_id: str, text: str, recs: list[Attribution]) -> Document:
    return Document(doc_id=doc_id, text=text, attributions=recs)


T = (
    "Menteri Luar Negeri Antony Blinken mengatakan bahwa Irak harus tetap berdaulat. "
    '"Kami mendukung rakyat Irak," kata Blinken kepada Reuters. '
    "Menurut delegasi AS di Irak, pasukan akan tetap tinggal."
)


def main_case() -> tuple[list[Document], list[Document]]:
    gold = doc("d1", T, [
        # 4 tokens: Irak harus tetap berdaulat
        rec(T, "g1", "indirect", "Irak harus tetap berdaulat", cue="mengatakan", speaker="Antony Blinken"),
        # 4 tokens: Kami mendukung rakyat Irak
        rec(T, "g2", "direct", "Kami mendukung rakyat Irak,", cue="kata", speaker="Antony Blinken",
            outlets=["Reuters"]),
        # 4 tokens: pasukan akan tetap tinggal  (never predicted: a miss)
        rec(T, "g3", "indirect", "pasukan akan tetap tinggal", cue="Menurut", speaker="delegasi AS di Irak"),
    ])
    pred = doc("d1", T, [
        # 5 tokens (bahwa Irak harus tetap berdaulat), shares 4 with g1; not exact after trimming.
        rec(T, "p1", "indirect", "bahwa Irak harus tetap berdaulat.", cue="mengatakan", speaker="Blinken"),
        # 4 tokens, shares 4 with g2; exact once the leading mark and trailing comma are trimmed.
        # Wrong type (mixed vs direct), cue null vs "kata".
        rec(T, "p2", "mixed", '"Kami mendukung rakyat Irak', cue=None, speaker="Antony Blinken",
            outlets=["reuters"]),
        # 2 tokens (kepada Reuters), overlaps no gold content: a false alarm of its own type "mixed".
        rec(T, "p3", "mixed", "kepada Reuters", cue="kata", speaker="Blinken", outlets=["Reuters"]),
    ])
    return [gold], [pred]


# --------------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Munafri 'Appi' Arifuddin", "munafri arifuddin"),
    ("Munafri “Appi” Arifuddin", "munafri arifuddin"),
    ('  Antony   BLINKEN. ', "antony blinken"),
    ("Mohammed Shia al-Sudani", "mohammed shia al-sudani"),
    ("Ma'ruf Amin", "ma'ruf amin"),
    ("Ma’ruf Amin", "ma'ruf amin"),  # typographic apostrophe = '
    ("A.S.", "as"),
    ("AS/NATO", "as nato"),
    ("-delegasi-", "delegasi"),  # outer hyphens are not inner
    ("ＣＮＮ", "cnn"),  # NFKC: full-width letters
    ("", ""),
    (None, ""),
])
def test_normalise_name(raw, expected):
    assert normalise_name(raw) == expected


@pytest.mark.parametrize("a, b, strict, lenient", [
    ("Antony Blinken", "Antony Blinken", True, True),
    ("antony  blinken", "Antony Blinken.", True, True),
    ("Blinken", "Antony Blinken", False, True),  # shares the last word
    ("Antony", "Antony Blinken", False, True),  # shares the first word
    ("delegasi AS", "delegasi AS di Irak", False, True),  # in order, shares the first word
    ("delegasi Irak", "delegasi AS di Irak", False, True),  # in order (not contiguous), first and last
    ("AS", "delegasi AS di Irak", False, False),  # in order but neither first nor last word
    ("Irak delegasi", "delegasi AS di Irak", False, False),  # not in order
    ("Blinken", "Austin", False, False),
    ("Antony Blinken", "Lloyd Austin", False, False),  # same length, different: no match
    ("Munafri 'Appi' Arifuddin", "Munafri Arifuddin", True, True),  # nickname dropped
    ("Appi", "Munafri 'Appi' Arifuddin", False, False),  # the nickname is gone before comparing
    (None, None, True, True),  # null speaker vs null speaker: a match
    (None, "Blinken", False, False),
    ("Blinken", None, False, False),
])
def test_speaker_match(a, b, strict, lenient):
    assert speaker_match(a, b, lenient=False) is strict
    assert speaker_match(a, b, lenient=True) is lenient
    assert speaker_match(b, a, lenient=True) is lenient  # symmetric


def test_trim_and_tokens():
    assert trim(' “Kami mendukung rakyat Irak,” ') == "Kami mendukung rakyat Irak"
    assert trim("...") == ""
    idx = tokenize("kata dia, tambahnya.")
    # tokens: kata(0) dia(1) tambahnya(2); a span cutting a word owns that word's token
    assert idx.span(0, 4) == {0}
    assert idx.span(4, 5) == set()  # a space: no token
    assert idx.span(10, 16) == {2}  # "tambah" inside "tambahnya"
    assert idx.span(16, 19) == {2}  # "nya"


# --------------------------------------------------------------------------------------------------
# the main case: every figure by hand
# --------------------------------------------------------------------------------------------------


def test_main_case_all_column():
    gold, pred = main_case()
    r = score(gold, pred)
    c = r.counts["all"]
    assert (c.gold, c.pred, c.pairs) == (3, 3, 2)  # pairs: (g1,p1) (g2,p2); g3 missed, p3 false alarm
    f = r.figures("all")
    # exact: only (g2,p2) is exact -> P = 1/3, R = 1/3, F1 = 1/3
    assert f["content"]["exact"] == pytest.approx({"p": 1 / 3, "r": 1 / 3, "f1": 1 / 3})
    # partial: both pairs -> P = 2/3, R = 2/3
    assert f["content"]["partial"] == pytest.approx({"p": 2 / 3, "r": 2 / 3, "f1": 2 / 3})
    # token: shared 4 + 4 = 8; predicted 5 + 4 + 2 = 11; gold 4 + 4 + 4 = 12
    # P = 8/11, R = 8/12 = 2/3, F1 = 2*(8/11)*(2/3) / (8/11 + 2/3) = (32/33) / (46/33) = 16/23
    assert f["content"]["token"] == pytest.approx({"p": 8 / 11, "r": 2 / 3, "f1": 16 / 23})
    # speaker over 2 pairs: strict Antony Blinken = Antony Blinken only (1/2); lenient also Blinken (2/2)
    assert f["speaker"] == pytest.approx({"strict": 0.5, "lenient": 1.0})
    # attribution: 2 pairs with lenient speakers -> P = 2/3, R = 2/3
    assert f["attribution"] == pytest.approx({"p": 2 / 3, "r": 2 / 3, "f1": 2 / 3})
    # cue: (g1,p1) mengatakan = mengatakan; (g2,p2) kata vs null -> 1/2
    assert f["cue"] == pytest.approx(0.5)
    # outlets: TP 1 (Reuters ~ reuters in g2/p2), FP 1 (Reuters of unpaired p3), FN 0
    # P = 1/2, R = 1/1, F1 = 2*0.5*1/1.5 = 2/3
    assert f["outlets"] == pytest.approx({"p": 0.5, "r": 1.0, "f1": 2 / 3})
    # type: (g1,p1) indirect = indirect; (g2,p2) direct vs mixed -> 1/2
    assert f["type"] == pytest.approx(0.5)


def test_main_case_by_gold_type():
    gold, pred = main_case()
    r = score(gold, pred)
    # direct: gold g2; pred p2 (counted under its paired gold's type, not its own "mixed")
    d = r.counts["direct"]
    assert (d.gold, d.pred, d.pairs, d.exact) == (1, 1, 1, 1)
    fd = r.figures("direct")
    assert fd["content"]["exact"] == pytest.approx({"p": 1.0, "r": 1.0, "f1": 1.0})
    assert fd["speaker"] == pytest.approx({"strict": 1.0, "lenient": 1.0})
    assert fd["cue"] == 0.0  # kata vs null
    assert fd["type"] == 0.0  # direct vs mixed
    assert fd["outlets"] == pytest.approx({"p": 1.0, "r": 1.0, "f1": 1.0})  # TP 1
    # indirect: gold g1, g3; pred p1 only (paired with g1)
    i = r.counts["indirect"]
    assert (i.gold, i.pred, i.pairs, i.exact) == (2, 1, 1, 0)
    fi = r.figures("indirect")
    assert fi["content"]["exact"] == pytest.approx({"p": 0.0, "r": 0.0, "f1": 0.0})
    assert fi["content"]["partial"] == pytest.approx({"p": 1.0, "r": 0.5, "f1": 2 / 3})  # 1/1, 1/2
    # token: shared 4; predicted 5 (p1); gold 4 + 4 = 8 -> P 4/5, R 1/2, F1 = 2*.8*.5/1.3 = 8/13
    assert fi["content"]["token"] == pytest.approx({"p": 0.8, "r": 0.5, "f1": 8 / 13})
    assert fi["speaker"] == pytest.approx({"strict": 0.0, "lenient": 1.0})  # Blinken ~ Antony Blinken
    assert fi["attribution"] == pytest.approx({"p": 1.0, "r": 0.5, "f1": 2 / 3})
    assert fi["cue"] == 1.0
    assert fi["type"] == 1.0
    assert fi["outlets"] == pytest.approx({"p": 0.0, "r": 0.0, "f1": 0.0})  # no items at all: 0/0 -> 0
    # mixed: no gold; p3 unpaired counts under its own type "mixed" with its outlet item as FP
    m = r.counts["mixed"]
    assert (m.gold, m.pred, m.pairs, m.pred_tokens, m.outlet_fp) == (0, 1, 0, 2, 1)
    fm = r.figures("mixed")
    assert fm["content"]["partial"] == pytest.approx({"p": 0.0, "r": 0.0, "f1": 0.0})
    assert fm["type"] == 0.0  # no pairs: 0/0 -> 0
    # the three type columns add up to "all"
    for name in ("gold", "pred", "pairs", "exact", "gold_tokens", "pred_tokens", "shared_tokens",
                 "speaker_strict", "speaker_lenient", "cue", "type", "outlet_tp", "outlet_fp", "outlet_fn"):
        assert sum(getattr(r.counts[t], name) for t in ("direct", "indirect", "mixed")) == getattr(
            r.counts["all"], name), name


def test_report_dict_table_and_by_doc():
    gold, pred = main_case()
    r = score(gold, pred)
    d = r.to_dict()
    assert list(d) == ["counts", "figures", "documents", "by_doc"]
    assert list(d["figures"]) == list(COLUMNS) == ["all", "direct", "indirect", "mixed"]
    assert list(d["figures"]["all"]) == ["content", "speaker", "attribution", "cue", "outlets", "type"]
    assert d["by_doc"]["d1"]["counts"]["pairs"] == 2
    assert json.loads(json.dumps(d)) == d  # JSON-able
    assert json.dumps(d) == json.dumps(score(*main_case()).to_dict())  # stable
    table = format_table(r)
    header = table.splitlines()[0].split()
    assert header == ["figure", "all", "direct", "indirect", "mixed"]
    assert any(line.split() == ["content.exact.p", "0.333", "1.000", "0.000", "0.000"] for line in table.splitlines())
    assert any(line.split() == ["n.pairs", "2", "1", "1", "0"] for line in table.splitlines())
    by_doc = format_table(r, by_doc=True)
    assert by_doc.startswith(table.rstrip("\n"))
    assert any(line.split()[:4] == ["d1", "3", "3", "2"] for line in by_doc.splitlines())


def test_errors_main_case():
    gold, pred = main_case()
    items = errors(gold, pred)
    kinds = sorted((e.kind, e.gold_id, e.pred_id) for e in items)
    assert kinds == sorted([
        ("wrong_boundary", "g1", "p1"),  # "bahwa Irak … berdaulat." vs "Irak … berdaulat"
        ("wrong_cue", "g2", "p2"),  # kata vs null
        ("wrong_type", "g2", "p2"),  # direct vs mixed
        ("false_alarm", None, "p3"),
        ("miss", "g3", None),
    ])
    # no wrong_speaker (Blinken ~ Antony Blinken), no wrong_outlets (Reuters = reuters)
    miss = next(e for e in items if e.kind == "miss")
    assert miss.doc_id == "d1" and miss.gold == "pasukan akan tetap tinggal"
    assert "⟦pasukan akan tetap tinggal⟧" in miss.context
    assert len(miss.context) <= 165
    cue = next(e for e in items if e.kind == "wrong_cue")
    assert (cue.gold, cue.pred) == ("kata", None)
    text = format_errors(items)
    assert "[d1] miss g3/-" in text
    assert text.rstrip().endswith("errors: 5 (miss 1, false_alarm 1, wrong_speaker 0, wrong_cue 1, "
                                  "wrong_outlets 0, wrong_type 1, wrong_boundary 1)")
    only = format_errors(items, kinds=["miss"])
    assert "false_alarm" not in only.splitlines()[0] and only.rstrip().endswith("errors: 1 (miss 1)")


def test_errors_wrong_speaker_and_outlets():
    gold = [doc("d", T, [rec(T, "g", "direct", "Kami mendukung rakyat Irak", cue="kata", speaker="Blinken",
                             outlets=["Reuters", "CNN"])])]
    pred = [doc("d", T, [rec(T, "p", "direct", "Kami mendukung rakyat Irak", cue="kata", speaker="Austin",
                             outlets=["Reuters"])])]
    items = errors(gold, pred)
    assert [(e.kind, e.gold, e.pred) for e in items] == [
        ("wrong_speaker", "Blinken", "Austin"),
        ("wrong_outlets", "Reuters, CNN", "Reuters"),
    ]
    f = score(gold, pred).figures()
    assert f["speaker"] == {"strict": 0.0, "lenient": 0.0}
    # attribution: the only pair fails on the speaker -> 0/1, 0/1
    assert f["attribution"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    # outlets: TP 1 (reuters), FN 1 (cnn), FP 0 -> P 1/1, R 1/2, F1 2/3
    assert f["outlets"] == pytest.approx({"p": 1.0, "r": 0.5, "f1": 2 / 3})


# --------------------------------------------------------------------------------------------------
# matching: greed and ties
# --------------------------------------------------------------------------------------------------

S = "Dia berkata rakyat harus tenang dan sabar."


def test_tie_two_predictions_one_gold_earliest_wins():
    gold = [doc("s", S, [rec(S, "g", "indirect", "rakyat harus tenang dan sabar")])]
    # both share 2 tokens with g; "rakyat harus" starts first, so it wins even though listed second
    pred = [doc("s", S, [rec(S, "late", "indirect", "dan sabar"), rec(S, "early", "indirect", "rakyat harus")])]
    items = errors(gold, pred)
    assert ("false_alarm", "late") in [(e.kind, e.pred_id) for e in items]
    assert ("wrong_boundary", "early") in [(e.kind, e.pred_id) for e in items]
    c = score(gold, pred).counts["all"]
    # gold 1, pred 2, pairs 1; shared 2 of gold 5 tokens, predicted 2 + 2 = 4
    assert (c.gold, c.pred, c.pairs, c.shared_tokens, c.gold_tokens, c.pred_tokens) == (1, 2, 1, 2, 5, 4)
    f = score(gold, pred).figures()
    assert f["content"]["partial"] == pytest.approx({"p": 0.5, "r": 1.0, "f1": 2 / 3})
    assert f["content"]["token"] == pytest.approx({"p": 0.5, "r": 0.4, "f1": 4 / 9})  # 2*.5*.4/.9


def test_tie_one_prediction_two_golds_earliest_gold_wins():
    # p shares "harus" with g_early and "dan" with g_late: 1 token each -> the earlier gold gets it
    gold = [doc("s", S, [rec(S, "g_late", "indirect", "dan sabar"), rec(S, "g_early", "direct", "rakyat harus")])]
    pred = [doc("s", S, [rec(S, "p", "indirect", "harus tenang dan")])]
    items = errors(gold, pred)
    assert ("miss", "g_late") in [(e.kind, e.gold_id) for e in items]
    assert ("wrong_type", "g_early", "p") in [(e.kind, e.gold_id, e.pred_id) for e in items]
    r = score(gold, pred)
    # the prediction counts under its paired gold's type (direct), not its own (indirect)
    assert (r.counts["direct"].pred, r.counts["indirect"].pred) == (1, 0)
    assert (r.counts["direct"].gold, r.counts["indirect"].gold) == (1, 1)


def test_greedy_prefers_more_shared_tokens_over_earliness():
    gold = [doc("s", S, [rec(S, "g1", "indirect", "rakyat harus tenang"), rec(S, "g2", "indirect", "dan sabar")])]
    # p_big shares 3 with g1 and 1 with g2; p_small shares 1 with g1 and starts... after p_big's start.
    # Greedy: (g1, p_big) with 3 first; then g2's only candidate p_big is taken -> g2 missed,
    # p_small (only candidate g1, taken) is a false alarm.
    pred = [doc("s", S, [rec(S, "p_small", "indirect", "harus"),
                         rec(S, "p_big", "indirect", "rakyat harus tenang dan")])]
    kinds = {(e.kind, e.gold_id, e.pred_id) for e in errors(gold, pred)}
    assert ("miss", "g2", None) in kinds and ("false_alarm", None, "p_small") in kinds
    c = score(gold, pred).counts["all"]
    assert (c.pairs, c.shared_tokens) == (1, 3)


def test_cue_null_null_and_overlap():
    K = "Sportivo, tambahnya, merupakan klub besar."
    g = [doc("k", K, [rec(K, "g1", "indirect", "Sportivo, tambahnya, merupakan klub besar", cue=None),
                      rec(K, "g2", "indirect", "merupakan klub besar", cue="tambah")])]
    # p1: both null -> match.  p2: "tambahnya" shares the token tambahnya with gold "tambah" -> match.
    p = [doc("k", K, [rec(K, "p1", "indirect", "Sportivo, tambahnya, merupakan klub besar", cue=None),
                      rec(K, "p2", "indirect", "merupakan klub besar", cue="tambahnya")])]
    assert score(g, p).figures()["cue"] == 1.0
    # gold null, predicted a cue -> no match: 1/2
    p_bad = [doc("k", K, [rec(K, "p1", "indirect", "Sportivo, tambahnya, merupakan klub besar", cue="tambahnya"),
                          rec(K, "p2", "indirect", "merupakan klub besar", cue="tambahnya")])]
    assert score(g, p_bad).figures()["cue"] == 0.5


def test_pairs_need_a_shared_token():
    # Adjacent spans ("rakyat" / " harus") share no token: no pair.  Punctuation-only content has no token.
    gold = [doc("s", S, [rec(S, "g", "indirect", "rakyat")])]
    pred = [doc("s", S, [rec(S, "p1", "indirect", " harus"), rec(S, "p2", "indirect", ".")])]
    c = score(gold, pred).counts["all"]
    assert (c.gold, c.pred, c.pairs, c.pred_tokens) == (1, 2, 0, 1)


# --------------------------------------------------------------------------------------------------
# empty inputs and documents on one side only
# --------------------------------------------------------------------------------------------------


def _all_zero(fig) -> bool:
    if isinstance(fig, dict):
        return all(_all_zero(v) for v in fig.values())
    return fig == 0.0


def test_empty_inputs_give_zeros():
    for gold, pred in ([], []), ([doc("e", "Teks.", [])], [doc("e", "Teks.", [])]):
        r = score(gold, pred)
        for col in COLUMNS:
            assert _all_zero(r.figures(col))
        json.dumps(r.to_dict())
        assert "n.gold" in format_table(r, by_doc=True)
        assert errors(gold, pred) == []
        assert format_errors([]).strip() == ("errors: 0 (miss 0, false_alarm 0, wrong_speaker 0, wrong_cue 0, "
                                             "wrong_outlets 0, wrong_type 0, wrong_boundary 0)")


def test_documents_missing_from_one_side():
    gold = [doc("a", S, [rec(S, "g1", "indirect", "rakyat harus tenang dan sabar", outlets=["Antara"])]),
            doc("b", S, [rec(S, "g2", "indirect", "rakyat harus tenang dan sabar")])]
    pred = [doc("b", S, [rec(S, "p", "indirect", "rakyat harus tenang dan sabar")]),
            doc("z", S, [rec(S, "pz", "indirect", "rakyat harus", outlets=["CNN"])])]
    r = score(gold, pred)
    assert r.missing_docs == ["a"] and r.unknown_docs == ["z"]
    c = r.counts["all"]
    # a's record is a miss; z's record is ignored: gold 2, pred 1, pairs 1 (b), exact 1
    assert (c.gold, c.pred, c.pairs, c.exact) == (2, 1, 1, 1)
    assert r.figures()["content"]["exact"] == pytest.approx({"p": 1.0, "r": 0.5, "f1": 2 / 3})
    # outlets: a's Antara is a miss (FN 1), z's CNN ignored -> P 0/0 = 0, R 0/1 = 0
    assert (c.outlet_tp, c.outlet_fp, c.outlet_fn) == (0, 0, 1)
    assert list(r.by_doc) == ["a", "b"]
    assert r.doc_figures("a")["content"]["partial"]["r"] == 0.0
    assert r.doc_figures("b")["content"]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert r.to_dict()["documents"] == {"gold": 2, "missing": ["a"], "unknown": ["z"], "text_mismatch": []}
    assert [(e.kind, e.doc_id) for e in errors(gold, pred)] == [("miss", "a")]
    table = format_table(r)
    assert "missing from predictions (1): a" in table and "not in gold, ignored (1): z" in table
    # every gold doc missing: no crash, zeros
    assert score(gold, []).figures()["content"]["partial"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert score([], pred).unknown_docs == ["b", "z"]


def test_text_mismatch_is_flagged():
    gold = [doc("m", S, [rec(S, "g", "indirect", "rakyat harus tenang dan sabar")])]
    S2 = S + " Tambahan."
    pred = [doc("m", S2, [rec(S2, "p", "indirect", "rakyat harus tenang dan sabar")])]
    r = score(gold, pred)
    assert r.text_mismatch_docs == ["m"] and r.counts["all"].exact == 1


def test_duplicate_doc_ids_rejected():
    d = doc("x", S, [])
    with pytest.raises(ValueError, match="twice"):
        score([d, d], [])


# --------------------------------------------------------------------------------------------------
# outlets micro P/R/F1 over several records
# --------------------------------------------------------------------------------------------------


def test_outlets_micro():
    gold = [doc("o", T, [
        rec(T, "g1", "indirect", "Irak harus tetap berdaulat", speaker="Antony Blinken", outlets=["VOA", "Reuters"]),
        rec(T, "g2", "direct", "Kami mendukung rakyat Irak", speaker="Antony Blinken", outlets=["Reuters"]),
        rec(T, "g3", "indirect", "pasukan akan tetap tinggal", speaker="delegasi AS", outlets=["Al Jazeera"]),
    ])]
    pred = [doc("o", T, [
        # g1: {voa, reuters} vs {voa, cnn, voa}: TP 1 (voa), FP 1 (cnn), FN 1 (reuters); duplicates count once
        rec(T, "p1", "indirect", "Irak harus tetap berdaulat", outlets=["VOA", "CNN", "voa"]),
        # g2: {reuters} vs {}: FN 1
        rec(T, "p2", "direct", "Kami mendukung rakyat Irak"),
        # unpaired prediction: FP 1 (antara)
        rec(T, "p3", "indirect", "kepada Reuters", outlets=["Antara"]),
        # g3 is not predicted: its item is a miss, FN 1
    ])]
    c = score(gold, pred).counts["all"]
    assert (c.outlet_tp, c.outlet_fp, c.outlet_fn) == (1, 2, 3)
    # P = 1/3, R = 1/4, F1 = 2*(1/3)*(1/4) / (7/12) = (1/6)/(7/12) = 2/7
    assert score(gold, pred).figures()["outlets"] == pytest.approx({"p": 1 / 3, "r": 1 / 4, "f1": 2 / 7})
    # speakers: g1 Antony Blinken vs null, g2 Antony Blinken vs null -> 0/2
    assert score(gold, pred).figures()["speaker"] == {"strict": 0.0, "lenient": 0.0}


# --------------------------------------------------------------------------------------------------
# context lines
# --------------------------------------------------------------------------------------------------


def test_context_marks_and_trims():
    text = "Baris pertama.\n" + "kata " * 60 + "INTI " + "lagi " * 60 + "\nBaris ketiga."
    i = text.index("INTI")
    c = context(text, i, i + 4)
    assert "⟦INTI⟧" in c and c.startswith("…") and c.endswith("…")
    assert 150 <= len(c) <= 165 and "Baris" not in c  # only the span's own line
    short = context("Dia berkata: halo.\nLain.", 13, 17)
    assert short == "Dia berkata: ⟦halo⟧."
    # a span running past its line is cut at the line end
    assert context("a b\nc d", 2, 6) == "a ⟦b…⟧"
    long = context("x" * 500, 0, 500)
    assert long.startswith("⟦x") and "…" in long and len(long) <= 165
