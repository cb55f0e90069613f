#!/usr/bin/env python3
"""Edit -> reload time of `reportbuilder serve`: the time from saving a claim's statement to the served
claim page holding the new text (what an open page shows after its reload), over N edits.

usage: edit-reload.py REPORTBUILDER_BINARY PROJECT [EDITS] [--pdf]
  Starts `serve --port 0` on a copy-free PROJECT (it edits data/sheets/ in place and restores it),
  waits for the first build, then N times: rewrites the first claim's statement, polls the claim's page
  every 10 ms until it shows the new text, and records the time. --pdf also times the claim's week's
  briefing PDF after each edit (its first request after the rebuild).
"""
import os, re, subprocess, sys, time, urllib.request, statistics, glob

binary, project = sys.argv[1], sys.argv[2]
edits = int(sys.argv[3]) if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else 5
want_pdf = "--pdf" in sys.argv

sheet = sorted(glob.glob(os.path.join(project, "data", "sheets", "*.yaml")))[0]
original = open(sheet, encoding="utf-8").read()
claim = re.search(r"^  - id: (\S+)", original, re.M).group(1)
statement = re.search(r'^    statement: "(.*)"$', original, re.M)

started = time.monotonic()
serve = subprocess.Popen([binary, "serve", "--project", project, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    line = serve.stdout.readline()
    base = re.search(r"serving (\S+)", line).group(1)
    print(f"first build and listening: {time.monotonic() - started:.2f} s ({base})")
    url = base + f"claims/{claim}/"
    time.sleep(1.0)  # let the watch take its first look before the first edit

    def get(u):
        with urllib.request.urlopen(u) as r:
            return r.read()

    week = re.search(rb"weeks/(\d{4}-W\d\d)/", get(url)).group(1).decode() if want_pdf else None
    times, pdf_times = [], []
    for i in range(edits):
        marker = f"edit-{i}-{time.time_ns()}"
        text = original[:statement.start(1)] + statement.group(1) + " " + marker + original[statement.end(1):]
        saved = time.monotonic()
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(text)
        while marker.encode() not in get(url):
            if time.monotonic() - saved > 300:
                raise SystemExit("no reload within 300 s")
            time.sleep(0.01)
        times.append(time.monotonic() - saved)
        if week:
            asked = time.monotonic()
            body = get(base + f"briefings/{week}.pdf")
            assert body.startswith(b"%PDF"), body[:80]
            pdf_times.append(time.monotonic() - asked)
        time.sleep(0.5)
    print("edit -> page shows it, s: " + " ".join(f"{t:.2f}" for t in times) + f"  (median {statistics.median(times):.2f})")
    if pdf_times:
        print(f"then briefings/{week}.pdf, s: " + " ".join(f"{t:.2f}" for t in pdf_times) + f"  (median {statistics.median(pdf_times):.2f})")
finally:
    with open(sheet, "w", encoding="utf-8") as f:
        f.write(original)
    serve.terminate()
    serve.wait(30)
    err = serve.stderr.read()
    print("serve said: " + " | ".join(l for l in err.splitlines() if l.startswith("serve:"))[:600])
