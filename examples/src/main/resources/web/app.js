// The catalog page: one request for every model, then sorting and filtering in the browser; searches go to the
// server, where the registry resolves the query (match), lists close ids (suggest) and searches by words.
"use strict";

const CAPABILITIES = [
  ["chat", "Chat"], ["vision", "Vision"], ["reasoning", "Reasoning"], ["tool_calling", "Tools"],
  ["structured_outputs", "Structured"], ["audio_input", "Audio in"], ["embeddings", "Embed"], ["moe", "MoE"],
];
const COLUMNS = [
  { key: "id", label: "Model", value: m => m.id },
  { key: "provider", label: "Provider", value: m => m.provider || m.owned_by },
  { key: "context", label: "Context", num: true, value: m => m.context_window, show: v => v.toLocaleString("en-US") },
  { key: "input", label: "Input $/M", num: true, value: m => m.pricing ? m.pricing.input_per_million : null, show: price },
  { key: "output", label: "Output $/M", num: true, value: m => m.pricing ? m.pricing.output_per_million : null, show: price },
  ...CAPABILITIES.map(([cap, label]) => ({ key: cap, label, cap: true, value: m => m.capabilities.includes(cap) })),
];

const state = { models: [], sortKey: "id", sortDir: 1, onlyIds: null, matchId: null };

function price(v) { return v === null || v === undefined ? "—" : "$" + v.toFixed(2); }
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
function $(id) { return document.getElementById(id); }

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function buildHeader() {
  const row = $("header-row");
  for (const column of COLUMNS) {
    const th = el("th", { "data-key": column.key, scope: "col" }, column.label);
    if (column.num) th.classList.add("num");
    if (column.cap) th.classList.add("cap");
    th.addEventListener("click", () => sortBy(column.key));
    row.appendChild(th);
  }
  const fieldset = $("capability-filter");
  for (const [cap, label] of CAPABILITIES) {
    const id = "cap-" + cap;
    const box = el("input", { type: "checkbox", id, value: cap });
    box.addEventListener("change", render);
    const wrap = el("label", { for: id });
    wrap.appendChild(box);
    wrap.appendChild(document.createTextNode(" " + label));
    fieldset.appendChild(wrap);
  }
  $("provider-filter").addEventListener("change", render);
}

function sortBy(key) {
  state.sortDir = state.sortKey === key ? -state.sortDir : 1;
  state.sortKey = key;
  render();
}

function visibleModels() {
  const provider = $("provider-filter").value;
  const caps = [...document.querySelectorAll("#capability-filter input:checked")].map(b => b.value);
  const column = COLUMNS.find(c => c.key === state.sortKey);
  return state.models
    .filter(m => state.onlyIds === null || state.onlyIds.has(m.id))
    .filter(m => !provider || (m.provider || m.owned_by) === provider)
    .filter(m => caps.every(c => m.capabilities.includes(c)))
    .sort((a, b) => {
      const x = column.value(a), y = column.value(b);
      if (x === y) return a.id.localeCompare(b.id);
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * state.sortDir;
    });
}

function render() {
  const body = document.querySelector("#models tbody");
  body.replaceChildren();
  const models = visibleModels();
  for (const model of models) {
    const tr = el("tr", { "data-id": model.id, class: "model-row" });
    if (model.id === state.matchId) tr.classList.add("match");
    for (const column of COLUMNS) {
      const value = column.value(model);
      if (column.cap) {
        const td = el("td", { class: "cap " + (value ? "yes" : "no"), title: column.label }, value ? "✓" : "·");
        td.setAttribute("aria-label", column.label + (value ? " supported" : " not supported"));
        tr.appendChild(td);
      } else {
        const td = el("td", {}, column.show ? column.show(value) : value);
        if (column.num) td.classList.add("num");
        if (column.key === "id") td.classList.add("mono");
        tr.appendChild(td);
      }
    }
    tr.addEventListener("click", () => showDetail(model.id));
    body.appendChild(tr);
  }
  for (const th of document.querySelectorAll("#header-row th")) {
    if (th.dataset.key === state.sortKey) th.setAttribute("aria-sort", state.sortDir > 0 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  }
  $("empty").hidden = models.length > 0;
  $("summary").textContent = models.length + " of " + state.models.length + " models";
}

async function search(query) {
  query = query.trim();
  if (!query) return clearSearch();
  $("search").value = query;
  const result = await getJson("/api/registry/search?q=" + encodeURIComponent(query) + "&limit=50");
  const ids = new Set(result.data.map(m => m.id));
  // A variant (a dated snapshot, a route prefix) is certain but not what was typed: offer the model as a link too.
  const exact = result.resolved && result.resolved.confidence === 1 && result.resolved.strategy !== "variant";
  if (result.resolved) ids.add(result.resolved.id);
  state.onlyIds = ids;
  state.matchId = result.resolved ? result.resolved.id : null;
  $("resolution").hidden = false;
  $("best-match").textContent = result.resolved
    ? "Best match: " + result.resolved.id + " (" + result.resolved.strategy.replace("_", " ") + ", "
      + Math.round(result.resolved.confidence * 100) + "% confidence)"
    : "No model is called “" + query + "”.";
  const suggestions = (result.resolved && !exact ? [result.resolved.id] : []).concat(result.did_you_mean);
  const list = $("suggestions");
  list.replaceChildren();
  for (const id of [...new Set(suggestions)]) {
    const link = el("a", { href: "#", "data-id": id, class: "suggestion" }, id);
    link.addEventListener("click", event => { event.preventDefault(); search(id); });
    list.appendChild(link);
  }
  $("did-you-mean").hidden = list.childElementCount === 0;
  render();
}

function clearSearch() {
  state.onlyIds = null;
  state.matchId = null;
  $("search").value = "";
  $("resolution").hidden = true;
  render();
}

function facts(list, pairs) {
  list.replaceChildren();
  for (const [label, value] of pairs) {
    list.appendChild(el("dt", {}, label));
    list.appendChild(el("dd", {}, value));
  }
}

async function showDetail(id) {
  const path = "/api/registry/models/" + id.split("/").map(encodeURIComponent).join("/");
  const [model, routes] = await Promise.all([getJson(path), getJson(path + "/routes")]);
  $("detail-name").textContent = model.name;
  $("detail-id").textContent = model.id;
  $("detail-description").textContent = model.description || "";
  facts($("detail-facts"), [
    ["Provider", model.provider || model.owned_by],
    ["Context", model.context_window.toLocaleString("en-US") + " tokens"],
    ["Max output", model.max_output_tokens.toLocaleString("en-US") + " tokens"],
    ["Pricing", model.pricing ? price(model.pricing.input_per_million) + " in / "
      + price(model.pricing.output_per_million) + " out per million tokens" : "not priced"],
    ["Capabilities", model.capabilities.join(", ")],
    ["Status", model.deprecated ? "deprecated" + (model.replacement ? " (use " + model.replacement + ")" : "") : "active"],
  ]);
  facts($("detail-moe"), model.moe ? [
    ["Total parameters", model.moe.total_params.toLocaleString("en-US")],
    ["Active parameters", model.moe.active_params.toLocaleString("en-US")],
    ["Experts", model.moe.num_experts + " (" + model.moe.experts_per_token + " per token)"],
    ["Architecture", model.moe.architecture],
  ] : [["Architecture", "dense"]]);
  const l = model.latency;
  facts($("detail-latency"), [
    ["Time to first token", l.ttft_mean.toFixed(2) + " s ± " + l.ttft_std.toFixed(2)],
    ["Inter-token latency", (l.itl_mean * 1000).toFixed(0) + " ms ± " + (l.itl_std * 1000).toFixed(0)],
    ["Multipliers", "vision ×" + l.vision + ", audio ×" + l.audio + ", reasoning ×" + l.reasoning + ", tools ×"
      + l.tool_calling],
  ]);
  const body = document.querySelector("#detail-routes tbody");
  body.replaceChildren();
  for (const route of routes.data) {
    const tr = el("tr");
    const fallback = route.fallback_position === null ? "not used" : "#" + route.fallback_position;
    for (const v of [route.platform, route.model_string, route.priority, route.status, fallback]) {
      tr.appendChild(el("td", {}, v));
    }
    body.appendChild(tr);
  }
  $("detail-no-routes").hidden = routes.data.length > 0;
  $("detail").hidden = false;
}

async function start() {
  buildHeader();
  $("search-form").addEventListener("submit", event => { event.preventDefault(); search($("search").value); });
  $("clear-button").addEventListener("click", clearSearch);
  $("close-detail").addEventListener("click", () => { $("detail").hidden = true; });
  const list = await getJson("/api/registry/models");
  state.models = list.data;
  const providers = [...new Set(state.models.map(m => m.provider || m.owned_by))].sort();
  for (const p of providers) $("provider-filter").appendChild(el("option", { value: p }, p));
  render();
  document.body.dataset.ready = "true";
}

start().catch(error => { $("summary").textContent = "Could not load the catalog: " + error.message; });
