"""Relevance on the UN General Debate Corpus: precision and nDCG at 10, untuned against tuned.

What is relevant is decided without the ranking, from the corpus's own metadata
and text, read from every stored record:
- who: "Ilham Aliyev" -> the statements the speakers' sheet gives to that
  speaker (gain 1);
- a State on a subject: "Azerbaijan Karabakh" -> statements delivered by that
  State whose text names the subject (gain 2 from three mentions, else 1);
- a subject: "nuclear disarmament" -> statements holding the words as a phrase
  at least twice (gain 2 from five times, else 1).
Both rankings answer the same queries on the same index in the same run.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from archive import Archive, SearchRequest
from archive.folding import fold
from archive.ranking import TUNED, UNTUNED, Ranking
from verbatim.bench import DEFAULT_CORPUS, build_verbatim, unpack

CUTOFF = 10


@dataclass(frozen=True)
class Judged:
    q: str
    kind: str
    gains: dict[str, int]  # statement id -> gain; absent: not relevant


SPEAKERS = ["Nelson Mandela", "Yasser Arafat", "Hugo Chávez", "Ilham Aliyev", "Barack Obama", "Mahmoud Abbas",
            "Evo Morales", "Emmanuel Macron", "Narendra Modi", "Sergey Lavrov", "Robert Mugabe", "Ahmadinejad",
            "Shevardnadze", "Gromyko"]
STATES_ON = [("Azerbaijan", "AZE", "karabakh"), ("Armenia", "ARM", "karabakh"), ("Cuba", "CUB", "embargo"),
             ("Pakistan", "PAK", "kashmir"), ("India", "IND", "kashmir"), ("Cyprus", "CYP", "turkish"),
             ("Greece", "GRC", "cyprus"), ("South Africa", "ZAF", "apartheid"), ("Ukraine", "UKR", "crimea"),
             ("Georgia", "GEO", "abkhazia"), ("Morocco", "MAR", "sahara"), ("Argentina", "ARG", "malvinas"),
             ("Tuvalu", "TUV", "climate"), ("Bangladesh", "BGD", "rohingya"), ("Serbia", "SRB", "kosovo"),
             ("Japan", "JPN", "nuclear")]
SUBJECTS = ["nuclear disarmament", "climate change", "sustainable development", "peacekeeping operations",
            "weapons of mass destruction", "international terrorism", "ozone layer", "law of the sea",
            "new international economic order", "small island developing States", "landmines", "apartheid"]


def judge(index_dir: Path) -> list[Judged]:
    """Judgements for every query, from one pass over the stored records."""
    subjects = {subject: re.compile(r"\b" + r"\s+".join(map(re.escape, subject.split())) + r"\b", re.IGNORECASE)
                for subject in SUBJECTS}
    topics = {topic: re.compile(rf"\b{topic}", re.IGNORECASE) for _state, _code, topic in STATES_ON}
    gains: dict[str, dict[str, int]] = {}
    with Archive(index_dir) as archive:
        for hit in archive.export(SearchRequest()):
            statement = hit.statement
            body, key = statement.body, statement.id
            speaker = " ".join(fold(statement.speaker or "").lower().split())
            for name in SPEAKERS:
                if all(word in speaker.split() for word in fold(name).lower().split()):
                    gains.setdefault(name, {})[key] = 1
            for state, code, topic in STATES_ON:
                if statement.country == state or code == _code_of(statement.source):
                    mentions = len(topics[topic].findall(body))
                    if mentions:
                        gains.setdefault(f"{state} {topic}", {})[key] = 2 if mentions >= 3 else 1
            for subject, pattern in subjects.items():
                held = len(pattern.findall(body))
                if held >= 2:
                    gains.setdefault(subject, {})[key] = 2 if held >= 5 else 1
    queries = [Judged(name, "speaker", gains.get(name, {})) for name in SPEAKERS]
    queries += [Judged(f"{state} {topic}", "State on a subject", gains.get(f"{state} {topic}", {}))
                for state, _code, topic in STATES_ON]
    queries += [Judged(subject, "subject", gains.get(subject, {})) for subject in SUBJECTS]
    return queries


def _code_of(source: str) -> str:
    """The ISO3 code in a General Debate file name (AZE_74_2019.txt)."""
    return Path(source or "").name.split("_", 1)[0]


def precision(ranked: list[str], gains: dict[str, int]) -> float:
    return sum(1 for key in ranked[:CUTOFF] if key in gains) / CUTOFF


def ndcg(ranked: list[str], gains: dict[str, int]) -> float:
    dcg = sum(gains.get(key, 0) / math.log2(rank + 2) for rank, key in enumerate(ranked[:CUTOFF]))
    ideal = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(sorted(gains.values(), reverse=True)[:CUTOFF]))
    return dcg / ideal if ideal else 0.0


def evaluate(index_dir: Path, ranking: Ranking, queries: list[Judged]) -> list[tuple[float, float]]:
    with Archive(index_dir, ranking=ranking) as archive:
        scores = []
        for judged in queries:
            hits = archive.search(SearchRequest(q=judged.q, size=CUTOFF, sort="relevance")).hits
            ranked = [hit.statement.id for hit in hits]
            scores.append((precision(ranked, judged.gains), ndcg(ranked, judged.gains)))
        return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default=os.environ.get("VERBATIM_BENCH", "/tmp/verbatim-bench"))
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--per-query", action="store_true", help="print each query's figures")
    args = parser.parse_args(argv)
    work = Path(args.work)
    build_verbatim(unpack(Path(args.corpus), work), work / "index", rebuild=False)
    queries = [judged for judged in judge(work / "index") if judged.gains]
    rankings = {"untuned": UNTUNED, "tuned": TUNED}
    results = {name: evaluate(work / "index", ranking, queries) for name, ranking in rankings.items()}
    print(f"{len(queries)} queries, judged from the corpus's metadata and text; tuned = {TUNED}")
    if args.per_query:
        print(f"{'query':40} {'kind':20} {'relevant':>8}  P@10 untuned/tuned   nDCG@10 untuned/tuned")
        for index, judged in enumerate(queries):
            (p0, n0), (p1, n1) = results["untuned"][index], results["tuned"][index]
            print(f"{judged.q:40} {judged.kind:20} {len(judged.gains):8}  {p0:.2f} / {p1:.2f}          "
                  f"{n0:.3f} / {n1:.3f}")
    print(f"{'':30}{'P@10':>8}{'nDCG@10':>10}")
    kinds = ["all", *dict.fromkeys(judged.kind for judged in queries)]
    for kind in kinds:
        chosen = [i for i, judged in enumerate(queries) if kind in ("all", judged.kind)]
        for name, scores in results.items():
            p = statistics.mean(scores[i][0] for i in chosen)
            n = statistics.mean(scores[i][1] for i in chosen)
            print(f"{kind:20} {name:8} {p:8.3f}{n:10.3f}   ({len(chosen)} queries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
