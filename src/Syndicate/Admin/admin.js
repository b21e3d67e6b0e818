// The admin page: signs in with the admin key (kept in sessionStorage, so it goes when the tab
// closes), shows every source's schedule, state, health and last fetch from the JSON API, and adds,
// edits, pauses, resumes, runs and deletes sources. A run (and a save, which fetches the source at
// once) is followed until its fetch appears in the source's history, and its result is shown.
"use strict";

const keyName = "syndicate-admin-key";
const pollEveryMs = 500;
const pollForMs = 60000;

let editing = null;

function byId(id) {
  return document.getElementById(id);
}

function key() {
  return sessionStorage.getItem(keyName);
}

/** A failed API call: its message, and the problems keyed by field when the API named them. */
class ApiError extends Error {
  constructor(message, fields) {
    super(message);
    this.fields = fields || {};
  }
}

async function api(method, path, body, contentType) {
  const response = await fetch("/admin/api" + path, {
    method,
    headers: { "X-Api-Key": key(), ...(body ? { "Content-Type": contentType || "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401) {
    signOut("The key was not accepted.");
    throw new ApiError("unauthorized");
  }
  const text = await response.text();
  const payload = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const fields = payload && payload.errors ? payload.errors : {};
    const listed = Object.entries(fields).map(([field, problems]) => `${field}: ${problems.join(" ")}`).join(" ");
    throw new ApiError(listed || (payload && (payload.detail || payload.title)) || response.statusText, fields);
  }
  return { payload, date: Date.parse(response.headers.get("Date")) };
}

function say(text, isError) {
  const message = byId("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
}

// Times: relative in words ("3 minutes ago"), the full time in the browser's zone on hover.

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "long" });
const units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];

function relative(iso) {
  const seconds = (Date.parse(iso) - Date.now()) / 1000;
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) || units[units.length - 1];
  return relativeFormat.format(Math.round(seconds / size), unit);
}

function time(iso) {
  const element = document.createElement("time");
  element.dateTime = iso;
  element.title = fullFormat.format(new Date(iso));
  element.textContent = relative(iso);
  return element;
}

function refreshTimes() {
  for (const element of document.querySelectorAll("time[datetime]")) {
    element.textContent = relative(element.dateTime);
  }
}

function describeFetch(fetch) {
  if (!fetch.succeeded) {
    return `failed: ${fetch.error}`;
  }
  if (fetch.httpStatus === 304) {
    return "not modified (HTTP 304)";
  }
  const status = fetch.httpStatus ? ` (HTTP ${fetch.httpStatus})` : "";
  return `${fetch.itemsFound} items, ${fetch.itemsNew} new${status}, ${Math.round(fetch.durationMs)} ms`;
}

// The table.

function cell(row, label, ...content) {
  const td = row.insertCell();
  td.dataset.label = label;
  td.append(...content);
  return td;
}

function line(className, ...content) {
  const span = document.createElement("span");
  span.className = className;
  span.append(...content);
  return span;
}

function button(label, action) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", action);
  return b;
}

function healthCell(source) {
  if (source.healthProblems.length === 0) {
    return [line("good", source.health)];
  }
  const list = document.createElement("ul");
  list.className = "problems";
  for (const problem of source.healthProblems) {
    const item = document.createElement("li");
    item.append(`${problem.reason} (since `, time(problem.since), ")");
    list.append(item);
  }
  return [line("bad", source.health), list];
}

function render(sources) {
  const body = byId("sources");
  body.replaceChildren();
  for (const source of sources) {
    const row = body.insertRow();
    row.dataset.source = source.id;
    cell(row, "Source", line("id", source.id), line("url", source.url));
    cell(row, "Schedule", line("schedule", source.schedule.description),
      line("url next-fire", ...(source.nextFireTime ? ["next ", time(source.nextFireTime)] : ["not scheduled"])));
    cell(row, "State", line("state", source.state), ...(source.pauseReason ? [line("url bad pause-reason", source.pauseReason)] : []));
    cell(row, "Health", ...healthCell(source)).classList.add("health");
    const last = source.lastFetch;
    cell(row, "Last fetch", ...(last ? [time(last.startedAt), ": ", line(last.succeeded ? "" : "bad", describeFetch(last))] : ["never"]))
      .classList.add("last-fetch");
    cell(row, "Actions",
      button("Edit", () => openEditor(source)),
      source.state === "paused"
        ? button("Resume", () => act(`${source.id} resumed.`, () => api("POST", `/sources/${source.id}/resume`)))
        : button("Pause", () => act(`${source.id} paused.`, () => api("POST", `/sources/${source.id}/pause`))),
      button("Run now", () => runNow(source.id)),
      button("Delete", () => remove(source.id)));
  }
}

function renderSubscriptions(subscriptions) {
  const body = byId("subscriptions");
  body.replaceChildren();
  if (subscriptions.length === 0) {
    cell(body.insertRow(), "Topic", "No subscriber yet.").colSpan = 5;
  }
  for (const subscription of subscriptions) {
    const row = body.insertRow();
    cell(row, "Topic", line("url", subscription.topic));
    cell(row, "Callback", line("url", subscription.callback), ...(subscription.hasSecret ? [line("url", "signed")] : []));
    cell(row, "Lease ends", time(subscription.expiresAt));
    cell(row, "Deliveries", line(subscription.state === "failing" ? "bad" : "good", subscription.state),
      line("url", `${subscription.delivered} delivered, ${subscription.abandoned} given up`));
    cell(row, "Last attempt", ...(subscription.lastAttemptAt
      ? [time(subscription.lastAttemptAt), ": ", subscription.lastError ?? `HTTP ${subscription.lastStatus}`]
      : ["never"]));
  }
}

async function load() {
  render((await api("GET", "/sources")).payload);
  renderSubscriptions((await api("GET", "/websub")).payload);
}

async function act(description, call) {
  try {
    await call();
    say(description);
    await load();
  } catch (error) {
    if (error.message !== "unauthorized") {
      say(error.message, true);
    }
  }
}

/** Waits for the source's first fetch that started at or after `since` (milliseconds), and says how it went. */
async function followFetch(id, since, waiting) {
  say(waiting);
  const deadline = Date.now() + pollForMs;
  while (Date.now() < deadline) {
    const [fetch] = (await api("GET", `/sources/${id}/fetches?limit=1`)).payload;
    if (fetch && Date.parse(fetch.startedAt) >= since) {
      say(`${id} fetched: ${describeFetch(fetch)}.`, !fetch.succeeded);
      await load();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
  }
  say(`${id}: no fetch yet after ${pollForMs / 1000} s; Refresh to look again.`, true);
}

async function runNow(id) {
  try {
    const { payload } = await api("POST", `/sources/${id}/run`);
    await followFetch(id, Date.parse(payload.requestedAt), `${id} is running…`);
  } catch (error) {
    if (error.message !== "unauthorized") {
      say(error.message, true);
    }
  }
}

async function remove(id) {
  if (confirm(`Delete the source ${id}? appsettings.json will not bring it back.`)) {
    await act(`${id} deleted.`, () => api("DELETE", `/sources/${id}`));
  }
}

// The form: every field of a source, for adding one (POST) or replacing one (PUT).

function field(name) {
  return byId("source-form").elements.namedItem(name);
}

function showKind() {
  const kind = field("scheduleKind").value;
  for (const label of byId("source-form").querySelectorAll("[data-kind]")) {
    label.hidden = label.dataset.kind !== kind;
  }
}

function openEditor(source) {
  editing = source ? source.id : null;
  const form = byId("source-form");
  form.reset();
  clearFieldErrors();
  byId("editor-title").textContent = source ? `Edit ${source.id}` : "Add a source";
  field("id").readOnly = Boolean(source);
  const value = source || { language: "nl", timeZone: "Europe/Amsterdam", ageRounding: "Floor", schedule: { kind: "cron", cron: "0 */5 * * * ?" } };
  for (const name of ["id", "url", "language", "timeZone", "country", "section", "ageRounding"]) {
    field(name).value = value[name] ?? "";
  }
  field("allowPrivateNetwork").checked = Boolean(value.allowPrivateNetwork);
  for (const name of ["item", "headline", "body", "age", "link"]) {
    field(`selectors.${name}`).value = (value.selectors && value.selectors[name]) ?? "";
  }
  field("scheduleKind").value = value.schedule.kind;
  for (const name of ["cron", "intervalSeconds", "adaptiveMinSeconds", "adaptiveMaxSeconds"]) {
    field(name).value = value.schedule[name] ?? "";
  }
  showKind();
  byId("editor").hidden = false;
  (source ? field("url") : field("id")).focus();
}

function closeEditor() {
  byId("editor").hidden = true;
  editing = null;
}

function text(name) {
  const value = field(name).value.trim();
  return value === "" ? null : value;
}

function number(name) {
  const value = text(name);
  return value === null ? null : Number(value);
}

function readForm() {
  const selectors = Object.fromEntries(["item", "headline", "body", "age", "link"].map((name) => [name, text(`selectors.${name}`)]));
  const kind = field("scheduleKind").value;
  return {
    url: text("url"),
    language: field("language").value,
    timeZone: text("timeZone"),
    country: text("country"),
    section: text("section"),
    ageRounding: field("ageRounding").value,
    allowPrivateNetwork: field("allowPrivateNetwork").checked,
    selectors: Object.values(selectors).some((value) => value !== null) ? selectors : null,
    schedule: kind === "cron" ? { cron: text("cron") }
      : kind === "interval" ? { intervalSeconds: number("intervalSeconds") }
        : { adaptiveMinSeconds: number("adaptiveMinSeconds"), adaptiveMaxSeconds: number("adaptiveMaxSeconds") },
  };
}

function clearFieldErrors() {
  for (const element of byId("source-form").querySelectorAll(".field-error")) {
    element.textContent = "";
  }
  for (const input of byId("source-form").querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
  }
}

function showFieldErrors(fields) {
  let first = null;
  for (const [name, problems] of Object.entries(fields)) {
    const slot = byId("source-form").querySelector(`.field-error[data-for="${CSS.escape(name)}"]`);
    if (slot) {
      slot.textContent = problems.join(" ");
      const input = slot.parentElement.querySelector("input, select");
      if (input) {
        input.setAttribute("aria-invalid", "true");
        first = first || input;
      }
    }
  }
  if (first) {
    first.focus();
  }
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors();
  const body = readForm();
  const id = editing || text("id") || "";
  try {
    const { date } = editing
      ? await api("PUT", `/sources/${id}`, body)
      : await api("POST", "/sources", { id, ...body });
    closeEditor();
    await load();
    // A saved source is fetched once at once; the server's Date header (whole seconds) marks from when.
    await followFetch(id, Math.floor(date / 1000) * 1000, `${id} saved; fetching it now…`);
  } catch (error) {
    if (error.message !== "unauthorized") {
      say(error.message, true);
      showFieldErrors(error.fields);
    }
  }
}

// Signing in and out.

function show(signedIn) {
  byId("sign-in").hidden = signedIn;
  byId("admin").hidden = !signedIn;
}

function signOut(reason) {
  sessionStorage.removeItem(keyName);
  show(false);
  if (reason) {
    alert(reason);
  }
}

async function start() {
  show(false);
  try {
    await load();
    show(true);
  } catch (error) {
    if (error.message !== "unauthorized") {
      show(true);
      say(error.message, true);
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  byId("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyName, byId("key").value);
    byId("key").value = "";
    start();
  });
  byId("refresh").addEventListener("click", () => act("Refreshed.", async () => {}));
  byId("add").addEventListener("click", () => openEditor(null));
  byId("sign-out").addEventListener("click", () => signOut());
  byId("cancel").addEventListener("click", closeEditor);
  byId("source-form").addEventListener("submit", save);
  byId("source-form").addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      closeEditor();
    }
  });
  field("scheduleKind").addEventListener("change", showKind);
  setInterval(refreshTimes, 30000);
  if (key()) {
    start();
  }
});
