// The admin page: signs in with the admin key (kept in sessionStorage, so it goes when the tab
// closes), shows every source's status from the JSON API, and changes schedules, pauses, resumes
// and runs sources now.
"use strict";

const keyName = "syndicate-admin-key";

function key() {
  return sessionStorage.getItem(keyName);
}

async function api(method, path, body) {
  const response = await fetch("/admin/api" + path, {
    method,
    headers: { "X-Api-Key": key(), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401) {
    signOut("The key was not accepted.");
    throw new Error("unauthorized");
  }
  const payload = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    const fields = payload && payload.errors ? Object.values(payload.errors).flat().join(" ") : "";
    throw new Error(fields || (payload && (payload.detail || payload.title)) || response.statusText);
  }
  return payload;
}

function say(text, isError) {
  const message = document.getElementById("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? "";
  if (className) {
    td.className = className;
  }
  return td;
}

function describeFetch(fetch) {
  if (!fetch) {
    return "never";
  }
  const what = fetch.succeeded
    ? `${fetch.itemsFound} items, ${fetch.itemsNew} new`
    : `failed: ${fetch.error}`;
  const status = fetch.httpStatus ? ` (HTTP ${fetch.httpStatus})` : "";
  return `${fetch.startedAt}: ${what}${status}, ${Math.round(fetch.durationMs)} ms`;
}

function button(label, action) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", action);
  return b;
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

function render(sources) {
  const body = document.getElementById("sources");
  body.replaceChildren();
  for (const source of sources) {
    const row = body.insertRow();
    row.dataset.source = source.id;
    cell(row, source.id);
    cell(row, source.schedule.description, "schedule");
    cell(row, source.state, "state");
    cell(row, source.nextFireTime ?? "—", "next-fire");
    cell(row, source.previousFireTime ?? "—", "previous-fire");
    cell(row, describeFetch(source.lastFetch), source.lastFetch && !source.lastFetch.succeeded ? "error" : "");
    cell(row, String(source.consecutiveFailures), "failures");

    const form = document.createElement("form");
    const input = document.createElement("input");
    input.name = "schedule";
    input.required = true;
    input.value = source.schedule.cron ?? String(source.schedule.intervalSeconds ?? "");
    input.setAttribute("aria-label", `New schedule for ${source.id}`);
    form.append(input, " ", Object.assign(document.createElement("button"), { type: "submit", textContent: "Apply" }));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = input.value.trim();
      const body = /^\d+$/.test(value) ? { intervalSeconds: Number(value) } : { cron: value };
      act(`Schedule of ${source.id} changed.`, () => api("PUT", `/sources/${source.id}/schedule`, body));
    });
    cell(row, "").append(form);

    const actions = cell(row, "");
    actions.append(
      source.state === "paused"
        ? button("Resume", () => act(`${source.id} resumed.`, () => api("POST", `/sources/${source.id}/resume`)))
        : button("Pause", () => act(`${source.id} paused.`, () => api("POST", `/sources/${source.id}/pause`))),
      " ",
      button("Run now", () => act(`${source.id} is running.`, () => api("POST", `/sources/${source.id}/run`))));
  }
}

async function load() {
  render(await api("GET", "/sources"));
}

function show(signedIn) {
  document.getElementById("sign-in").hidden = signedIn;
  document.getElementById("admin").hidden = !signedIn;
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
  document.getElementById("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyName, document.getElementById("key").value);
    document.getElementById("key").value = "";
    start();
  });
  document.getElementById("refresh").addEventListener("click", () => act("Refreshed.", async () => {}));
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  if (key()) {
    start();
  }
});
