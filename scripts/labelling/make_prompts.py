#!/usr/bin/env python
"""Write the helper prompts of one labelling draw into its workdir: two independent labelling passes per batch
(``prompt-L<n>.md``) and one settling prompt per batch (``prompt-S<batch>.md``), from the templates beside this
script; and copy ``check.py`` there, which every prompt tells its helper to run.

    python scripts/labelling/make_prompts.py WORKDIR FIRST_BATCH N_BATCHES FIRST_LABELLER

Batch ``FIRST_BATCH + i`` is labelled by ``L<FIRST_LABELLER + 2i>`` and ``L<FIRST_LABELLER + 2i + 1>`` and settled
from those two passes.  The batches themselves come from ``scripts/select_extra.py --work WORKDIR``.  A helper is
started with "Read the file WORKDIR/prompt-L<n>.md and carry out the task."
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def main(work: str, first_batch: int, n_batches: int, first_labeller: int) -> None:
    wd = Path(work).resolve()
    for sub in ("batches", "labels", "final"):
        (wd / sub).mkdir(parents=True, exist_ok=True)
    shared = (REPO.parent / "shared").resolve()

    def fill(template: str, **kw: str) -> str:
        text = (HERE / template).read_text(encoding="utf-8")
        text = text.replace("WORKDIR", str(wd)).replace("REPO", str(REPO)).replace("SHARED", str(shared))
        for k, v in kw.items():
            text = text.replace(k, v)
        return text

    for i in range(n_batches):
        batch = f"batch{first_batch + i}"
        a, b = f"L{first_labeller + 2 * i}", f"L{first_labeller + 2 * i + 1}"
        for lab in (a, b):
            (wd / f"prompt-{lab}.md").write_text(fill("label-task.md", LABELLER=lab, BATCH=batch), encoding="utf-8")
        (wd / f"prompt-S{first_batch + i}.md").write_text(
            fill("settle-task.md", PASSA=a, PASSB=b, BATCH=batch), encoding="utf-8")
    (wd / "label-task.md").write_text(fill("label-task.md"), encoding="utf-8")
    shutil.copy(HERE / "check.py", wd / "check.py")
    print(f"{wd}: prompts for batches {first_batch}-{first_batch + n_batches - 1}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
