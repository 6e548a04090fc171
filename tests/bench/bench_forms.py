"""How long the forms take: ms per form per language, and certificates per second in a batch.

Run: python tests/bench/bench_forms.py [batch size, default 500]
Prints figures only; nothing here passes or fails.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader

from desktop.forms.certificate import render_certificate
from desktop.forms.samples import (
    FORM_NAMES,
    _renderers,
    sample_certificate,
    sample_data,
)

REPEATS = 7


def time_ms(func, repeats: int = REPEATS) -> tuple[float, float]:
    """(median, best) of repeated runs, in milliseconds."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs)


def main() -> None:
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    renderers = _renderers()
    start = time.perf_counter()
    sample_data("kk")  # fonts and wording load once per process
    render_certificate(sample_certificate("kk"), "kk")
    print(f"first render (fonts, wording, imports): {(time.perf_counter() - start) * 1000:.0f} ms")
    head = f"{'form':<20}{'kk median':>12}{'kk best':>10}{'ru median':>12}{'ru best':>10}"
    print(f"{head}  pages, size (ru)")
    for name in FORM_NAMES:
        cells = []
        for lang in ("kk", "ru"):
            data = sample_data(lang)
            item = data["duplicate"] if name == "duplicate_blank" else data[name]
            median, best = time_ms(lambda r=renderers[name], d=item, lg=lang: r(d, lg))
            cells += [f"{median:>10.1f}ms", f"{best:>8.1f}ms"]
        pdf = renderers[name](item, "ru")
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"{name:<20}{''.join(cells)}  {pages} p, "
              f"{len(pdf) // 1024} KiB")

    # The usual certificate, then a long one (fewer: it only shows how length scales).
    for rows, count in ((12, batch), (120, max(1, batch // 5))):
        base = sample_certificate("kk", transcript_rows=rows)
        people = [replace(base, reg_number=f"АН-2026-{i:04d}",
                          person=replace(base.person, iin=f"05081560{i:04d}"))
                  for i in range(count)]
        start = time.perf_counter()
        total = 0
        for data in people:
            total += len(render_certificate(data, "kk"))
        elapsed = time.perf_counter() - start
        print(f"batch of {count} certificates, {rows} subjects each: {elapsed:.1f} s, "
              f"{count / elapsed:.1f} forms/s, {elapsed / count * 1000:.1f} ms/form, "
              f"{total / count / 1024:.0f} KiB/form")


if __name__ == "__main__":
    main()
