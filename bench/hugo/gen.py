#!/usr/bin/env python3
"""Turn a ReportBuilder synthetic project (read-only) into a minimal Hugo site.
usage: gen.py PROJECT_DIR SITE_DIR"""
import sys, os, glob, json, shutil, datetime
import yaml
L = yaml.CSafeLoader
src, site = sys.argv[1], sys.argv[2]
data = os.path.join(src, "data")
def load(p):
    with open(p, encoding="utf-8") as f: return yaml.load(f, Loader=L)
def q(s): return json.dumps(str(s), ensure_ascii=False)   # JSON string == valid YAML scalar
def isoweek(d):
    # ReportBuilder's KnownByWeek: a day or week date counts in its own week, a month in its last day's week
    d = str(d)
    if "-W" in d: y, w = d.split("-W"); return f"{int(y)}-W{int(w):02d}"
    if len(d) == 7:
        y, m = map(int, d.split("-")); nxt = datetime.date(y + m // 12, m % 12 + 1, 1)
        day = nxt - datetime.timedelta(days=1)
    else: day = datetime.date.fromisoformat(d)
    y, w, _ = day.isocalendar(); return f"{y}-W{w:02d}"

cfg = load(os.path.join(data, "site.yaml"))
actors = {a["id"]: a for a in load(os.path.join(data, "actors.yaml"))}
measures = {m["id"]: m for m in load(os.path.join(data, "measures.yaml"))}
sources = {}
for p in sorted(glob.glob(os.path.join(data, "sources", "*.yaml"))):
    sid = os.path.basename(p)[:-5]; s = load(p)
    with open(os.path.join(data, "sources", s.get("text", sid + ".txt")), encoding="utf-8") as f:
        s["lines"] = f.read().split("\n")
    sources[sid] = s

if os.path.exists(site): shutil.rmtree(site)
C = os.path.join(site, "content")
for d in ("claims", "sources", "topics", "actors", "weeks"): os.makedirs(os.path.join(C, d))
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f: f.write(text)

weeks = set(); n = 0
for p in sorted(glob.glob(os.path.join(data, "sheets", "*.yaml"))):
    topic = os.path.basename(p)[:-5]; sheet = load(p)
    write(os.path.join(C, "topics", topic, "_index.md"), f"---\ntitle: {q(sheet['title'])}\n---\n{sheet.get('summary','')}\n")
    for c in sheet.get("claims") or []:
        ev = c["evidence"]
        published = min(str(sources[e["source"]]["published"]) for e in ev)
        week = isoweek(published); weeks.add(week)
        said = str(c.get("said_on", published))
        actor = actors.get(c["claimant"], {"name": c["claimant"]})
        fm = ["---", f"id: {q(c['id'])}", f"title: {q(c['id'])}", f"statement: {q(c['statement'])}",
              f"claimant: {q(c['claimant'])}", f"claimant_name: {q(actor['name'])}",
              f"said: {q(said)}", f"first_reported: {q(published)}", f"date: {q(published)}",
              f"topic: {q(topic)}", f"topic_title: {q(sheet['title'])}", f"week: {q(week)}", f"stance: {q(c['stance'])}",
              f"topics: [{q(topic)}]", f"actors: [{q(c['claimant'])}]", f"weeks: [{q(week)}]"]
        if c.get("note"): fm.append(f"note: {q(c['note'])}")
        if c.get("figures"):
            fm.append("figures:")
            for fg in c["figures"]:
                m = measures.get(fg["measure"], {})
                text = fg.get("value", None)
                if text is None: text = "–".join(str(fg[k]) for k in ("min", "max") if k in fg)
                fm += [f"  - measure: {q(fg['measure'])}", f"    label: {q(m.get('label', fg['measure']))}",
                       f"    unit: {q(m.get('unit',''))}", f"    qualifier: {q(fg.get('qualifier',''))}", f"    text: {q(text)}"]
        fm.append("---")
        body = []
        for e in ev:
            s = sources[e["source"]]; ln = int(e["line"]); lines = s["lines"]
            body.append(f"[{s['title']}](/sources/{e['source']}/#l{ln}), {s.get('outlet','')}, {s['published']}, line {ln}:\n")
            for k in (ln - 1, ln, ln + 1):
                if 1 <= k <= len(lines) and lines[k-1].strip():
                    t = lines[k-1].strip()
                    if k == ln: t = t.replace(e["quote"], f"**{e['quote']}**", 1)
                    body.append(f"> {k}. {t}\n>")
            body.append("")
        write(os.path.join(C, "claims", c["id"] + ".md"), "\n".join(fm) + "\n" + "\n".join(body) + "\n")
        n += 1

for aid, a in actors.items():
    write(os.path.join(C, "actors", aid, "_index.md"), f"---\ntitle: {q(a['name'])}\n---\n{a.get('kind','')}, {a.get('country','')}\n")
for w in weeks:
    write(os.path.join(C, "weeks", w, "_index.md"), f"---\ntitle: {q('Week ' + w)}\n---\n")
write(os.path.join(C, "claims", "_index.md"), "---\ntitle: \"Claims\"\n---\n")
write(os.path.join(C, "sources", "_index.md"), "---\ntitle: \"Sources\"\n---\n")
for sid, s in sources.items():
    fm = f"---\ntitle: {q(s['title'])}\noutlet: {q(s.get('outlet',''))}\ndate: {q(s['published'])}\nurl_original: {q(s.get('url',''))}\n---\n"
    body = "\n".join(f'{i}. <a id="l{i}"></a>{t}' if False else f"{i}. {t}" for i, t in enumerate(s["lines"], 1) if t.strip())
    write(os.path.join(C, "sources", sid + ".md"), fm + body + "\n")

write(os.path.join(site, "config.toml"), f'''baseURL = "https://example.org/"
title = {q(cfg.get("title","Site"))}
languageCode = "en"
paginate = 100
disableKinds = ["robotsTXT", "404"]
[taxonomies]
  topic = "topics"
  actor = "actors"
  week = "weeks"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[services.rss]
  limit = 50
''')
T = os.path.join(site, "layouts")
write(os.path.join(T, "_default", "baseof.html"), '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<nav><a href="/">{{ site.Title }}</a> · <a href="/topics/">Topics</a> · <a href="/actors/">Actors</a> · <a href="/weeks/">Weeks</a> · <a href="/sources/">Sources</a> · <a href="/claims/">Claims</a></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body></html>
''')
write(os.path.join(T, "claims", "single.html"), '''{{ define "main" }}<article>
<p>{{ range .GetTerms "actors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} {{ .Params.stance }}</p>
<h1>{{ .Params.statement }}</h1>
<dl>
<dt>Claimant</dt><dd>{{ range .GetTerms "actors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
<dt>Said</dt><dd>{{ .Params.said }}</dd>
<dt>First reported</dt><dd>{{ .Params.first_reported }}</dd>
<dt>Stance</dt><dd>{{ .Params.stance }}</dd>
<dt>Topic</dt><dd>{{ range .GetTerms "topics" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
<dt>Week</dt><dd>{{ range .GetTerms "weeks" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
{{ with .Params.figures }}<dt>Figures</dt><dd><ul>{{ range . }}<li><strong>{{ .text }}</strong> {{ .unit }} · {{ .label }} ({{ .qualifier }})</li>{{ end }}</ul></dd>{{ end }}
</dl>
{{ with .Params.note }}<p class="note">{{ . }}</p>{{ end }}
<section><h2>Quotes</h2>{{ .Content }}</section>
</article>{{ end }}
''')
write(os.path.join(T, "_default", "single.html"), '''{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Params.outlet }}, {{ .Date.Format "2006-01-02" }}{{ with .Params.url_original }} · <a href="{{ . }}">original</a>{{ end }}</p>
{{ .Content }}</article>{{ end }}
''')
PAGER = '''{{ if gt $p.TotalPages 1 }}<nav>{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">prev</a>{{ end }} page {{ $p.PageNumber }} of {{ $p.TotalPages }} {{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">next</a>{{ end }}</nav>{{ end }}'''
write(os.path.join(T, "_default", "list.html"), '''{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
{{ $p := .Paginator }}<ul>{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ with .Params.statement }}{{ . }}{{ else }}{{ .Title }}{{ end }}</a>{{ with .Params.first_reported }} · {{ . }}{{ end }}</li>{{ end }}</ul>
''' + PAGER + '{{ end }}\n')
write(os.path.join(T, "_default", "term.html"), '''{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
{{ $p := .Paginator }}<ul>{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.statement }}</a> · {{ .Params.claimant_name }} · {{ .Params.first_reported }}</li>{{ end }}</ul>
''' + PAGER + '{{ end }}\n')
write(os.path.join(T, "_default", "taxonomy.html"), '''{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}
''')
write(os.path.join(T, "index.html"), '''{{ define "main" }}<h1>{{ site.Title }}</h1>
<p>{{ len (where site.RegularPages "Section" "claims") }} claims.</p>
<h2>Topics</h2><ul>{{ range site.Taxonomies.topics }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
<h2>Latest</h2><ul>{{ range first 20 (where site.RegularPages "Section" "claims") }}<li><a href="{{ .RelPermalink }}">{{ .Params.statement }}</a></li>{{ end }}</ul>{{ end }}
''')
print(f"{n} claims, {len(sources)} sources, {len(actors)} actors, {len(weeks)} weeks -> {site}")
