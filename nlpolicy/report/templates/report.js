(function () {
  "use strict";
  // Data comes from the JSON block; text reaches the page only through
  // textContent and createTextNode, never innerHTML.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function byId(id) { return document.getElementById(id); }
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0111/g, "d").replace(/\u0110/g, "D").toLowerCase();
  }

  // ---------------------------------------------------------------- tabs
  var current = "matrix";
  all("nav.tabs button").forEach(function (b) {
    b.addEventListener("click", function () {
      current = b.getAttribute("data-tab");
      all("nav.tabs button").forEach(function (o) { o.setAttribute("aria-selected", String(o === b)); });
      all("section.tab").forEach(function (s) { s.hidden = s.id !== "tab-" + current; });
      closeEvidence();
      apply();
    });
  });

  // ---------------------------------------------------------------- filters
  var FIXED_COLUMNS = 6;        // STT, Văn bản, Mục, Nhiệm vụ, Thời hạn, Tình trạng
  var f = {
    agency: byId("f-agency"), section: byId("f-section"), status: byId("f-status"),
    deadline: byId("f-deadline"), text: byId("f-text")
  };
  // the whole task, its agencies, deadline, status ... folded by the report (data-q);
  // the text on screen only where a row has no data-q
  var searchCache = new WeakMap();
  function searchable(el) {
    if (!searchCache.has(el)) {
      searchCache.set(el, el.hasAttribute("data-q") ? el.getAttribute("data-q")
        : " " + fold(el.textContent).replace(/[^0-9a-z\u00c0-\u024f]+/g, " "));
    }
    return searchCache.get(el);
  }
  function sectionOk(el, v) {
    if (!v) { return true; }
    var s = el.getAttribute("data-section") || "";
    return s === v || s.indexOf(v + ".") === 0;
  }
  function deadlineOk(el, v) {
    if (!v) { return true; }
    var kind = el.getAttribute("data-kind"), due = el.getAttribute("data-due") || "";
    if (v.indexOf("by:") === 0) { return due !== "" && due <= v.slice(3) + "-12-31"; }
    return kind === v;
  }
  function statusOk(el, v) { return !v || el.getAttribute("data-status") === v; }
  function textOk(el, v) { return !v || searchable(el).indexOf(" " + v) !== -1; }

  function apply() {
    var agency = f.agency.value, section = f.section.value, status = f.status.value,
      deadline = f.deadline.value,
      text = fold(f.text.value).replace(/[^0-9a-z\u00c0-\u024f]+/g, " ").trim();
    var shown = 0, total = 0;
    all("#matrix tbody tr").forEach(function (tr) {
      var ags = (tr.getAttribute("data-agencies") || "").split(" ");
      var ok = (!agency || ags.indexOf(agency) !== -1) && sectionOk(tr, section) &&
        statusOk(tr, status) && deadlineOk(tr, deadline) && textOk(tr, text);
      tr.hidden = !ok;
      total += 1; if (ok) { shown += 1; }
    });
    // with one agency chosen, show its column only (empty cells carry no name: found by index)
    var heads = all("#matrix thead tr:last-child th"), col = -1;
    heads.forEach(function (th, i) {
      var mine = th.getAttribute("data-agency");
      if (mine === agency) { col = i; }
      if (mine) { th.hidden = !!agency && mine !== agency; }
    });
    all("#matrix thead tr.levels").forEach(function (tr) { tr.hidden = !!agency; });
    all("#matrix tbody tr").forEach(function (tr) {
      if (tr.hidden) { return; }
      for (var i = FIXED_COLUMNS; i < tr.children.length; i++) {
        tr.children[i].hidden = col >= 0 && i !== col;
      }
    });
    var tShown = 0;
    all("#targets tbody tr").forEach(function (tr) {
      var ok = sectionOk(tr, section) && statusOk(tr, status) && deadlineOk(tr, deadline) &&
        textOk(tr, text);
      tr.hidden = !ok; if (ok) { tShown += 1; }
    });
    var cShown = 0;
    all("article.checklist").forEach(function (art) {
      var mine = !agency || art.getAttribute("data-agency") === agency;
      var any = false;
      all("li", art).forEach(function (li) {
        var ok = mine && sectionOk(li, section) && statusOk(li, status) &&
          deadlineOk(li, deadline) && textOk(li, text);
        li.hidden = !ok; if (ok) { any = true; cShown += 1; }
      });
      art.hidden = !mine || (!any && (section || status || deadline || text) !== "");
    });
    var out = byId("count");
    if (current === "matrix") { out.textContent = shown + " / " + total + " nhiệm vụ"; }
    else if (current === "targets") { out.textContent = tShown + " chỉ tiêu, số liệu"; }
    else if (current === "checklists") { out.textContent = cShown + " việc"; }
    else { out.textContent = ""; }
  }
  [f.agency, f.section, f.status, f.deadline].forEach(function (el) { el.addEventListener("change", apply); });
  f.text.addEventListener("input", apply);
  byId("f-reset").addEventListener("click", function () {
    [f.agency, f.section, f.status, f.deadline].forEach(function (el) { el.value = ""; });
    f.text.value = ""; apply();
  });

  // ---------------------------------------------------------------- evidence
  var panel = byId("evidence"), body = byId("ev-body"), selected = null;
  function quote(item) {
    var q = document.createElement("blockquote"), text = data.texts[item.t], pos = 0;
    (item.hl || []).forEach(function (h) {
      if (h[0] < pos) { return; }
      q.appendChild(document.createTextNode(text.slice(pos, h[0])));
      var m = document.createElement("mark");
      m.textContent = text.slice(h[0], h[1]);
      q.appendChild(m);
      pos = h[1];
    });
    q.appendChild(document.createTextNode(text.slice(pos)));
    return q;
  }
  function show(el) {
    var items = data.evidence[el.getAttribute("data-ev")] || [];
    while (body.firstChild) { body.removeChild(body.firstChild); }
    items.forEach(function (item) {
      var h = document.createElement("h3");
      h.textContent = item.note ? item.note : item.title;
      body.appendChild(h);
      var src = document.createElement("div");
      src.className = "src";
      src.textContent = item.source + (item.where ? " · " + item.where : "");
      body.appendChild(src);
      body.appendChild(quote(item));
    });
    if (selected) { selected.classList.remove("selected"); }
    selected = el; el.classList.add("selected");
    panel.hidden = false;
  }
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("[data-ev]") : null;
    if (el) { show(el); }
  });
  function closeEvidence() {
    panel.hidden = true;
    if (selected) { selected.classList.remove("selected"); selected = null; }
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { closeEvidence(); return; }
    if ((e.key === "Enter" || e.key === " ") && document.activeElement &&
        document.activeElement.hasAttribute("data-ev")) {
      e.preventDefault(); show(document.activeElement);
    }
  });
  byId("ev-close").addEventListener("click", closeEvidence);

  // ---------------------------------------------------------------- ticks
  // kept per resolution in localStorage; a page opened from file:// where storage is
  // refused still works, it only forgets
  var storeKey = data.store;
  function loadTicks() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "{}") || {}; }
    catch (err) { return {}; }
  }
  function saveTicks(ticks) {
    try { window.localStorage.setItem(storeKey, JSON.stringify(ticks)); } catch (err) { /* forget */ }
  }
  var ticks = loadTicks();
  function countTicks() {
    byId("ticks-count").textContent = Object.keys(ticks).length + " việc đã đánh dấu";
  }
  all("input[data-tick]").forEach(function (box) {
    var id = box.getAttribute("data-tick");
    box.checked = Object.prototype.hasOwnProperty.call(ticks, id);
    box.addEventListener("change", function () {
      if (box.checked) { ticks[id] = new Date().toISOString().slice(0, 10); } else { delete ticks[id]; }
      saveTicks(ticks); countTicks();
    });
  });
  function csvCell(s) { return '"' + String(s).replace(/"/g, '""') + '"'; }
  byId("ticks-export").addEventListener("click", function () {
    var lines = [["Cơ quan", "Mục", "Nhiệm vụ", "Thời hạn", "Ngày đánh dấu", "Mã"].map(csvCell).join(",")];
    all("article.checklist").forEach(function (art) {
      var agency = art.querySelector("h2").textContent;
      all("li", art).forEach(function (li) {
        var box = li.querySelector("input[data-tick]"), id = box.getAttribute("data-tick");
        if (!Object.prototype.hasOwnProperty.call(ticks, id)) { return; }
        lines.push([agency, li.getAttribute("data-section"), li.querySelector(".task").textContent,
          li.querySelector("strong").textContent, ticks[id], id].map(csvCell).join(","));
      });
    });
    var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "viec-da-danh-dau.csv";
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
  });
  byId("ticks-clear").addEventListener("click", function () {
    ticks = {}; saveTicks(ticks);
    all("input[data-tick]").forEach(function (box) { box.checked = false; });
    countTicks();
  });
  countTicks();
  apply();
})();
