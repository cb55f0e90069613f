// The site search: no service, no library. The index is loaded before this file as a script
// (search/index.js sets window.reportbuilderSearch), so it works from a site opened from disk.
// Every word typed must occur in a claim's statement, quotes, claimant (name or alias), topic or figures;
// the facets then narrow by topic, claimant, week, figure and stance. The URL keeps the search (?q=Kursk&topic=…).
(function () {
  "use strict";
  var data = window.reportbuilderSearch;
  var app = document.getElementById("search-app");
  if (!data || !app) return;
  var root = app.getAttribute("data-root") || "";
  var form = document.querySelector("form.search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var facetBox = document.getElementById("search-facets");
  var list = document.getElementById("search-results");
  var shown = 100;
  // [facet, legend, position in a claim]
  var legends = app.getAttribute("data-facets").split("|");
  var facets = [["topic", legends[0], 4], ["actor", legends[1], 5], ["week", legends[2], 6], ["measure", legends[3], 8], ["stance", legends[4], 7]];
  var selected = {};
  var texts = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, "\"").toLowerCase();
  }

  function valuesOf(claim, facet) {
    var value = claim[facet[2]];
    return Array.isArray(value) ? value : [value];
  }

  function label(facet, index) { return data.facets[facet][index][1]; }

  function searchText(claim) {
    var actor = data.facets.actor[claim[5]];
    var parts = [claim[2], claim[3].join("\n"), actor[1], actor[2], label("topic", claim[4])];
    claim[8].forEach(function (m) { parts.push(label("measure", m)); });
    return fold(parts.join("\n"));
  }

  function inFacets(claim, except) {
    return facets.every(function (facet) {
      var chosen = selected[facet[0]];
      if (facet === except || !chosen || chosen.size === 0) return true;
      return valuesOf(claim, facet).some(function (v) { return chosen.has(v); });
    });
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    facets.forEach(function (facet) {
      var wanted = params.getAll(facet[0]);
      selected[facet[0]] = new Set();
      data.facets[facet[0]].forEach(function (value, i) { if (wanted.indexOf(value[0]) >= 0) selected[facet[0]].add(i); });
    });
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    facets.forEach(function (facet) {
      selected[facet[0]].forEach(function (i) { params.append(facet[0], data.facets[facet[0]][i][0]); });
    });
    var query = params.toString();
    try { history.replaceState(null, "", query ? "?" + query : location.pathname); } catch (e) { /* some browsers refuse on file:// */ }
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderFacets(textHits) {
    var focused = document.activeElement && document.activeElement.id;
    facetBox.textContent = "";
    facets.forEach(function (facet) {
      var counts = new Map();
      textHits.forEach(function (claim) {
        if (!inFacets(claim, facet)) return;
        valuesOf(claim, facet).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
      });
      var chosen = selected[facet[0]];
      var values = data.facets[facet[0]].map(function (_, i) { return i; })
        .filter(function (i) { return counts.has(i) || chosen.has(i); });
      if (values.length === 0) return;
      var group = element("fieldset");
      group.appendChild(element("legend", "", facet[1]));
      values.forEach(function (i) {
        var id = "facet-" + facet[0] + "-" + i;
        var box = element("input");
        box.type = "checkbox";
        box.id = id;
        box.checked = chosen.has(i);
        box.addEventListener("change", function () {
          if (box.checked) chosen.add(i); else chosen.delete(i);
          render();
        });
        var text = element("label", "", label(facet[0], i) + " (" + (counts.get(i) || 0) + ")");
        text.htmlFor = id;
        var row = element("div", "facet");
        row.appendChild(box);
        row.appendChild(text);
        group.appendChild(row);
      });
      facetBox.appendChild(group);
    });
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function renderResults(hits, terms) {
    list.textContent = "";
    hits.slice(0, shown).forEach(function (claim) {
      var item = element("li");
      var link = element("a", "", claim[2]);
      link.href = root + claim[0];
      item.appendChild(link);
      item.appendChild(element("p", "meta", label("actor", claim[5]) + " · " + claim[1] + " · " + data.reported[claim[9]] + " · " + label("topic", claim[4])));
      // A word found only in a quote: show that quote, so the reader sees why the claim is here.
      var statement = fold(claim[2]);
      var quote = claim[3].filter(function (q) {
        var folded = fold(q);
        return terms.some(function (t) { return statement.indexOf(t) < 0 && folded.indexOf(t) >= 0; });
      })[0];
      if (quote) item.appendChild(element("p", "quote", "\u201c" + quote + "\u201d"));
      list.appendChild(item);
    });
  }

  // "{n} claims match." in the form the number takes: the rule of the strings file (Strings.Count in C#).
  function counted(name, n) {
    var form = n === 1 ? "one" : "other";
    if (app.getAttribute("data-plural") === "one-few-many") {
      var d = n % 10, h = n % 100;
      form = d === 1 && h !== 11 ? "one" : d >= 2 && d <= 4 && (h < 12 || h > 14) ? "few" : "many";
    }
    return app.getAttribute("data-" + name + "-" + form).replace("{n}", String(n));
  }

  function render() {
    if (!texts) texts = data.claims.map(searchText);
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    var textHits = data.claims.filter(function (claim, i) {
      return terms.every(function (t) { return texts[i].indexOf(t) >= 0; });
    });
    var filtering = facets.some(function (facet) { return selected[facet[0]].size > 0; });
    var hits = textHits.filter(function (claim) { return inFacets(claim, null); });
    renderFacets(textHits);
    if (terms.length === 0 && !filtering) {
      list.textContent = "";
      status.textContent = counted("all", data.claims.length);
    } else {
      renderResults(hits, terms);
      status.textContent = (hits.length === 0 ? app.getAttribute("data-none") : counted("matches", hits.length)) +
        (hits.length > shown ? " " + app.getAttribute("data-first-shown").replace("{n}", String(shown)) : "");
    }
    writeUrl();
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); render(); });
  input.addEventListener("input", render);
  readUrl();
  app.hidden = false;
  render();
})();
