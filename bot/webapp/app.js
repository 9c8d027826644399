// The Mini App page: lays out the form the server describes (/app/api/form), keeps the
// answers in the profile format of `forfait-bot estimate`, and shows what the estimate
// endpoint computes. No rule here: every verdict and amount comes from the server.
"use strict";

const NNBSP = "\u202f";
const DEBOUNCE_MS = 60;
const tg = (window.Telegram && window.Telegram.WebApp) || null;
const initData = (tg && tg.initData) || "";
const state = { form: null, answers: {}, result: null, seq: 0, shown: 0, changedAt: [] };
// Read by the tests and bench/webapp_bench.py: each change's time to the updated total (ms).
window.forfaitApp = { timings: [], state };

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(typeof c === "string" ? typeset(c) : c);
  return node;
}

// The page is a channel like Telegram: its texts get the spacing bot/typography.py gives
// messages (a narrow no-break space before ; : ! ? % » and after «).
function typeset(text) {
  return text.replace(/[ \u00a0]+([;:!?%»])/g, "\u202f$1").replace(/«[ \u00a0]*/g, "«\u202f");
}

// ---- French formatting, as calculators/french.py ---------------------------------------

function fmtNumber(x, decimals) {
  const strip = decimals === undefined;
  if (strip) decimals = Number.isInteger(x) ? 0 : 2;
  let [whole, frac] = Math.abs(x).toFixed(decimals).split(".");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  if (frac && strip) frac = frac.replace(/0+$/, "");
  return (x < 0 ? "-" : "") + whole + (frac ? "," + frac : "");
}
const fmtEur = (x) => fmtNumber(x, Number.isInteger(x) ? 0 : 2) + NNBSP + "€";
const fmtPoints = (x) => fmtNumber(x) + NNBSP + "point" + (Math.abs(x) >= 2 ? "s" : "");

// ---- theme -------------------------------------------------------------------------------

function applyTheme() {
  if (!tg) return;
  const p = tg.themeParams || {};
  const names = {
    bg_color: "--tg-bg", text_color: "--tg-text", hint_color: "--tg-hint", link_color: "--tg-link",
    button_color: "--tg-button", button_text_color: "--tg-button-text",
    secondary_bg_color: "--tg-secondary-bg",
  };
  for (const [key, css] of Object.entries(names)) {
    if (p[key]) document.documentElement.style.setProperty(css, p[key]);
  }
  if (tg.colorScheme) document.documentElement.dataset.theme = tg.colorScheme;
}

// ---- server ------------------------------------------------------------------------------

async function call(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.erreur || `Erreur ${response.status}`);
  return data;
}

function profile() {
  const f = state.form;
  return { profession: f.profession, exercice: f.exercice, indicateurs: state.answers };
}

function setStatus(text, error) {
  $("status").textContent = text;
  $("status").classList.toggle("error", Boolean(error));
}

let timer = null;
function changed() {
  state.changedAt.push(performance.now());
  document.body.dataset.state = "busy";
  clearTimeout(timer);
  timer = setTimeout(() => { timer = null; recompute(); }, DEBOUNCE_MS);
}

async function recompute() {
  const seq = ++state.seq;
  const since = state.changedAt.splice(0);
  try {
    const result = initData
      ? await call("api/estimate", { initData, profile: profile() })
      : await call("api/preview", { profile: profile() });
    if (seq !== state.seq) return; // a newer change is on its way
    state.result = result;
    showResult();
    setStatus("");
  } catch (e) {
    if (seq !== state.seq) return;
    setStatus(e.message, true);
  }
  const now = performance.now();
  for (const t of since) window.forfaitApp.timings.push(now - t);
  state.shown = seq;
  // "ready" only when no newer change waits for its debounce (tests and timings rely on it).
  if (timer === null) document.body.dataset.state = "ready";
  document.body.dataset.rev = String(seq);
}

// ---- answers -------------------------------------------------------------------------------

function setAnswer(id, value) {
  if (value === undefined) delete state.answers[id];
  else state.answers[id] = value;
  changed();
}

function readNumber(text) {
  const t = text.trim().replace(/[\s\u00a0\u202f%]/g, "").replace(",", ".");
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : text.trim(); // the server words what is wrong
}

function segmented(options, current, onPick) {
  const box = el("div", { class: "seg", role: "group" });
  for (const [value, label] of options) {
    const b = el("button", { type: "button", "data-value": value, "aria-pressed": String(current === value) }, label);
    b.addEventListener("click", () => {
      const again = b.getAttribute("aria-pressed") === "true";
      for (const other of box.children) other.setAttribute("aria-pressed", "false");
      if (!again) b.setAttribute("aria-pressed", "true");
      onPick(again ? undefined : value);
    });
    box.append(b);
  }
  return box;
}

function numberField(spec, value, onValue, label) {
  const input = el("input", {
    type: "text", inputmode: "decimal", autocomplete: "off", "aria-label": label,
    value: typeof value === "number" ? fmtNumber(value).replace(/\u202f/g, "") : (value || ""),
  });
  input.addEventListener("input", () => onValue(readNumber(input.value)));
  return el("span", { class: "number" }, input, spec.unite ? el("span", { class: "hint" }, spec.unite) : null);
}

const YES_NO = [["oui", "Oui"], ["non", "Non"]];
const DONT_KNOW = ["nsp", "Je ne sais pas"];

function control(ind) {
  const id = ind.id;
  const value = state.answers[id];
  if (ind.saisie === "nombre") {
    return numberField(ind, value, (v) => setAnswer(id, v), ind.libelle);
  }
  if (ind.saisie === "oui_non") {
    const named = ind.options.map((o) => [o.valeur, o.libelle]);
    return segmented([...YES_NO, ...named, DONT_KNOW], value, (v) => setAnswer(id, v));
  }
  // composantes: the whole indicator at once, or each component's figure
  const detail = typeof value === "object" && value !== null;
  const comps = el("div", { class: "comps", hidden: !detail });
  const parts = detail ? { ...value } : {};
  for (const c of ind.composantes) {
    const field = numberField(c, parts[c.id], (v) => {
      if (v === undefined) delete parts[c.id];
      else parts[c.id] = v;
      setAnswer(id, { ...parts });
    }, c.libelle);
    comps.append(el("div", { class: "comp", "data-comp": c.id },
      el("label", {}, c.libelle, c.cible ? el("span", { class: "hint" }, ` (${c.cible})`) : null), field));
  }
  const seg = segmented([...YES_NO, ["detail", "Détailler"], DONT_KNOW], detail ? "detail" : value, (v) => {
    comps.hidden = v !== "detail";
    setAnswer(id, v === "detail" ? { ...parts } : v);
  });
  return el("div", {}, seg, comps);
}

// ---- layout ----------------------------------------------------------------------------------

function card(ind) {
  const details = el("details", { "data-for": ind.id },
    el("summary", {}, "Explication et source"),
    el("p", { class: "why" }),
    el("p", {}, ind.question),
    ind.aide ? el("p", { class: "hint" }, ind.aide) : null,
    ind.pieges.length ? el("ul", {}, ...ind.pieges.map((t) => el("li", {}, t))) : null,
    el("p", { class: "hint" }, "Sources\u202f: ", ind.sources.join("\u202f; ")));
  return el("article", { class: `card ${ind.statut_exercice}`, id: `ind-${ind.id}` },
    el("div", { class: "head" }, el("span", { class: "name" }, ind.libelle), el("span", { class: "badge" })),
    el("div", { class: "target" }, ind.cible),
    ind.statut_exercice === "neutralise" ? el("p", { class: "hint" }, "Neutralisé pour cet exercice.") : control(ind),
    details);
}

function showForm() {
  const f = state.form;
  $("title").textContent = f.libelle;
  const warning = f.statut !== "publie"
    ? "Règles provisoires ou en projet\u202f: à confirmer auprès de votre CPAM." : "";
  $("warning").textContent = warning;
  $("warning").hidden = !warning;
  const groups = $("groups");
  groups.replaceChildren();
  for (const g of f.groupes) {
    groups.append(el("section", { class: "group", id: `grp-${g.id}` },
      el("h2", {}, g.libelle), ...g.indicateurs.map(card)));
  }
  fillChoosers();
}

function fillChoosers() {
  const f = state.form;
  const prof = $("profession");
  prof.replaceChildren(...f.professions.map((p) => el("option", { value: p.id, selected: p.id === f.profession }, p.libelle)));
  const mine = f.professions.find((p) => p.id === f.profession);
  $("exercice").replaceChildren(...mine.exercices.map((e) =>
    el("option", { value: e.cle, selected: e.cle === f.exercice }, e.libelle)));
}

const STATUS = {
  atteint: "✓ atteint", non_atteint: "✗ non atteint", neutralise: "✓ neutralisé",
  inconnu: "? à renseigner", ambigu: "≈ lecture ouverte",
};

function amount(eur, points) {
  const f = state.form;
  return f.unite === "points" && points !== null ? `${fmtPoints(points)}, ${fmtEur(eur)}` : fmtEur(eur);
}

function showResult() {
  const r = state.result;
  const total = $("total");
  total.textContent = fmtEur(r.min_eur);
  total.dataset.eur = String(r.min_eur);
  total.dataset.eurMax = String(r.max_eur);
  $("total-max").textContent = r.max_eur !== r.min_eur ? `jusqu'à ${fmtEur(r.max_eur)}` : "";
  const socle = $("socle");
  const [text, cls] = r.socle_atteint === true ? ["atteint ✓", "ok"]
    : r.socle_atteint === false ? ["non atteint ✗", "ko"] : ["à compléter", "open"];
  socle.textContent = `${state.form.bloc_requis} ${text}`;
  socle.className = `socle ${cls}`;
  const traces = Object.fromEntries(r.explication.indicateurs.map((t) => [t.id, t]));
  for (const ind of r.indicateurs) {
    const box = $(`ind-${ind.id}`);
    if (!box) continue;
    const badge = box.querySelector(".badge");
    badge.textContent = STATUS[ind.statut] || ind.statut;
    badge.className = `badge ${ind.statut}`;
    box.dataset.statut = ind.statut;
    const trace = traces[ind.id];
    // The verdict on the answer, else the rule; both would say the target twice.
    box.querySelector(".why").textContent = typeset(ind.raison || (trace && trace.regle) || "");
  }
  const gains = r.gains.slice(0, 3);
  $("gains-box").hidden = gains.length === 0;
  $("gains").replaceChildren(...gains.map((g) => el("li", {}, `+${amount(g.eur, g.points)}\u202f: ${g.libelle}`)));
}

// ---- start ---------------------------------------------------------------------------------

async function load(profession, exercice, answers) {
  const q = new URLSearchParams({ profession: profession || "", exercice: exercice || "" });
  state.form = await call(`api/form?${q}`);
  state.answers = answers || {};
  showForm();
  changed();
}

async function start() {
  applyTheme();
  if (tg) {
    tg.ready();
    tg.expand && tg.expand();
    tg.onEvent && tg.onEvent("themeChanged", applyTheme);
  }
  const params = new URLSearchParams(location.search);
  let saved = null;
  if (initData) {
    try {
      saved = (await call("api/session", { initData })).profile;
    } catch (e) {
      setStatus(e.message, true);
    }
    $("save").hidden = false;
  } else {
    $("mode").textContent = "Mode consultation, sans identité\u202f: ouvrez le simulateur depuis le bot Telegram pour partir de vos réponses et les enregistrer.";
    $("mode").hidden = false;
  }
  const profession = params.get("profession") || (saved && saved.profession);
  const exercice = params.get("exercice") || (saved && saved.exercice);
  try {
    await load(profession, exercice);
  } catch (e) {
    setStatus(e.message, true);
    return;
  }
  const f = state.form;
  if (saved && saved.profession === f.profession && saved.exercice === f.exercice) {
    state.answers = saved.indicateurs;
    showForm();
    changed();
  }
  $("profession").addEventListener("change", (e) => load(e.target.value, "").catch((x) => setStatus(x.message, true)));
  $("exercice").addEventListener("change", (e) => load(state.form.profession, e.target.value).catch((x) => setStatus(x.message, true)));
  $("save").addEventListener("click", save);
}

async function save() {
  setStatus("Enregistrement…");
  try {
    await call("api/save", { initData, profile: profile() });
    setStatus("Enregistré dans la conversation ✓");
    document.body.dataset.saved = "1";
  } catch (e) {
    setStatus(e.message, true);
  }
}

start();
