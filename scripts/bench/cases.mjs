// Cases benchmark (issue 7): with 100,000 cases and 20,000 follow-up timers stored, the popup opened
// to a rendered due list, the re-arming of alarms at service-worker start, and saving a buyer note,
// as medians in real Chromium with the built extension.
const CASES = 100_000;
const TIMERS = 20_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs in the service worker: writes the seed straight into the extension's IndexedDB, in batches. */
export async function seed({ cases, timers }) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('kefu-lens');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const now = Date.now();
  const causes = ['quality_defect', 'not_as_described', 'slow_logistics', 'bad_attitude', 'damaged_or_lost'];
  const stages = ['to_contact', 'contacted', 'proposed', 'in_progress', 'resolved', 'revisited', 'closed'];
  const put = (store, records) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      tx.oncomplete = resolve;
      tx.onabort = () => reject(new Error(`seed ${store}: ${tx.error?.name} ${tx.error?.message}`));
    });
  for (let start = 0; start < cases; start += 5_000) {
    const batch = [];
    for (let i = start; i < Math.min(cases, start + 5_000); i++) {
      const detectedAt = now - (i % 90) * 86_400_000;
      const stageIndex = i % stages.length;
      const stage = stages[stageIndex];
      const order = `27${String(i % 10_000).padStart(4, '0')}-${String(100000000000000 + i)}`;
      batch.push({
        id: `bench-case-${i}`, origin: 'review', platform: 'pinduoduo', shop: '演示店铺', buyerKey: `pinduoduo:name:买${i % 30_000}***`, buyerName: `买${i % 30_000}***`,
        orderId: order, productId: String(500000000 + (i % 400)), productName: `商品 ${i % 400}`, productKey: `pinduoduo|${500000000 + (i % 400)}`,
        reviewKey: `pinduoduo:${order}`, dedupeKey: `pinduoduo|${order}|pinduoduo:${order}`, reviewText: '收到就是坏的，开机两分钟就自动关机。', stars: 1 + (i % 3),
        level: 'negative', causes: [causes[i % causes.length]], handler: `客服${i % 5}`, stage, ...(stage === 'closed' ? { outcome: 'buyer_satisfied', closedAt: detectedAt + 3_600_000 } : {}),
        remedies: stageIndex >= 2 ? [{ kind: 'coupon', cost: 10, chosen: stageIndex >= 3 }, { kind: 'points', cost: 0, chosen: false }] : [],
        sourceUrl: 'http://mms.pinduoduo.com/goods/evaluation/index', detectedAt, detectedDay: new Date(detectedAt).toISOString().slice(0, 10), stageSince: detectedAt, updatedAt: detectedAt,
        // A case's history as the agent's clicks leave it: created, then one event per stage reached.
        history: [
          { at: detectedAt, by: `客服${i % 5}`, type: 'created', origin: 'review' },
          ...stages.slice(1, stageIndex + 1).map((to, step) => ({ at: detectedAt + (step + 1) * 600_000, by: `客服${i % 5}`, type: 'stage', from: stages[step], to, ...(to === 'closed' ? { outcome: 'buyer_satisfied' } : {}) })),
        ],
      });
    }
    await put('cases', batch);
  }
  const timerRecords = [];
  for (let i = 0; i < timers; i++) {
    // One in ten overdue (already announced), the rest spread over the next two weeks.
    const overdue = i % 10 === 0;
    const dueAt = overdue ? now - (i + 1) * 60_000 : now + 3_600_000 + i * 60_000;
    timerRecords.push({
      id: `bench-timer-${i}`, kind: ['first_contact', 'progress', 'satisfaction', 'promise'][i % 4], caseId: `bench-case-${i * 5}`, buyerKey: `pinduoduo:name:买${i % 30_000}***`,
      platform: 'pinduoduo', buyerName: `买${i % 30_000}***`, productName: `商品 ${i % 400}`, note: '退货到了退10元', url: 'http://mms.pinduoduo.com/goods/evaluation/index',
      dueAt, nextAt: dueAt, ...(overdue ? {} : { alertAt: dueAt }), done: false, createdAt: now - 86_400_000,
    });
  }
  await put('timers', timerRecords);
  db.close();
}

/** Runs in an extension tab: opens the action popup, reads its marks once it shows the due list, closes it. */
async function openPopupAndTime() {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const calledAt = performance.timeOrigin + performance.now();
  await chrome.action.openPopup();
  // Polled slowly: this tab shares the popup's renderer thread, and must not slow it down.
  for (let attempt = 0; attempt < 400; attempt++) {
    await sleep(25);
    const popup = chrome.extension.getViews({ type: 'popup' })[0];
    const shown = popup?.performance.getEntriesByName('kefu-lens:due-list-shown')[0];
    if (!shown) continue;
    const answered = popup.performance.getEntriesByName('kefu-lens:due-list-answered')[0];
    if (!answered) continue;
    const timing = {
      opening: popup.performance.timeOrigin - calledAt,
      asked: popup.performance.getEntriesByName('kefu-lens:due-list-asked')[0].startTime,
      shown: shown.startTime,
      answered: answered.startTime,
    };
    popup.close();
    while (chrome.extension.getViews({ type: 'popup' }).length > 0) await sleep(25);
    return timing;
  }
  throw new Error('the popup did not show its due list within 10 s');
}

/** Stops the service worker through an extension page's DevTools session (as Chrome does when it idles). */
async function stopWorkerFrom(page) {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.some((v) => v.runningStatus === 'stopped') && resolve()));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

async function stopWorker(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await stopWorkerFrom(page);
  await page.close();
}

/** Stops the worker, wakes it with a page of the extension, and returns its re-arm's own measure. */
async function rearmAtWorkerStart(context, extensionId) {
  await stopWorker(context, extensionId);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  let duration;
  for (let attempt = 0; attempt < 200 && duration === undefined; attempt++) {
    duration = await context
      .serviceWorkers()[0]
      ?.evaluate(() => performance.getEntriesByName('kefu-lens:rearm')[0]?.duration)
      .catch(() => undefined);
    if (duration === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.close();
  return duration;
}

export async function benchCases({ context, runs }) {
  const extensionId = new URL(context.serviceWorkers()[0].url()).host;
  const seedStart = performance.now();
  await context.serviceWorkers()[0].evaluate(seed, { cases: CASES, timers: TIMERS });
  const seedMs = performance.now() - seedStart;
  // The seed went around the background: its projections (alarm, badge, the popup's kept list) are
  // rebuilt as at any worker start.
  await rearmAtWorkerStart(context, extensionId);

  // Popup: opened as the agent opens it (`chrome.action.openPopup()`, the toolbar button's own popup
  // host, from an extension tab), timed by the popup's own marks: its navigation start to the first due
  // list in the page, and the parts before and after the due-list request.
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${extensionId}/options.html`);
  const popupRuns = [];
  for (let run = 0; run < runs + 1; run++) {
    await opener.bringToFront();
    const timing = await opener.evaluate(openPopupAndTime);
    // The first run warms the worker and the disk cache, as the agent's day does.
    if (run > 0) popupRuns.push(timing);
  }
  // The same with the worker stopped first, as Chrome stops it after 30 s without events: the request
  // waits for the worker to start (and re-arm its alarms).
  const coldPopupMs = [];
  // Stopped from the opener itself, right before: bringing a tab to the front wakes the worker (tab events).
  for (let run = 0; run < runs; run++) {
    await opener.bringToFront();
    await stopWorkerFrom(opener);
    coldPopupMs.push((await opener.evaluate(openPopupAndTime)).shown);
  }
  await opener.close();
  const popupMs = popupRuns.map((timing) => timing.shown);
  const askedMs = popupRuns.map((timing) => timing.asked);
  const dueListMs = popupRuns.map((timing) => timing.shown - timing.asked);
  const answeredMs = popupRuns.map((timing) => timing.answered);
  const openingMs = popupRuns.map((timing) => timing.opening);

  // Re-arm at worker start: stop the worker, wake it, read its own measure.
  const rearmMs = [];
  for (let run = 0; run < runs; run++) rearmMs.push(await rearmAtWorkerStart(context, extensionId));

  // Saving a buyer note: one round trip from an extension page to IndexedDB and back.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const noteMs = await page.evaluate(async (count) => {
    const times = [];
    let rev = 0;
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({
        id: i, type: 'saveBuyerNote', timestamp: Date.now(),
        data: { buyer: { platform: 'pinduoduo', buyerName: '买42***' }, field: 'temperament', text: `脾气急，第${i}次`, baseRev: rev },
      });
      times.push(performance.now() - start);
      rev = reply.res.memory.notes.temperament.rev;
    }
    return times;
  }, 31);
  await page.close();

  return [
    [`cases: seed ${CASES.toLocaleString('en')} cases + ${TIMERS.toLocaleString('en')} timers (once)`, seedMs, 'ms', 'setup, not a target'],
    ['cases: popup opened to a rendered due list', median(popupMs), 'ms', 'target < 100 ms (the popup\'s navigation start to its due list in the page: the list the background kept, read from session storage)'],
    ['cases: popup due list asked', median(askedMs), 'ms', 'navigation start to the page\'s first script, which reads the kept list and asks the background: the browser creating the page'],
    ['cases: popup due list, asked to rendered', median(dueListMs), 'ms', 'from the first script to the list in the page: session storage read, modules loaded, render'],
    ['cases: popup opened to the background\'s answer rendered', median(answeredMs), 'ms', 'the same list confirmed by the background (the figure before it kept a list); not a target'],
    ['cases: popup, worker stopped before (idle 30 s)', median(coldPopupMs), 'ms', 'the first figure when the service worker is stopped: the kept list does not wait for it; not a target'],
    ['cases: openPopup() call to the popup\'s navigation start', median(openingMs), 'ms', 'the browser creating the popup, before any of our code; not in the figure above'],
    ['cases: alarms re-armed at service-worker start', median(rearmMs), 'ms', 'target < 200 ms (database open + announce + next alarm + badge)'],
    ['cases: buyer note saved (page → IndexedDB → page)', median(noteMs.slice(1)), 'ms', 'target < 10 ms'],
  ];
}
