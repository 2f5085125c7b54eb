// Live updates: one SignalR connection per page. The hub only says {group, kind, key, seq}; each element marked
// data-live-group re-fetches its own fragment (data-hx-get, under the reader's own authorisation) when a matching kind
// changes. The header's notification link (data-live-notifications) re-fetches its count when the hub says
// "notifications" (a message with no content, sent to this person only). Without JavaScript a reload shows the same.
// Deferred scripts run in document order and htmx comes last, so wait for DOMContentLoaded (after all of them).
document.addEventListener("DOMContentLoaded", function () {
    "use strict";
    const spacing = 250; // at most one re-fetch per fragment per 250 ms
    const elements = Array.from(document.querySelectorAll("[data-live-group][data-hx-get]"));
    const counter = () => document.querySelector("[data-live-notifications][data-hx-get]");
    if ((elements.length === 0 && !counter()) || !window.signalR || !window.htmx) {
        return;
    }

    const groupsOf = element => (element.dataset.liveGroup || "").split(/\s+/).filter(Boolean);
    const groups = Array.from(new Set(elements.flatMap(groupsOf)));
    let lastSeq = Math.max(0, ...elements.map(e => Number(e.dataset.liveSeq || 0)));
    const timers = new Map();
    const lastFetch = new Map();

    function matches(element, change) {
        if (!groupsOf(element).includes(change.group)) {
            return false;
        }
        // An element about one thing (an action item's page) follows that thing only.
        if (element.dataset.liveKey && element.dataset.liveKey !== change.key) {
            return false;
        }
        const kinds = (element.dataset.liveKinds || "*").split(/\s+/);
        return kinds.includes("*") || kinds.includes(change.kind);
    }

    // Coalesces a burst: the first change schedules one re-fetch, later ones before it runs ride along.
    function refresh(element) {
        if (timers.has(element)) {
            return;
        }
        const wait = Math.max(0, (lastFetch.get(element) || 0) + spacing - Date.now());
        timers.set(element, setTimeout(() => {
            timers.delete(element);
            lastFetch.set(element, Date.now());
            window.htmx.trigger(element, "live");
        }, wait));
    }

    function apply(change) {
        lastSeq = Math.max(lastSeq, change.seq);
        elements.filter(e => matches(e, change)).forEach(refresh);
    }

    // A fragment request that ended elsewhere (signed out, access ended) must not paste that page into this one:
    // reload instead, so the reader meets sign-in or access-denied the ordinary way.
    document.body.addEventListener("htmx:beforeSwap", evt => {
        const path = new URL(evt.detail.xhr.responseURL).pathname;
        const strayFragment = elements.includes(evt.detail.elt) && !path.includes("/fragments/");
        const strayCount = evt.detail.elt.hasAttribute("data-live-notifications") && path !== "/notifications/count";
        if (strayFragment || strayCount) {
            evt.detail.shouldSwap = false;
            window.location.reload();
        }
    });

    // Before a live element's new content goes in, remember each item's text; after, mark the items that are new or read
    // differently and say which they are.
    const before = new WeakMap();
    const itemsOf = element => new Map(Array.from(element.querySelectorAll("[data-live-item]"))
        .map(item => [item.dataset.liveItem, item.textContent.replace(/\s+/g, " ").trim()]));
    document.body.addEventListener("htmx:beforeSwap", evt => {
        if (elements.includes(evt.detail.elt) && evt.detail.shouldSwap) {
            before.set(evt.detail.elt, itemsOf(evt.detail.elt));
        }
    });
    document.body.addEventListener("htmx:afterSwap", evt => {
        const element = evt.detail.elt;
        const earlier = before.get(element);
        if (!earlier) {
            return;
        }
        before.delete(element);
        const changed = Array.from(element.querySelectorAll("[data-live-item]"))
            .filter(item => earlier.get(item.dataset.liveItem) !== item.textContent.replace(/\s+/g, " ").trim());
        changed.forEach(item => {
            item.classList.add("live-changed");
            setTimeout(() => item.classList.remove("live-changed"), 4000);
        });
        const status = document.getElementById("live-status");
        if (changed.length > 0 && status && element.dataset.liveSaid) {
            const names = changed.slice(0, 3).map(item => item.dataset.liveName || (item.querySelector("a") || item).textContent.trim());
            status.textContent = element.dataset.liveSaid.replace("{0}", names.join(", ") + (changed.length > 3 ? ", …" : ""));
        }
    });

    function refreshCount() {
        const element = counter();
        if (element) {
            refresh(element);
        }
    }

    const connection = new window.signalR.HubConnectionBuilder()
        .withUrl("/hub")
        // Never give up: a phone on a weak line may be away for hours; back off to one try every 30 s.
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(30000, 1000 * Math.pow(2, Math.min(ctx.previousRetryCount, 5))) })
        .build();
    connection.on("changed", apply);
    connection.on("notifications", refreshCount);

    // A new connection has no groups: subscribe again, then ask what changed while we were away.
    // The server puts every connection in its person's own group on connect; only page groups need asking for.
    async function follow() {
        if (groups.length > 0) {
            await connection.invoke("subscribe", groups);
            const changes = await connection.invoke("catchUp", lastSeq);
            changes.forEach(apply);
        }
        document.documentElement.dataset.live = "on";
    }

    // The server lost touch with another host for a moment (a host of the cluster stopped): changes made there may not
    // have reached this page. Ask what changed, as after a reconnect; spread over a few seconds, since every page of the
    // host hears this at once.
    connection.on("resync", () => {
        setTimeout(() => { refreshCount(); follow().catch(() => {}); }, Math.random() * 3000);
    });

    connection.onreconnecting(() => { document.documentElement.dataset.live = "reconnecting"; });
    // Notifications may have arrived while away: look at the count again too.
    connection.onreconnected(() => { refreshCount(); follow().catch(() => {}); });

    async function start() {
        try {
            await connection.start();
            await follow();
        } catch {
            setTimeout(start, 5000);
        }
    }
    // Should automatic reconnection ever stop, start over rather than leave the page silently stale.
    connection.onclose(() => setTimeout(start, 5000));
    window.roundtableLive = connection;
    start();
});
